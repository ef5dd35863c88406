import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/lib/server/db/types';
import { catchUp, reviewAnswered } from '../../src/lib/server/review/cards';
import { countDue } from '../../src/lib/server/review/queue';
import * as editPage from '../../src/routes/(teach)/teach/articles/[slug]/questions/[id]/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { person, publishedQuiz } from '../support/teaching';

for (const dialect of testDialects)
	describe(`retiring a question (${dialect})`, { timeout: 60_000 }, () => {
		let t: TestDatabase;
		let teacher: UserRow;
		let learner: UserRow;
		let ids: string[];
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			teacher = await person(t.db, 'teacher');
			learner = await person(t.db, 'guest');
			ids = await publishedQuiz(t.db, 'budget', teacher);
			for (const questionId of ids) {
				const { id: versionId } = await t.db
					.selectFrom('question_version')
					.select('id')
					.where('question_id', '=', questionId)
					.executeTakeFirstOrThrow();
				await reviewAnswered(t.db, {
					userId: learner.id,
					questionId,
					versionId,
					correct: false,
					msTaken: null,
					now: new Date(Date.now() - 60 * 60_000)
				});
			}
		});
		afterEach(() => t.close());

		const retire = (user: UserRow | null, id = ids[0]) =>
			run(editPage.actions.retire, requestEvent(t.db, user, { params: { slug: 'budget', id } }));
		const status = async (id = ids[0]) =>
			(
				await t.db
					.selectFrom('question')
					.select('status')
					.where('id', '=', id)
					.executeTakeFirstOrThrow()
			).status;

		it('takes the question out of every learner’s review, from the edit page', async () => {
			expect(await countDue(t.db, await catchUp(t.db, learner.id), new Date())).toBe(2);
			expect(await retire(teacher)).toEqual({
				status: 303,
				location: `/teach/articles/budget/questions/${ids[0]}`
			});
			expect(await status()).toBe('retired');
			expect(await countDue(t.db, await catchUp(t.db, learner.id), new Date())).toBe(1);
		});

		it('lets only the article’s teacher or an admin retire it', async () => {
			expect((await retire(null)).status).toBe(401);
			expect((await retire(learner)).status).toBe(401);
			expect((await retire(await person(t.db, 'student'))).status).toBe(403);
			expect((await retire(await person(t.db, 'teacher', 'Other'))).status).toBe(404);
			expect(await status()).toBe('published');
			expect((await retire(await person(t.db, 'admin'))).status).toBe(303);
			expect(await status()).toBe('retired');
		});
	});
