/**
 * Spaced-repetition rules, pure: every function takes the time it should act at, so tests
 * can run months of reviews in a second and the server decides with its own clock.
 */
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { ReviewCardTable } from '../db/types';

/**
 * One learning step of a minute: a miss is due again at once (see `learnAheadMs`), a right
 * answer leaves learning and comes back in days. Fuzz spreads cards answered together over
 * neighbouring days, so one quiz's questions do not return as a block.
 */
const scheduler = fsrs({ learning_steps: ['1m'], relearning_steps: ['10m'], enable_fuzz: true });

/**
 * Cards due within this window count as due now, like Anki's learn-ahead limit: a question
 * just missed can be retried straight after the quiz, and a card missed in review comes back
 * at the end of the same session instead of minutes after the learner has gone.
 */
export const learnAheadMs = 20 * 60_000;

/** Pause before choosing, plus reading at about 25 characters a second. */
const decisionMs = 1500;
const readingMsPerChar = 40;

/**
 * A right answer is "easy" when it came no slower than reading the question and its choices
 * and a moment to choose: the learner knew it rather than worked it out. Longer questions get
 * more time, so the rule does not favour short prompts.
 */
export function fastAnswerMs(readingChars: number): number {
	return decisionMs + readingMsPerChar * readingChars;
}

export interface Answered {
	correct: boolean;
	/** Null when the time is unknown: then a right answer is "good", never "easy". */
	msTaken: number | null;
	/** Characters in the prompt and all its choices. */
	readingChars: number;
}

/** Wrong is Again, right is Good, right within `fastAnswerMs` is Easy. */
export function ratingFor({ correct, msTaken, readingChars }: Answered): Grade {
	if (!correct) return Rating.Again;
	return msTaken !== null && msTaken <= fastAnswerMs(readingChars) ? Rating.Easy : Rating.Good;
}

/** The scheduling columns of a stored card. */
export type Schedule = Pick<
	ReviewCardTable,
	| 'due'
	| 'stability'
	| 'difficulty'
	| 'elapsed_days'
	| 'scheduled_days'
	| 'learning_steps'
	| 'reps'
	| 'lapses'
	| 'state'
	| 'last_review'
>;

/** The schedule after rating `card` at `now`; a learner's first answer starts from an empty card. */
export function reschedule(card: Schedule | null, rating: Grade, now: Date): Schedule {
	const next = scheduler.next(card ? toFsrs(card) : createEmptyCard(now), now, rating).card;
	return {
		due: next.due.toISOString(),
		stability: next.stability,
		difficulty: next.difficulty,
		elapsed_days: next.elapsed_days,
		scheduled_days: next.scheduled_days,
		learning_steps: next.learning_steps,
		reps: next.reps,
		lapses: next.lapses,
		state: next.state,
		last_review: next.last_review?.toISOString() ?? null
	};
}

function toFsrs(card: Schedule): Card {
	return {
		...card,
		due: new Date(card.due),
		last_review: card.last_review ? new Date(card.last_review) : undefined
	};
}

/** The latest `due` that counts as due at `now`. */
export function dueBy(now: Date): string {
	return new Date(now.getTime() + learnAheadMs).toISOString();
}
