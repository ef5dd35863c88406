import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, testDialects } from '../../../../../tests/support/database';
import { seedArticle } from '../../../../../tests/support/seed';
import * as questions from '../../authoring/question';
import { migrate } from '../connect';
import { migrationProvider } from './index';

for (const dialect of testDialects)
	describe(`the attempts' question lists (${dialect})`, () => {
		it('are filled from the plans of attempts made before them, so no asked question is deleted', async () => {
			const t = await emptyDatabase(dialect);
			try {
				const before = new Migrator({ db: t.db, provider: migrationProvider });
				const { error } = await before.migrateTo('0300_answer_in_one_statement');
				expect(error).toBeUndefined();
				const [asked, alsoAsked, neverAsked] = await seedArticle(t.db, 'summit', 3);
				// The user table as it was then: later migrations add columns.
				await t.db
					.insertInto('user')
					.values({ id: 'old-guest', role: 'guest', created_at: '2024-03-01T09:00:00.000Z' })
					.execute();
				// An unfinished attempt as the app wrote it then: only its plan says what it asks.
				await t.db
					.insertInto('attempt')
					.values({
						id: 'old-attempt',
						user_id: 'old-guest',
						article_slug: 'summit',
						plan: JSON.stringify(
							[asked, alsoAsked].map((q) => ({
								questionId: q.id,
								versionId: q.versionId,
								choices: [q.answer, ...q.distractors]
							}))
						),
						mode: 'quiz',
						assignment_id: null,
						started_at: '2024-03-01T09:00:00.000Z'
					})
					.execute();

				await migrate(t.db);

				const rows = await t.db
					.selectFrom('attempt_question')
					.selectAll()
					.orderBy('question_id')
					.execute();
				expect(rows).toEqual(
					[asked.id, alsoAsked.id]
						.sort()
						.map((id) => ({ attempt_id: 'old-attempt', question_id: id }))
				);
				expect(await questions.remove(t.db, asked.id)).toBe('retired');
				expect(await questions.remove(t.db, neverAsked.id)).toBe('deleted');
			} finally {
				await t.close();
			}
		});
	});
