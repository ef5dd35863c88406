import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as classList from '../../src/routes/(teach)/teach/classes/+page.server';
import * as classPage from '../../src/routes/(teach)/teach/classes/[id]/+page.server';
import * as joinPage from '../../src/routes/join/[code]/+page.server';
import * as home from '../../src/routes/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { finishedAttempt, person, publishedQuiz } from '../support/teaching';

for (const dialect of testDialects)
	describe(`a class from creation to results (${dialect})`, () => {
		let t: TestDatabase;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
		});
		afterEach(async () => t.close());

		it('a teacher creates a class, a student joins by its link, takes the set quiz and the teacher sees the score', async () => {
			const teacher = await person(t.db, 'teacher', 'Ms Okafor');
			const student = await person(t.db, 'student', 'Sam');
			await publishedQuiz(t.db, 'budget');

			const created = await run(
				classList.actions.create,
				requestEvent(t.db, teacher, { form: { name: 'Civics 10' } })
			);
			expect(created.status).toBe(303);
			const id = created.location!.split('/').pop()!;

			const set = await run(
				classPage.actions.assign,
				requestEvent(t.db, teacher, { params: { id }, form: { slug: 'budget', due: '2999-01-01' } })
			);
			expect(set).toEqual({ status: 200, data: { assigned: true } });

			const page = await run(
				classPage.load,
				requestEvent(t.db, teacher, { params: { id }, path: `/teach/classes/${id}` })
			);
			const { class: klass, joinLink } = page.data as {
				class: { join_code: string };
				joinLink: string;
			};
			expect(joinLink).toBe(`http://localhost/join/${klass.join_code}`);

			const code = klass.join_code.toLowerCase();
			const invite = await run(joinPage.load, requestEvent(t.db, student, { params: { code } }));
			expect(invite.data).toMatchObject({
				className: 'Civics 10',
				teacherName: 'Ms Okafor',
				member: false,
				isStudent: true
			});
			const joined = await run(
				joinPage.actions.default,
				requestEvent(t.db, student, { params: { code }, path: `/join/${code}` })
			);
			expect(joined).toEqual({ status: 303, location: '/?joined=1' });

			const before = await run(home.load, requestEvent(t.db, student));
			expect(before.data).toMatchObject({
				assigned: [{ slug: 'budget', status: 'due', dueOn: '2999-01-01', className: 'Civics 10' }]
			});

			await finishedAttempt(t.db, student, 'budget', 1);
			const after = await run(
				classPage.load,
				requestEvent(t.db, teacher, { params: { id }, path: `/teach/classes/${id}` })
			);
			expect(after.data).toMatchObject({
				students: [{ name: 'Sam', work: [{ status: 'done', result: { correct: 1, total: 2 } }] }]
			});
			const home2 = await run(home.load, requestEvent(t.db, student));
			expect(home2.data).toMatchObject({
				assigned: [{ status: 'done', result: { correct: 1, total: 2 } }]
			});
		});

		it('sends a visitor without an account to log in and back, and keeps teachers out of joining', async () => {
			const teacher = await person(t.db, 'teacher');
			const guest = await person(t.db, 'guest');
			await run(
				classList.actions.create,
				requestEvent(t.db, teacher, { form: { name: 'Civics' } })
			);
			const { join_code: code } = await t.db
				.selectFrom('class')
				.select('join_code')
				.executeTakeFirstOrThrow();
			for (const visitor of [null, guest]) {
				const tried = await run(
					joinPage.actions.default,
					requestEvent(t.db, visitor, { params: { code }, path: `/join/${code}` })
				);
				expect(tried).toEqual({
					status: 303,
					location: `/login?next=${encodeURIComponent(`/join/${code}`)}`
				});
			}
			const byTeacher = await run(
				joinPage.actions.default,
				requestEvent(t.db, teacher, { params: { code } })
			);
			expect(byTeacher.status).toBe(403);
			expect(await t.db.selectFrom('class_member').selectAll().execute()).toEqual([]);
			const unknown = await run(
				joinPage.load,
				requestEvent(t.db, guest, { params: { code: 'ZZZZZZ' } })
			);
			expect(unknown).toMatchObject({
				status: 404,
				data: { message: expect.stringMatching(/No class has the code "ZZZZZZ"/) }
			});
		});

		it('refuses a nameless class, a draft quiz and a bad due date with a message', async () => {
			const teacher = await person(t.db, 'teacher');
			await publishedQuiz(t.db, 'draft-only');
			await t.db.updateTable('question').set({ status: 'draft' }).execute();
			const nameless = await run(
				classList.actions.create,
				requestEvent(t.db, teacher, { form: { name: '   ' } })
			);
			expect(nameless).toMatchObject({ status: 400, data: { error: 'Give the class a name.' } });
			await run(
				classList.actions.create,
				requestEvent(t.db, teacher, { form: { name: 'Civics' } })
			);
			const { id } = await t.db.selectFrom('class').select('id').executeTakeFirstOrThrow();
			const draft = await run(
				classPage.actions.assign,
				requestEvent(t.db, teacher, { params: { id }, form: { slug: 'draft-only', due: '' } })
			);
			expect(draft).toMatchObject({
				status: 400,
				data: { error: expect.stringMatching(/not published/) }
			});
			const badDate = await run(
				classPage.actions.assign,
				requestEvent(t.db, teacher, { params: { id }, form: { slug: 'draft-only', due: 'soon' } })
			);
			expect(badDate).toMatchObject({
				status: 400,
				data: { error: 'Give the due date as a date.' }
			});
			expect(await t.db.selectFrom('assignment').selectAll().execute()).toEqual([]);
		});
	});
