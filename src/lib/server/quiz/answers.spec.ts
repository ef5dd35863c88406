import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { seedLearner } from '../../../../tests/support/seed';
import { importSeed, rightChoice, seedSlug, wrongChoice } from '../../../../tests/support/quiz';
import { reviewAnswered, scheduleColumns, takeQuizAnswers } from '../review/cards';
import { listForAttempt, recordAnswer } from './answers';
import * as attempts from './attempts';
import { Rejected } from './grading';

for (const dialect of testDialects)
	describe(`answers (${dialect})`, () => {
		let t: TestDatabase;
		let attempt: attempts.Attempt;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			await importSeed(t.db);
			attempt = (await attempts.resumeOrStart(t.db, await seedLearner(t.db), seedSlug))!;
		});
		afterEach(() => t.close());

		const answer = async (n: number, choice: string, msTaken: number | null = null) =>
			(
				await recordAnswer(t.db, {
					attempt,
					questionId: attempt.plan[n].questionId,
					choice,
					msTaken
				})
			).answer;
		const right = (n: number) => rightChoice(t.db, attempt.plan[n].questionId);
		const wrong = (n: number) => wrongChoice(t.db, attempt.plan[n]);

		it('stores a right and a wrong answer with their grade', async () => {
			expect(await answer(0, await right(0), 1200)).toMatchObject({
				correct: 1,
				choice: await right(0),
				ms_taken: 1200
			});
			expect(await answer(1, await wrong(1))).toMatchObject({ correct: 0 });
		});

		it('finishes an attempt whose answers all arrive at the same moment', async () => {
			await Promise.all(attempt.plan.map((item, n) => answer(n, item.choices[0])));
			expect(await attempts.finished(t.db, attempt.id)).toBeDefined();
		});

		it('stores a double submit once and answers both with the first', async () => {
			const [a, b] = await Promise.all([
				answer(0, await wrong(0), 1),
				answer(0, await wrong(0), 2)
			]);
			expect(a).toEqual(b);
			const again = await answer(0, await right(0), 3);
			expect(again).toEqual(a);
			expect(again.correct).toBe(0);
			expect(await listForAttempt(t.db, attempt.id)).toHaveLength(1);
		});

		it('refuses a forged choice and a question from outside the attempt, storing nothing', async () => {
			await expect(answer(0, 'Paris')).rejects.toThrow(Rejected);
			await expect(
				recordAnswer(t.db, {
					attempt,
					questionId: 'not-in-this-quiz',
					choice: attempt.plan[0].choices[0],
					msTaken: null
				})
			).rejects.toThrow(Rejected);
			expect(await listForAttempt(t.db, attempt.id)).toHaveLength(0);
		});

		it("refuses another learner's attempt and an attempt at another quiz, storing nothing", async () => {
			const stranger = await seedLearner(t.db);
			const post = (who: { user_id?: string; article_slug?: string }) =>
				recordAnswer(t.db, {
					attempt: { ...attempt, ...who },
					questionId: attempt.plan[0].questionId,
					choice: attempt.plan[0].choices[0],
					msTaken: null
				});
			await expect(post({ user_id: stranger })).rejects.toThrow(/not yours/);
			await expect(post({ article_slug: 'another-quiz' })).rejects.toThrow(/not yours/);
			expect(await listForAttempt(t.db, attempt.id)).toHaveLength(0);
		});

		it('keeps the time a page reports only when it is believable', async () => {
			const aMinuteIn = new Date(Date.parse(attempt.started_at) + 60_000);
			const shown = async (n: number, msBefore: number) => {
				const { answer } = await recordAnswer(
					t.db,
					{
						attempt,
						questionId: attempt.plan[n].questionId,
						choice: attempt.plan[n].choices[0],
						msTaken: null,
						shownAt: new Date(aMinuteIn.getTime() - msBefore)
					},
					aMinuteIn
				);
				return answer.ms_taken;
			};
			expect(await shown(0, 59_000)).toBe(59_000);
			expect(await shown(1, 61_000)).toBeNull(); // before the attempt started
			expect(await shown(2, -5)).toBeNull(); // in the future
		});

		it('finishes the attempt with its last answer, not before', async () => {
			for (const n of attempt.plan.keys()) {
				await answer(n, attempt.plan[n].choices[0]);
				const stored = await attempts.finished(t.db, attempt.id);
				expect(Boolean(stored)).toBe(n === attempt.plan.length - 1);
			}
		});

		it('puts an answer on its review card as of when it was given, once, however many take it', async () => {
			const answeredAt = new Date('2024-03-01T09:00:00Z');
			const item = attempt.plan[0];
			await recordAnswer(
				t.db,
				{ attempt, questionId: item.questionId, choice: await wrong(0), msTaken: 4000 },
				answeredAt
			);
			const card = (userId: string) =>
				t.db
					.selectFrom('review_card')
					.select(scheduleColumns)
					.where('user_id', '=', userId)
					.where('question_id', '=', item.questionId)
					.executeTakeFirst();
			expect(await card(attempt.user_id)).toBeUndefined();

			await Promise.all([1, 2, 3].map(() => takeQuizAnswers(t.db, attempt.user_id)));
			// The same answer given to a card directly when it was stored: the card must match it.
			const twin = await seedLearner(t.db);
			await reviewAnswered(t.db, {
				userId: twin,
				questionId: item.questionId,
				versionId: item.versionId,
				correct: false,
				msTaken: 4000,
				now: answeredAt
			});
			expect(await card(attempt.user_id)).toEqual(await card(twin));
			expect((await card(attempt.user_id))?.reps).toBe(1);
		});
	});
