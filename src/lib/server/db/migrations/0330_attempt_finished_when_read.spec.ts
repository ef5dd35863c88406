import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, testDialects } from '../../../../../tests/support/database';
import { seedArticle, seedAttemptBefore0340 } from '../../../../../tests/support/seed';
import * as attempts from '../../quiz/attempts';
import { recordAnswer } from '../../quiz/answers';
import { migrate } from '../connect';
import { migrationProvider } from './index';

for (const dialect of testDialects)
	describe(`attempts finished when read (${dialect})`, () => {
		it('keeps the finish of attempts stored before, and finishes an open one on its last answer', async () => {
			const t = await emptyDatabase(dialect);
			try {
				const before = new Migrator({ db: t.db, provider: migrationProvider });
				const { error } = await before.migrateTo('0320_answer_learner_index');
				expect(error).toBeUndefined();
				const questions = await seedArticle(t.db, 'summit', 2);
				await t.db
					.insertInto('user')
					.values({ id: 'learner', role: 'guest', created_at: '2024-03-01T09:00:00.000Z' })
					.execute();
				const done = await seedAttemptBefore0340(t.db, 'learner', 'summit', questions, [
					true,
					false
				]);
				const open = await seedAttemptBefore0340(t.db, 'learner', 'summit', questions.slice(0, 1), [
					true
				]);
				// Both ask both questions, with choices a learner can pick (the seeded plans have none).
				const plan = questions.map((q) => ({
					questionId: q.id,
					versionId: q.versionId,
					choices: [q.answer, ...q.distractors]
				}));
				await t.db
					.updateTable('attempt')
					.set({ plan: JSON.stringify(plan) })
					.execute();
				await t.db
					.insertInto('attempt_question')
					.values({ attempt_id: open, question_id: questions[1].id })
					.execute();
				const { answered_at: doneAt } = await t.db
					.selectFrom('answer')
					.select('answered_at')
					.where('attempt_id', '=', done)
					.executeTakeFirstOrThrow();

				await migrate(t.db);

				expect((await attempts.finished(t.db, done))?.finished_at).toBe(doneAt);
				expect(await attempts.finished(t.db, open)).toBeUndefined();
				const last = new Date(Date.now() + 60_000);
				await recordAnswer(
					t.db,
					{
						attempt: { id: open, user_id: 'learner', article_slug: 'summit' },
						questionId: questions[1].id,
						choice: questions[1].answer,
						msTaken: null
					},
					last
				);
				expect((await attempts.finished(t.db, open))?.finished_at).toBe(last.toISOString());
				expect((await attempts.latestFinished(t.db, 'learner', 'summit'))?.id).toBe(open);
			} finally {
				await t.close();
			}
		});
	});
