import type { Kysely } from 'kysely';
import { State } from 'ts-fsrs';
import type { Database } from '../db/types';
import { reviewableStatuses } from '../questions/status';
import type { CaughtUp } from './cards';
import { dayStart } from './queue';

const dayMs = 24 * 60 * 60_000;

/** YYYY-MM-DD of a UTC day. */
function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

export interface Streak {
	/** Days in a row, up to today, with at least one review answered. */
	days: number;
	reviewedToday: boolean;
}

/** A streak survives until a whole day passes without review: today may still be to come. */
export async function streak(db: Kysely<Database>, userId: string, now: Date): Promise<Streak> {
	const rows = await db
		.selectFrom('review_log')
		.select((eb) => eb.fn<string>('substr', ['reviewed_at', eb.lit(1), eb.lit(10)]).as('day'))
		.distinct()
		.where('user_id', '=', userId)
		.where('reviewed_at', '<', new Date(dayStart(now).getTime() + dayMs).toISOString())
		.orderBy('day', 'desc')
		.execute();
	const days = new Set(rows.map((r) => r.day));
	const today = dayStart(now).getTime();
	const reviewedToday = days.has(isoDay(new Date(today)));
	let count = 0;
	for (
		let day = reviewedToday ? today : today - dayMs;
		days.has(isoDay(new Date(day)));
		day -= dayMs
	)
		count++;
	return { days: count, reviewedToday };
}

export interface Retention {
	byState: { state: 'new' | 'learning' | 'review' | 'relearning'; cards: number }[];
	/** Today (overdue included) and the six days after it. */
	dueByDay: { day: string; cards: number }[];
	/** Days with review answers in the last 30 days, oldest first. */
	accuracyByDay: { day: string; answered: number; correct: number }[];
}

const stateNames = {
	[State.New]: 'new',
	[State.Learning]: 'learning',
	[State.Review]: 'review',
	[State.Relearning]: 'relearning'
} as const;

/** How the learner's memory of reviewed questions stands: for the progress page. */
export async function retention(
	db: Kysely<Database>,
	{ userId }: CaughtUp,
	now: Date
): Promise<Retention> {
	const today = dayStart(now).getTime();
	const week = Array.from({ length: 7 }, (_, i) => isoDay(new Date(today + i * dayMs)));
	const cards = db
		.selectFrom('review_card')
		.innerJoin('question', 'question.id', 'review_card.question_id')
		.where('review_card.user_id', '=', userId)
		.where('question.status', 'in', reviewableStatuses);
	const [states, dues, accuracy] = await Promise.all([
		cards
			.select(['review_card.state', (eb) => eb.fn.countAll<number | string>().as('cards')])
			.groupBy('review_card.state')
			.execute(),
		cards
			.select('review_card.due')
			.where('review_card.due', '<', new Date(today + 7 * dayMs).toISOString())
			.execute(),
		db
			.selectFrom('review_log')
			.select((eb) => [
				eb.fn<string>('substr', ['reviewed_at', eb.lit(1), eb.lit(10)]).as('day'),
				eb.fn.countAll<number | string>().as('answered'),
				eb.fn.sum<number | string>('correct').as('correct')
			])
			.where('user_id', '=', userId)
			.where('reviewed_at', '>=', new Date(today - 29 * dayMs).toISOString())
			.groupBy('day')
			.orderBy('day')
			.execute()
	]);
	const counts = new Map(states.map((s) => [s.state, Number(s.cards)]));
	return {
		byState: ([State.New, State.Learning, State.Review, State.Relearning] as const).map((s) => ({
			state: stateNames[s],
			cards: counts.get(s) ?? 0
		})),
		dueByDay: week.map((day, i) => ({
			day,
			cards: dues.filter((d) => (i === 0 ? d.due < week[1] : d.due.startsWith(day))).length
		})),
		accuracyByDay: accuracy.map((a) => ({
			day: a.day,
			answered: Number(a.answered),
			correct: Number(a.correct)
		}))
	};
}
