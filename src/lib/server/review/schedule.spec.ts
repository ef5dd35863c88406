import { describe, expect, it } from 'vitest';
import { Rating } from 'ts-fsrs';
import { fastAnswerMs, ratingFor, reschedule, type Schedule } from './schedule';

const hour = 60 * 60_000;
const day = 24 * hour;
const start = new Date('2024-03-01T09:00:00Z');

describe('rating an answer', () => {
	const readingChars = 120; // a typical prompt and four choices

	it('rates a wrong answer Again, however fast', () => {
		expect(ratingFor({ correct: false, msTaken: 500, readingChars })).toBe(Rating.Again);
		expect(ratingFor({ correct: false, msTaken: null, readingChars })).toBe(Rating.Again);
	});

	it('rates a right answer Easy within reading time plus a moment, Good after it', () => {
		const limit = fastAnswerMs(readingChars);
		expect(limit).toBe(1500 + 40 * 120);
		expect(ratingFor({ correct: true, msTaken: limit, readingChars })).toBe(Rating.Easy);
		expect(ratingFor({ correct: true, msTaken: limit + 1, readingChars })).toBe(Rating.Good);
	});

	it('gives a longer question more time to count as fast', () => {
		const sixSeconds = { correct: true, msTaken: 6000 };
		expect(ratingFor({ ...sixSeconds, readingChars: 60 })).toBe(Rating.Good);
		expect(ratingFor({ ...sixSeconds, readingChars: 200 })).toBe(Rating.Easy);
	});

	it('rates a right answer of unknown duration Good', () => {
		expect(ratingFor({ correct: true, msTaken: null, readingChars })).toBe(Rating.Good);
	});
});

describe('scheduling over 60 simulated days', () => {
	/** Answers the card whenever it is due, as `answers` says, and returns each gap until the next due. */
	function simulate(answers: (review: number) => Rating.Again | Rating.Good | Rating.Easy) {
		let card: Schedule | null = null;
		let now = start;
		const gaps: number[] = [];
		for (let review = 0; now.getTime() < start.getTime() + 60 * day; review++) {
			card = reschedule(card, answers(review), now);
			const due = new Date(card.due);
			gaps.push(due.getTime() - now.getTime());
			now = due;
		}
		return gaps;
	}

	it('brings a missed question back within a day, and sooner than a known one', () => {
		const [missed] = simulate(() => Rating.Again);
		const [known] = simulate(() => Rating.Good);
		expect(missed).toBeLessThanOrEqual(day);
		expect(missed).toBeLessThan(known);
	});

	it('spaces a question further apart with every right answer', () => {
		const gaps = simulate((review) => (review === 0 ? Rating.Again : Rating.Good));
		const afterLearning = gaps.slice(1);
		expect(afterLearning.length).toBeGreaterThanOrEqual(4);
		for (let i = 1; i < afterLearning.length; i++)
			expect(afterLearning[i]).toBeGreaterThan(afterLearning[i - 1]);
		expect(afterLearning.at(-1)).toBeGreaterThan(14 * day);
	});

	it('brings a forgotten question back within a day, however long its interval was', () => {
		const gaps = simulate((review) => (review === 2 ? Rating.Again : Rating.Good));
		expect(gaps[1]).toBeGreaterThan(3 * day);
		expect(gaps[2]).toBeLessThanOrEqual(day);
	});

	it('spaces easy answers further than good ones', () => {
		const good = simulate(() => Rating.Good);
		const easy = simulate(() => Rating.Easy);
		expect(easy[0]).toBeGreaterThan(good[0]);
		expect(easy.length).toBeLessThan(good.length);
	});
});
