import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { seedArticle, seedAttempt, type SeededQuestion } from '../../../../tests/support/seed';
import { person } from '../../../../tests/support/teaching';
import * as attempts from '../quiz/attempts';
import { recordAnswer } from '../quiz/answers';
import { catchUp, scheduleColumns } from '../review/cards';
import { countDue, dailyNewCards, dueQueue } from '../review/queue';
import { answerShowing, showNext } from '../review/showing';
import { streak } from '../review/stats';
import * as account from './account';

for (const dialect of testDialects)
	describe(`${dialect}: a guest's progress`, () => {
		let t: TestDatabase;
		beforeEach(async () => (t = await freshDatabase(dialect)));
		afterEach(() => t.close());

		/** The learner's rows in `table`; answers are theirs through their attempts. */
		const count = async (
			table: 'attempt' | 'answer' | 'review_log' | 'review_card',
			userId: string
		) => {
			const counted = (
				table === 'answer'
					? t.db
							.selectFrom('answer')
							.innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
							.where('attempt.user_id', '=', userId)
							.select((eb) => eb.fn.countAll().as('n'))
					: t.db
							.selectFrom(table)
							.where('user_id', '=', userId)
							.select((eb) => eb.fn.countAll().as('n'))
			).executeTakeFirstOrThrow();
			return Number((await counted).n);
		};

		it('moves into the new account at sign-up, and its id names nobody after', async () => {
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
			expect(created).toMatchObject({ email: 'ann@example.org', role: 'student' });
			expect(created.id).not.toBe(guest.id);
			expect(await count('answer', created.id)).toBe(3);
			expect(await count('attempt', created.id)).toBe(1);
			expect(await account.get(t.db, guest.id)).toBeNull();
			await expect(
				account.create(t.db, {
					email: 'ann@example.org',
					displayName: 'Other',
					password: 'long enough pw',
					role: 'student'
				})
			).rejects.toThrow(account.EmailTakenError);
		});

		it('never merges an account named by a guest cookie that outlived its guest', async () => {
			const questions = await seedArticle(t.db, 'summit', 2);
			const older = await person(t.db, 'student');
			await seedAttempt(t.db, older.id, 'summit', questions, [true, true]);
			const other = await person(t.db, 'student');
			await account.adoptGuest(t.db, { ...older, role: 'guest' }, other.id);
			expect(await count('attempt', older.id)).toBe(1);
			expect(await count('attempt', other.id)).toBe(0);
			expect(await account.get(t.db, older.id)).not.toBeNull();
		});

		const minute = 60_000;
		const day1 = new Date('2024-05-01T09:00:00Z');
		const day2 = new Date(day1.getTime() + 24 * 60 * minute);
		const at = (from: Date, minutes: number) => new Date(from.getTime() + minutes * minute);

		/** A quiz of `asked`, answered at `start` a minute apart, the `missed` ones wrong. */
		async function quiz(
			userId: string,
			asked: SeededQuestion[],
			missed: SeededQuestion[],
			start: Date
		) {
			const attempt = (await attempts.start(
				t.db,
				{ userId, slug: 'summit', questionIds: asked.map((q) => q.id) },
				start
			))!;
			// In the order given, not the attempt's shuffled one, so two learners' timelines match.
			for (const [i, q] of asked.entries()) {
				const choice = missed.includes(q) ? q.distractors[0] : q.answer;
				await recordAnswer(
					t.db,
					{ attempt, questionId: q.id, choice, msTaken: 10_000 },
					at(start, i)
				);
			}
		}

		/** Answers every due card right, 20 seconds each, from `start`. */
		async function review(userId: string, bank: SeededQuestion[], start: Date) {
			let now = start;
			for (
				let card = await showNext(t.db, await catchUp(t.db, userId), now);
				card;
				card = await showNext(t.db, await catchUp(t.db, userId), now)
			) {
				now = new Date(now.getTime() + 20_000);
				const choice = bank.find((q) => q.id === card!.questionId)!.answer;
				await answerShowing(t.db, { userId, showingId: card.showingId, choice, now });
			}
		}

		const cardsOf = (userId: string) =>
			t.db
				.selectFrom('review_card')
				.select([
					'question_id',
					'created_at',
					'first_reviewed_at',
					'showing_id',
					...scheduleColumns
				])
				.where('user_id', '=', userId)
				.orderBy('question_id')
				.execute();

		it('joins an existing account at login: one card per question, both histories in it, nothing lost or counted twice', async () => {
			const questions = await seedArticle(t.db, 'summit', 2);
			const [q0, q1] = questions;
			const ann = await person(t.db, 'student', 'ann');
			const guest = await person(t.db, 'guest');
			// One learner doing all that Ann and the guest did, in the same order: what the merge must give.
			const alone = await person(t.db, 'guest');
			// Day 1, signed in: Ann misses q0, then reviews it.
			for (const who of [ann, alone]) {
				await quiz(who.id, [q0], [q0], day1);
				await review(who.id, questions, at(day1, 10));
			}
			// Day 2, on another browser without signing in: q0 missed again, q1 right, q0 reviewed.
			for (const who of [guest, alone]) {
				await quiz(who.id, [q0, q1], [q0], day2);
				await review(who.id, questions, at(day2, 10));
			}
			const expected = await cardsOf(alone.id);
			expect(expected.find((c) => c.question_id === q0.id)).toMatchObject({ reps: 4, lapses: 1 });

			await account.adoptGuest(t.db, guest, ann.id);

			expect(await cardsOf(ann.id)).toEqual(expected);
			expect(await count('attempt', ann.id)).toBe(2);
			expect(await count('answer', ann.id)).toBe(3);
			expect(await count('review_log', ann.id)).toBe(await count('review_log', alone.id));
			const later = at(day2, 12 * 60);
			expect(await streak(t.db, await catchUp(t.db, ann.id), later)).toEqual({
				days: 2,
				reviewedToday: true
			});
			for (let d = 0; d < 60; d++) {
				const then = at(day2, d * 24 * 60);
				expect(await countDue(t.db, await catchUp(t.db, ann.id), then)).toBe(
					await countDue(t.db, await catchUp(t.db, alone.id), then)
				);
			}
			expect(await account.get(t.db, guest.id)).toBeNull();
			for (const table of ['attempt', 'answer', 'review_log', 'review_card'] as const)
				expect(await count(table, guest.id)).toBe(0);
		});

		it('counts a card against the new-card limit once, on the day the learner first reviewed it', async () => {
			const questions = await seedArticle(t.db, 'summit', dailyNewCards + 1);
			const [first, ...others] = questions;
			const ann = await person(t.db, 'student', 'ann');
			const guest = await person(t.db, 'guest');
			// Ann reviews the first question on day 1; on day 2 the guest meets it in review too,
			// then misses as many new questions as the day allows.
			await quiz(ann.id, [first], [first], day1);
			await review(ann.id, questions, at(day1, 5));
			await quiz(guest.id, [first], [first], day2);
			await review(guest.id, questions, at(day2, 5));
			await quiz(guest.id, others, others, at(day2, 10));
			expect(await dueQueue(t.db, await catchUp(t.db, guest.id), at(day2, 40))).toHaveLength(
				dailyNewCards - 1
			);

			await account.adoptGuest(t.db, guest, ann.id);

			expect(await dueQueue(t.db, await catchUp(t.db, ann.id), at(day2, 40))).toHaveLength(
				dailyNewCards
			);
			expect(await count('review_card', ann.id)).toBe(dailyNewCards + 1);
		});
	});
