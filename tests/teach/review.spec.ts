import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as reviewPage from '../../src/routes/(teach)/teach/articles/[slug]/+page.server';
import * as editPage from '../../src/routes/(teach)/teach/articles/[slug]/questions/[id]/+page.server';
import * as newPage from '../../src/routes/(teach)/teach/articles/[slug]/questions/new/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { finishedAttempt, person, publishedQuiz, quizBody } from '../support/teaching';
import type { UserRow } from '../../src/lib/server/db/types';

for (const dialect of testDialects)
	describe(`reviewing and editing questions (${dialect})`, () => {
		let t: TestDatabase;
		let teacher: UserRow;
		let ids: string[];
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			teacher = await person(t.db, 'teacher');
			ids = await publishedQuiz(t.db, 'budget', teacher);
			await t.db.updateTable('question').set({ status: 'draft' }).execute();
			await t.db.updateTable('article').set({ status: 'draft' }).execute();
		});
		afterEach(async () => t.close());

		const edit = (user: UserRow | null, id: string, form: Record<string, string | string[]>) =>
			run(
				editPage.actions.save,
				requestEvent(t.db, user, { params: { slug: 'budget', id }, form })
			);
		const version = (id: string) =>
			t.db
				.selectFrom('question')
				.innerJoin('question_version as v', (j) =>
					j
						.onRef('v.question_id', '=', 'question.id')
						.onRef('v.version', '=', 'question.current_version')
				)
				.select([
					'question.status',
					'question.current_version',
					'question.edited_in_app',
					'v.prompt',
					'v.evidence_start',
					'v.evidence_end',
					'v.evidence_text'
				])
				.where('question.id', '=', id)
				.executeTakeFirstOrThrow();
		const mayorForm = {
			kind: 'who',
			prompt: 'Who said when the tram line would open?',
			answer: 'Ana Ruiz',
			distractor: ['Ben Ode', 'Cara Lind', ''],
			explanation: '',
			evidence_text: 'Ana Ruiz said the tram line would open in 2026',
			evidence_start: '',
			evidence_end: ''
		};

		it('re-picks evidence typed without JavaScript, recomputing its offsets', async () => {
			expect(await edit(teacher, ids[0], { ...mayorForm, then: 'stay' })).toEqual({
				status: 303,
				location: `/teach/articles/budget#q-${ids[0]}`
			});
			const start = quizBody.indexOf('Ana Ruiz said');
			expect(await version(ids[0])).toMatchObject({
				status: 'draft',
				current_version: 1,
				edited_in_app: 1,
				prompt: 'Who said when the tram line would open?',
				evidence_start: start,
				evidence_end: start + mayorForm.evidence_text.length
			});
		});

		it('takes the offsets of a selection when they match its text, and refuses evidence not in the article', async () => {
			const start = quizBody.indexOf('the tram line');
			await edit(teacher, ids[0], {
				...mayorForm,
				evidence_text: 'the tram line would open in 2026',
				evidence_start: String(start - 1),
				evidence_end: String(start + 32),
				then: 'stay'
			});
			expect(await version(ids[0])).toMatchObject({
				evidence_start: start,
				evidence_end: start + 32
			});
			const refused = await edit(teacher, ids[0], {
				...mayorForm,
				evidence_text: 'Ana Ruiz said the metro would open'
			});
			expect(refused).toMatchObject({
				status: 400,
				data: { errors: { evidence: expect.stringMatching(/not in the article word for word/) } }
			});
			expect(await version(ids[0])).toMatchObject({ evidence_start: start });
		});

		it('saves a draft that cannot be published yet and says what to fix', async () => {
			const saved = await edit(teacher, ids[0], {
				...mayorForm,
				prompt: 'Who is Ana Ruiz?',
				then: 'publish'
			});
			expect(saved).toEqual({
				status: 303,
				location: `/teach/articles/budget/questions/${ids[0]}?publish=failed`
			});
			const page = await run(
				editPage.load,
				requestEvent(t.db, teacher, { params: { slug: 'budget', id: ids[0] } })
			);
			expect(page.data).toMatchObject({
				problems: [expect.stringMatching(/gives away its answer/)]
			});
			expect((await version(ids[0])).status).toBe('draft');
		});

		it('publishes all drafts that pass and lists what to fix in the others', async () => {
			await edit(teacher, ids[1], {
				...mayorForm,
				prompt: 'When was the budget approved',
				answer: 'Monday',
				evidence_text: 'approved a new budget on Monday',
				then: 'stay'
			});
			const outcome = await run(
				reviewPage.actions.publishAll,
				requestEvent(t.db, teacher, { params: { slug: 'budget' } })
			);
			expect(outcome).toMatchObject({
				status: 400,
				data: {
					published: 1,
					failed: [{ id: ids[1], problems: ['prompt: prompt must end with "?"'] }]
				}
			});
			expect((await version(ids[0])).status).toBe('published');
			const page = await run(
				reviewPage.load,
				requestEvent(t.db, teacher, { params: { slug: 'budget' } })
			);
			expect(page.data).toMatchObject({ article: { status: 'published' } });
		});

		it('versions an edit of a published, answered question and refuses an edit that would break it', async () => {
			await run(
				reviewPage.actions.publish,
				requestEvent(t.db, teacher, { params: { slug: 'budget' }, form: { id: ids[0] } })
			);
			const student = await person(t.db, 'student');
			await finishedAttempt(t.db, student, 'budget', 2);
			await edit(teacher, ids[0], { ...mayorForm, then: 'stay' });
			expect(await version(ids[0])).toMatchObject({
				status: 'published',
				current_version: 2,
				edited_in_app: 1
			});
			const broken = await edit(teacher, ids[0], {
				...mayorForm,
				distractor: ['Ana Ruiz', 'Ben Ode']
			});
			expect(broken).toMatchObject({
				status: 400,
				data: { errors: { publish: [expect.stringMatching(/repeats the answer/)] } }
			});
			expect((await version(ids[0])).current_version).toBe(2);
			const removed = await run(
				reviewPage.actions.remove,
				requestEvent(t.db, teacher, { params: { slug: 'budget' }, form: { id: ids[0] } })
			);
			expect(removed).toEqual({ status: 303, location: '/teach/articles/budget?retired=1' });
			expect(
				await t.db
					.selectFrom('answer')
					.select('question_id')
					.where('question_id', '=', ids[0])
					.execute()
			).toHaveLength(1);
		});

		it('adds a hand-written question of any kind as a teacher draft', async () => {
			const saved = await run(
				newPage.actions.save,
				requestEvent(t.db, teacher, {
					params: { slug: 'budget' },
					form: {
						...mayorForm,
						kind: 'where',
						prompt: 'Which body approved the budget?',
						answer: 'The city council',
						evidence_text: 'The city council approved a new budget',
						then: 'publish'
					}
				})
			);
			expect(saved.status).toBe(303);
			const row = await t.db
				.selectFrom('question')
				.selectAll()
				.where('origin', '=', 'teacher')
				.executeTakeFirstOrThrow();
			expect(row).toMatchObject({
				kind: 'where',
				status: 'published',
				edited_in_app: 1,
				bank_id: expect.stringMatching(/^teacher-[0-9a-f]{8}$/)
			});
		});

		it("keeps other teachers, students and visitors out of a teacher's article", async () => {
			const other = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			const admin = await person(t.db, 'admin');
			const load = (user: UserRow | null) =>
				run(
					reviewPage.load,
					requestEvent(t.db, user, { params: { slug: 'budget' }, path: '/teach/articles/budget' })
				);
			expect((await load(other)).status).toBe(404);
			expect((await load(student)).status).toBe(403);
			expect(await load(null)).toEqual({
				status: 303,
				location: '/login?next=%2Fteach%2Farticles%2Fbudget'
			});
			expect((await load(admin)).status).toBe(200);
			expect((await edit(other, ids[0], mayorForm)).status).toBe(404);
			expect((await edit(student, ids[0], mayorForm)).status).toBe(403);
			expect((await edit(null, ids[0], mayorForm)).status).toBe(401);
			expect((await version(ids[0])).edited_in_app).toBe(0);
		});
	});
