import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { finishedAttempt, person, publishedQuiz } from '../../../../tests/support/teaching';
import * as assignments from './assignment';
import * as classes from './class';
import * as members from './member';

for (const dialect of testDialects)
	describe(`classes and assignments (${dialect})`, () => {
		let t: TestDatabase;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
		});
		afterEach(async () => t.close());

		it('gives each class a short code that students can type in any case', async () => {
			const teacher = await person(t.db, 'teacher');
			const made = await Promise.all(
				Array.from({ length: 20 }, (_, i) => classes.create(t.db, teacher.id, `Class ${i}`))
			);
			const codes = new Set(made.map((c) => c.join_code));
			expect(codes.size).toBe(20);
			for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
			const first = made[0];
			const typed = ` ${first.join_code.slice(0, 3).toLowerCase()} ${first.join_code.slice(3)} `;
			expect((await classes.getByCode(t.db, typed))?.id).toBe(first.id);
			expect(await classes.getByCode(t.db, 'NOPE00')).toBeUndefined();
		});

		it('lets only the class teacher or an admin run a class', async () => {
			const teacher = await person(t.db, 'teacher');
			const other = await person(t.db, 'teacher');
			const admin = await person(t.db, 'admin');
			const klass = await classes.create(t.db, teacher.id, 'Civics');
			expect((await classes.getOwned(t.db, klass.id, teacher))?.id).toBe(klass.id);
			expect((await classes.getOwned(t.db, klass.id, admin))?.id).toBe(klass.id);
			expect(await classes.getOwned(t.db, klass.id, other)).toBeUndefined();
		});

		it('counts a student who joins twice once', async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student', 'Zoe');
			const klass = await classes.create(t.db, teacher.id, 'Civics');
			await members.add(t.db, klass.id, student.id);
			await members.add(t.db, klass.id, student.id);
			expect(await members.list(t.db, klass.id)).toEqual([
				{ id: student.id, name: 'Zoe', joined_at: expect.any(String) }
			]);
			expect((await classes.list(t.db, teacher.id))[0]).toMatchObject({
				members: 1,
				assignments: 0
			});
		});

		it("shows a student the class's quizzes: late first, then due, then done with the first score", async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			const outsider = await person(t.db, 'student');
			const klass = await classes.create(t.db, teacher.id, 'Civics');
			await members.add(t.db, klass.id, student.id);
			for (const slug of ['done-quiz', 'late-quiz', 'due-quiz']) await publishedQuiz(t.db, slug);
			const set = (slug: string, dueOn: string | null) =>
				assignments.create(t.db, {
					classId: klass.id,
					articleSlug: slug,
					dueOn,
					createdBy: teacher.id
				});
			await set('done-quiz', '2024-05-01');
			await set('due-quiz', '2024-05-10');
			await set('late-quiz', '2024-05-01');
			await finishedAttempt(t.db, student, 'done-quiz', 1, '2024-04-30T10:00:00.000Z');
			await finishedAttempt(t.db, student, 'done-quiz', 2, '2024-05-02T10:00:00.000Z');

			const home = await assignments.forStudent(t.db, student.id, '2024-05-05');
			expect(home.map((a) => [a.slug, a.status])).toEqual([
				['late-quiz', 'late'],
				['due-quiz', 'due'],
				['done-quiz', 'done']
			]);
			expect(home[2].result).toMatchObject({ correct: 1, total: 2 });
			expect(await assignments.forStudent(t.db, outsider.id, '2024-05-05')).toEqual([]);
		});

		it('offers only published quizzes with published questions to set', async () => {
			await publishedQuiz(t.db, 'ready');
			await publishedQuiz(t.db, 'hidden');
			await t.db
				.updateTable('question')
				.set({ status: 'draft' })
				.where('article_slug', '=', 'hidden')
				.execute();
			expect((await assignments.assignable(t.db)).map((q) => q.slug)).toEqual(['ready']);
		});
	});
