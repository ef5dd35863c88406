import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, testDialects } from '../../../../../tests/support/database';
import { seedArticle, seedAttemptBefore0340 } from '../../../../../tests/support/seed';
import { progress } from '../../quiz/progress';
import { migrate } from '../connect';
import { migrationProvider } from './index';

for (const dialect of testDialects)
	describe(`answers keyed by their attempt (${dialect})`, () => {
		it('keeps every answer, still once per question, gone with its attempt, and back on the way down', async () => {
			const t = await emptyDatabase(dialect);
			try {
				const migrator = new Migrator({ db: t.db, provider: migrationProvider });
				expect((await migrator.migrateTo('0330_attempt_finished_when_read')).error).toBeUndefined();
				const questions = await seedArticle(t.db, 'summit', 2);
				await t.db
					.insertInto('user')
					.values({ id: 'learner', role: 'guest', created_at: '2024-03-01T09:00:00.000Z' })
					.execute();
				const attempt = await seedAttemptBefore0340(t.db, 'learner', 'summit', questions, [
					true,
					false
				]);

				await migrate(t.db);

				const kept = await t.db
					.selectFrom('answer')
					.select(['question_id', 'correct'])
					.where('attempt_id', '=', attempt)
					.orderBy('correct')
					.execute();
				expect(kept).toEqual([
					{ question_id: questions[1].id, correct: 0 },
					{ question_id: questions[0].id, correct: 1 }
				]);
				// Read by learner through the attempt, as every reader now does.
				expect((await progress(t.db, 'learner')).byArticle).toMatchObject([
					{ slug: 'summit', correct: 1, total: 2 }
				]);
				await expect(
					t.db
						.insertInto('answer')
						.values({
							attempt_id: attempt,
							question_id: questions[0].id,
							question_version_id: questions[0].versionId,
							choice: questions[0].answer,
							correct: 1,
							answered_at: new Date().toISOString(),
							ms_taken: null
						})
						.execute()
				).rejects.toThrow();

				expect((await migrator.migrateDown()).error).toBeUndefined();
				const restored = await sql<{ id: string; user_id: string; on_card: number }>`
					select id, user_id, on_card from answer where attempt_id = ${attempt}`.execute(t.db);
				expect(restored.rows).toHaveLength(2);
				expect(new Set(restored.rows.map((r) => r.id)).size).toBe(2);
				expect(restored.rows.every((r) => r.user_id === 'learner')).toBe(true);

				await migrate(t.db);
				await t.db.deleteFrom('attempt').where('id', '=', attempt).execute();
				expect(await t.db.selectFrom('answer').selectAll().execute()).toEqual([]);
			} finally {
				await t.close();
			}
		});
	});
