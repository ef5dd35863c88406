import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { connect } from '$lib/server/db/connect';
import type { Database } from '$lib/server/db/types';
import { retireQuestion } from '$lib/server/questions/status';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { seedArticle, type SeededQuestion } from '../../../../tests/support/seed';
import { person } from '../../../../tests/support/teaching';
import { catchUp, reviewAnswered, type CaughtUp } from './cards';
import { countDue, dailyNewCards, newCardLimit } from './queue';
import { answerShowing, reviewFeedback, showNext } from './showing';
import { retention, streak } from './stats';
import { setTimeZone } from './time-zone';

const minute = 60_000;
const day = 24 * 60 * minute;
const quizDay = new Date('2024-03-01T09:00:00Z');
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

for (const dialect of testDialects) {
	describe(`review on ${dialect}`, { timeout: 60_000 }, () => {
		let test: TestDatabase;
		let db: Kysely<Database>;
		let learner: CaughtUp;
		beforeEach(async () => {
			test = await freshDatabase(dialect);
			db = test.db;
			// Quiz answers here go straight onto cards, so one catch-up serves the whole test.
			learner = await catchUp(db, (await person(db, 'guest')).id);
		});
		afterEach(async () => {
			if (db !== test.db) await db.destroy();
			await test.close();
		});

		/** Answers a quiz: the questions in `missed` wrong, the rest right after ten seconds. */
		async function takeQuiz(questions: SeededQuestion[], missed: SeededQuestion[], at: Date) {
			for (const [i, q] of questions.entries())
				await reviewAnswered(db, {
					userId: learner.userId,
					questionId: q.id,
					versionId: q.versionId,
					correct: !missed.includes(q),
					msTaken: 10_000,
					now: later(at, i * minute)
				});
		}

		/**
		 * Reviews every due card at `at` and returns what was shown. `miss` picks cards to get wrong
		 * the first time they come up; a missed card comes back in the same session and is then known.
		 */
		async function session(
			bank: Map<string, SeededQuestion>,
			at: Date,
			miss: (questionId: string) => boolean = () => false
		) {
			const shown: { questionId: string; article: string; correct: boolean }[] = [];
			let now = at;
			for (
				let card = await showNext(db, learner, now);
				card;
				card = await showNext(db, learner, now)
			) {
				const q = bank.get(card.questionId)!;
				const correct =
					shown.some((s) => s.questionId === card.questionId) || !miss(card.questionId);
				now = later(now, 20_000);
				const outcome = await answerShowing(db, {
					userId: learner.userId,
					showingId: card.showingId,
					choice: correct ? q.answer : q.distractors[0],
					now
				});
				expect(outcome).toEqual({ logId: card.showingId });
				shown.push({ questionId: card.questionId, article: card.article.slug, correct });
				if (shown.length > 100) throw new Error('the session never ends');
			}
			return shown;
		}

		it('brings back exactly the missed questions after a quiz, then spaces them out', async () => {
			const questions = await seedArticle(db, 'summit', 5);
			const bank = new Map(questions.map((q) => [q.id, q]));
			await takeQuiz(questions, [questions[1], questions[3]], quizDay);
			const afterQuiz = later(quizDay, 6 * minute);
			expect(await countDue(db, learner, afterQuiz)).toBe(2);
			const shown = await session(bank, afterQuiz);
			expect(shown.map((s) => s.questionId).sort()).toEqual([questions[1].id, questions[3].id]);
			expect(await countDue(db, learner, later(afterQuiz, 10 * minute))).toBe(0);
			const feedback = await reviewFeedback(db, learner.userId, (await lastLog()).id);
			expect(feedback?.correct).toBe(true);
			expect(Date.parse(feedback!.nextDue)).toBeGreaterThan(afterQuiz.getTime() + day);
		});

		async function lastLog() {
			return db
				.selectFrom('review_log')
				.selectAll()
				.orderBy('reviewed_at', 'desc')
				.executeTakeFirstOrThrow();
		}

		it('keeps a 60-day schedule across restarts: misses return within a day, intervals grow, nothing lost or doubled', async () => {
			const questions = await seedArticle(db, 'summit', 6);
			const bank = new Map(questions.map((q) => [q.id, q]));
			await takeQuiz(questions, questions.slice(0, 3), quizDay);
			// The quiz is each question's first review, on day 0.
			const reviewsOf = new Map(questions.map((q, i) => [q.id, [{ at: 0, correct: i >= 3 }]]));
			let answered = 0;
			let forgotten = false;
			for (let d = 0; d < 60; d++) {
				if (d % 10 === 9) {
					// A restart: the connection goes away mid-run, a new one picks up the same database.
					if (db !== test.db) await db.destroy();
					db = connect(test.url).db;
				}
				const morning = later(quizDay, d * day + 10 * minute);
				// The first question is forgotten once, at its first review after day 20.
				const shown = await session(bank, morning, (id) => {
					if (id !== questions[0].id || d < 20 || forgotten) return false;
					return (forgotten = true);
				});
				for (const s of shown) reviewsOf.get(s.questionId)!.push({ at: d, correct: s.correct });
				answered += shown.length;
			}

			for (const q of questions.slice(0, 3)) expect(reviewsOf.get(q.id)![1].at).toBe(0);
			for (const q of questions) {
				const reviews = reviewsOf.get(q.id)!;
				// A run of reviews begins at the start and at every miss.
				const runs: (typeof reviews)[] = [];
				for (const r of reviews) {
					if (!r.correct || runs.length === 0) runs.push([]);
					runs.at(-1)!.push(r);
				}
				expect(runs.some((run) => run.length >= 3)).toBe(true);
				for (const run of runs.filter((run) => run.length >= 3)) {
					const gaps = run.slice(1).map((r, i) => r.at - run[i].at);
					for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]);
					expect(gaps.at(-1)).toBeGreaterThan(gaps[0]);
				}
				for (const [i, r] of reviews.entries())
					if (!r.correct) expect(reviews[i + 1].at - r.at).toBeLessThanOrEqual(1);
			}
			expect(reviewsOf.get(questions[0].id)!.some((r) => !r.correct)).toBe(true);

			const cards = await db.selectFrom('review_card').selectAll().execute();
			expect(cards.map((c) => c.question_id).sort()).toEqual(questions.map((q) => q.id).sort());
			const logs = await db.selectFrom('review_log').select('id').execute();
			expect(logs).toHaveLength(answered);
			expect(new Set(logs.map((l) => l.id)).size).toBe(answered);
		});

		it('drops a retired question from the queue, the count and the retention figures', async () => {
			const questions = await seedArticle(db, 'summit', 3);
			await takeQuiz(questions, questions.slice(0, 2), quizDay);
			const now = later(quizDay, 5 * minute);
			const shownFirst = await showNext(db, learner, now);
			expect(await retireQuestion(db, shownFirst!.questionId)).toBe(true);
			expect(await countDue(db, learner, now)).toBe(1);
			const next = await showNext(db, learner, now);
			expect(next?.questionId).not.toBe(shownFirst!.questionId);
			const states = (await retention(db, learner, now)).byState;
			expect(states.reduce((sum, s) => sum + s.cards, 0)).toBe(2);
			expect(await retireQuestion(db, 'no-such-question')).toBe(false);
		});

		it(`lets at most ${dailyNewCards} new cards into review a day; cards seen before always come`, async () => {
			const questions = await seedArticle(db, 'summit', dailyNewCards + 5);
			const bank = new Map(questions.map((q) => [q.id, q]));
			await takeQuiz(questions, questions, quizDay);
			const afterQuiz = later(quizDay, 30 * minute);
			expect(await countDue(db, learner, afterQuiz)).toBe(dailyNewCards);
			const firstDay = await session(bank, afterQuiz, () => true);
			// Each new card, missed, comes back in the same session although the allowance is spent.
			expect(firstDay).toHaveLength(2 * dailyNewCards);
			expect(new Set(firstDay.map((s) => s.questionId)).size).toBe(dailyNewCards);
			const seen = new Set(firstDay.map((s) => s.questionId));
			const secondDay = await session(bank, later(quizDay, day));
			expect(secondDay.filter((s) => !seen.has(s.questionId))).toHaveLength(5);
		});

		it('lets a deployment set its own daily limit, on the home count and in the queue alike', async () => {
			const questions = await seedArticle(db, 'summit', 8);
			await takeQuiz(questions, questions, quizDay);
			const afterQuiz = later(quizDay, 30 * minute);
			const limit = newCardLimit('5');
			expect(await countDue(db, learner, afterQuiz, limit)).toBe(5);
			const shown = new Set<string>();
			for (let i = 0; i < 5; i++) {
				const card = await showNext(db, learner, afterQuiz, limit);
				shown.add(card!.questionId);
				const q = questions.find((q) => q.id === card!.questionId)!;
				await answerShowing(db, {
					userId: learner.userId,
					showingId: card!.showingId,
					choice: q.answer,
					now: afterQuiz
				});
			}
			expect(shown.size).toBe(5);
			expect(await showNext(db, learner, afterQuiz, limit)).toBeNull();
			expect(await countDue(db, learner, afterQuiz)).toBe(3);
		});

		it('turns the review day at midnight UTC, for the new-card limit and the streak', async () => {
			const questions = await seedArticle(db, 'summit', 2);
			await takeQuiz(questions, questions, new Date('2024-03-01T23:40:00Z'));
			const reviewAt = async (iso: string) => {
				const card = await showNext(db, learner, new Date(iso), 1);
				if (!card) return null;
				const q = questions.find((q) => q.id === card.questionId)!;
				await answerShowing(db, {
					userId: learner.userId,
					showingId: card.showingId,
					choice: q.answer,
					now: new Date(iso)
				});
				return card.questionId;
			};
			expect(await reviewAt('2024-03-01T23:59:00Z')).not.toBeNull();
			// One new card a day: the second waits for the next UTC day, a minute later.
			expect(await reviewAt('2024-03-01T23:59:59Z')).toBeNull();
			expect(await reviewAt('2024-03-02T00:00:01Z')).not.toBeNull();
			expect(await streak(db, learner, new Date('2024-03-02T00:01:00Z'))).toEqual({
				days: 2,
				reviewedToday: true
			});
		});

		it('turns the review day at each learner’s own midnight: one moment, two days', async () => {
			const questions = await seedArticle(db, 'summit', 2);
			const inZone = async (timeZone: string) => {
				const { id } = await person(db, 'guest');
				await setTimeZone(db, id, { timeZone });
				for (const q of questions)
					await reviewAnswered(db, {
						userId: id,
						questionId: q.id,
						versionId: q.versionId,
						correct: false,
						msTaken: 10_000,
						now: new Date('2024-03-01T20:00:00Z')
					});
				return catchUp(db, id);
			};
			// 12:30 on 1 March in Los Angeles, 05:30 on 2 March in Tokyo.
			const [losAngeles, tokyo] = [await inZone('America/Los_Angeles'), await inZone('Asia/Tokyo')];
			for (const learner of [losAngeles, tokyo]) {
				const at = new Date('2024-03-01T20:30:00Z');
				const card = (await showNext(db, learner, at, 1))!;
				const q = questions.find((q) => q.id === card.questionId)!;
				await answerShowing(db, {
					userId: learner.userId,
					showingId: card.showingId,
					choice: q.answer,
					now: at
				});
			}
			// 00:30 on 2 March in Los Angeles, a new day; 17:30 on 2 March in Tokyo, the same one.
			const moment = new Date('2024-03-02T08:30:00Z');
			expect(await countDue(db, losAngeles, moment, 1)).toBe(1);
			expect(await countDue(db, tokyo, moment, 1)).toBe(0);
			expect(await streak(db, losAngeles, moment)).toEqual({ days: 1, reviewedToday: false });
			expect(await streak(db, tokyo, moment)).toEqual({ days: 1, reviewedToday: true });
			const days = async (learner: CaughtUp) =>
				(await retention(db, learner, moment)).accuracyByDay.map((d) => d.day);
			expect(await days(losAngeles)).toEqual(['2024-03-01']);
			expect(await days(tokyo)).toEqual(['2024-03-02']);
			expect((await retention(db, tokyo, moment)).dueByDay[0].day).toBe('2024-03-02');
		});

		it('interleaves articles instead of returning one article at a time', async () => {
			const summit = await seedArticle(db, 'summit', 3);
			const cosmodrome = await seedArticle(db, 'cosmodrome', 3);
			const bank = new Map([...summit, ...cosmodrome].map((q) => [q.id, q]));
			await takeQuiz(summit, summit.slice(0, 2), quizDay);
			await takeQuiz(cosmodrome, cosmodrome.slice(0, 2), later(quizDay, 5 * minute));
			const shown = await session(bank, later(quizDay, 15 * minute));
			expect(shown.map((s) => s.article)).toEqual(['summit', 'cosmodrome', 'summit', 'cosmodrome']);
		});

		it('keeps a card as shown until answered, stores a double submit once, refuses forgeries', async () => {
			const [q] = await seedArticle(db, 'summit', 1);
			await takeQuiz([q], [q], quizDay);
			const now = later(quizDay, 5 * minute);
			const shown = await showNext(db, learner, now);
			expect(await showNext(db, learner, later(now, 5000))).toEqual(shown);
			expect(shown).not.toHaveProperty('answer');
			expect(shown!.choices.sort()).toEqual([q.answer, ...q.distractors].sort());

			const submit = (choice: string, userId = learner.userId) =>
				answerShowing(db, { userId, showingId: shown!.showingId, choice, now: later(now, 9000) });
			expect(await submit('not a choice')).toHaveProperty('problem');
			const stranger = (await person(db, 'guest')).id;
			expect(await submit(q.answer, stranger)).toHaveProperty('problem');
			expect(await submit(q.answer)).toEqual({ logId: shown!.showingId });
			const card = await db.selectFrom('review_card').selectAll().executeTakeFirstOrThrow();
			expect(await submit(q.distractors[0])).toEqual({ logId: shown!.showingId });
			expect(await db.selectFrom('review_log').selectAll().execute()).toHaveLength(1);
			expect(await db.selectFrom('review_card').selectAll().executeTakeFirstOrThrow()).toEqual(
				card
			);
			expect((await reviewFeedback(db, learner.userId, shown!.showingId))?.correct).toBe(true);
			expect(await reviewFeedback(db, stranger, shown!.showingId)).toBeNull();
		});

		it('shuffles the choices anew each time a card comes back', async () => {
			const [q] = await seedArticle(db, 'summit', 1);
			await takeQuiz([q], [q], quizDay);
			const orders = new Set<string>();
			let now = later(quizDay, 5 * minute);
			for (let i = 0; i < 10; i++) {
				const shown = await showNext(db, learner, now);
				orders.add(shown!.choices.join('|'));
				await answerShowing(db, {
					userId: learner.userId,
					showingId: shown!.showingId,
					choice: q.distractors[0],
					now
				});
				now = later(now, 11 * minute);
			}
			expect(orders.size).toBeGreaterThan(1);
		});

		it('counts a streak of review days, alive until a whole day is missed', async () => {
			expect(await streak(db, learner, quizDay)).toEqual({ days: 0, reviewedToday: false });
			const bank = new Map<string, SeededQuestion>();
			for (let d = 0; d < 3; d++) {
				// A quiz a day, its one question missed, then reviewed.
				const questions = await seedArticle(db, `day-${d}`, 1);
				bank.set(questions[0].id, questions[0]);
				await takeQuiz(questions, questions, later(quizDay, d * day));
				await session(bank, later(quizDay, d * day + 5 * minute));
			}
			const thirdDay = later(quizDay, 2 * day + 12 * 60 * minute);
			expect(await streak(db, learner, thirdDay)).toEqual({ days: 3, reviewedToday: true });
			expect(await streak(db, learner, later(thirdDay, day))).toEqual({
				days: 3,
				reviewedToday: false
			});
			expect(await streak(db, learner, later(thirdDay, 2 * day))).toEqual({
				days: 0,
				reviewedToday: false
			});
		});

		it('reports cards by state, what falls due this week and accuracy by day', async () => {
			const questions = await seedArticle(db, 'summit', 4);
			const bank = new Map(questions.map((q) => [q.id, q]));
			await takeQuiz(questions, questions.slice(0, 2), quizDay);
			await session(bank, later(quizDay, 5 * minute), (id) => id === questions[0].id);
			const report = await retention(db, learner, later(quizDay, 30 * minute));
			const cards = Object.fromEntries(report.byState.map((s) => [s.state, s.cards]));
			expect(cards).toEqual({ new: 0, learning: 0, relearning: 0, review: 4 });
			expect(report.dueByDay).toHaveLength(7);
			expect(report.dueByDay.reduce((sum, d) => sum + d.cards, 0)).toBe(4);
			expect(report.accuracyByDay).toEqual([{ day: '2024-03-01', answered: 3, correct: 2 }]);
		});
	});
}

describe('the daily new-card setting (LEDE_REVIEW_NEW_CARDS)', () => {
	it(`is ${dailyNewCards} when unset, the number given otherwise`, () => {
		expect(newCardLimit(undefined)).toBe(dailyNewCards);
		expect(newCardLimit('')).toBe(dailyNewCards);
		expect(newCardLimit(' 5 ')).toBe(5);
	});

	it('refuses what is not a whole number of cards, saying what it wants', () => {
		for (const bad of ['ten', '2.5', '0', '-3'])
			expect(() => newCardLimit(bad)).toThrow(/^LEDE_REVIEW_NEW_CARDS must be/);
	});
});
