import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { seedArticle, seedAttempt, seedReviewCard } from '../../../../tests/support/seed';
import { person } from '../../../../tests/support/teaching';
import * as account from './account';

for (const dialect of testDialects)
	describe(`${dialect}: a guest's progress`, () => {
		let t: TestDatabase;
		beforeEach(async () => (t = await freshDatabase(dialect)));
		afterEach(() => t.close());

		const count = async (
			table: 'attempt' | 'answer' | 'review_log' | 'review_card',
			userId: string
		) =>
			Number(
				(
					await t.db
						.selectFrom(table)
						.select((eb) => eb.fn.countAll().as('n'))
						.where('user_id', '=', userId)
						.executeTakeFirstOrThrow()
				).n
			);

		it('becomes the new account at sign-up, with the same rows', async () => {
			const questions = await seedArticle(t.db, 'summit', 3);
			const guest = await person(t.db, 'guest');
			await seedAttempt(t.db, guest.id, 'summit', questions, [true, false, true]);
			const created = await account.create(
				t.db,
				{
					email: ' Ann@Example.org ',
					displayName: 'Ann',
					password: 'long enough pw',
					role: 'student'
				},
				guest
			);
			expect(created).toMatchObject({ id: guest.id, email: 'ann@example.org', role: 'student' });
			expect(await count('answer', guest.id)).toBe(3);
			await expect(
				account.create(t.db, {
					email: 'ann@example.org',
					displayName: 'Other',
					password: 'long enough pw',
					role: 'student'
				})
			).rejects.toThrow(account.EmailTakenError);
		});

		it('moves into an existing account at login: nothing lost, nothing counted twice', async () => {
			const questions = await seedArticle(t.db, 'summit', 3);
			const [q0, q1, q2] = questions;
			const ann = await person(t.db, 'student', 'ann');
			const guest = await person(t.db, 'guest');
			await seedAttempt(t.db, ann.id, 'summit', questions, [true, true, true]);
			await seedAttempt(t.db, guest.id, 'summit', questions, [false, false, true]);
			// q0: both have a card, the guest's is newer; q1: the account's is newer; q2: only the guest's.
			await seedReviewCard(t.db, ann.id, q0.id, '2024-05-01T00:00:00.000Z', 1);
			await seedReviewCard(t.db, guest.id, q0.id, '2024-05-03T00:00:00.000Z', 2);
			await seedReviewCard(t.db, ann.id, q1.id, '2024-05-04T00:00:00.000Z', 3);
			await seedReviewCard(t.db, guest.id, q1.id, null, 4);
			await seedReviewCard(t.db, guest.id, q2.id, '2024-05-02T00:00:00.000Z', 5);
			await t.db
				.insertInto('review_log')
				.values({
					id: 'log-1',
					user_id: guest.id,
					question_id: q0.id,
					question_version_id: q0.versionId,
					choice: 'Alice',
					correct: 1,
					rating: 3,
					ms_taken: null,
					reviewed_at: '2024-05-03T00:00:00.000Z'
				})
				.execute();

			await account.adoptGuest(t.db, guest, ann.id);

			expect(await count('attempt', ann.id)).toBe(2);
			expect(await count('answer', ann.id)).toBe(6);
			expect(await count('review_log', ann.id)).toBe(1);
			const cards = await t.db
				.selectFrom('review_card')
				.select(['question_id', 'reps'])
				.where('user_id', '=', ann.id)
				.orderBy('question_id')
				.execute();
			expect(cards).toEqual([
				{ question_id: q0.id, reps: 2 },
				{ question_id: q1.id, reps: 3 },
				{ question_id: q2.id, reps: 5 }
			]);
			expect(await account.get(t.db, guest.id)).toBeNull();
			for (const table of ['attempt', 'answer', 'review_log', 'review_card'] as const)
				expect(await count(table, guest.id)).toBe(0);
		});
	});
