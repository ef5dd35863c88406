import type { Kysely } from 'kysely';
import { State } from 'ts-fsrs';
import type { Database } from '../db/types';
import { reviewableStatuses } from '../questions/status';
import type { CaughtUp } from './cards';
import { addDays, localDay, startOfDay } from './days';

/** Review answers on each of the learner's days from `since` (all of them if null) to `until`. */
async function reviewsByDay(
	db: Kysely<Database>,
	{ userId, timeZone }: CaughtUp,
	since: Date | null,
	until: Date
): Promise<Map<string, { answered: number; correct: number }>> {
	// Counted by UTC minute in the database (every zone is a whole number of minutes off UTC),
	// then gathered into the learner's days here, which SQL could not do for any zone.
	let query = db
		.selectFrom('review_log')
		.select((eb) => [
			eb.fn<string>('substr', ['reviewed_at', eb.lit(1), eb.lit(16)]).as('minute'),
			eb.fn.countAll<number | string>().as('answered'),
			eb.fn.sum<number | string>('correct').as('correct')
		])
		.where('user_id', '=', userId)
		.where('reviewed_at', '<', until.toISOString())
		.groupBy('minute');
	if (since) query = query.where('reviewed_at', '>=', since.toISOString());
	const days = new Map<string, { answered: number; correct: number }>();
	for (const row of await query.execute()) {
		const day = localDay(new Date(`${row.minute}:00Z`), timeZone);
		const counts = days.get(day) ?? { answered: 0, correct: 0 };
		counts.answered += Number(row.answered);
		counts.correct += Number(row.correct);
		days.set(day, counts);
	}
	return days;
}

export interface Streak {
	/** Days in a row, up to today, with at least one review answered. */
	days: number;
	reviewedToday: boolean;
}

/** Most streaks are read from this many recent days; only one as long is followed further back. */
const streakWindow = 60;

/** A streak survives until a whole day passes without review: today may still be to come. */
export async function streak(db: Kysely<Database>, learner: CaughtUp, now: Date): Promise<Streak> {
	const today = localDay(now, learner.timeZone);
	const tomorrow = startOfDay(addDays(today, 1), learner.timeZone);
	const count = (days: Map<string, unknown>): Streak => {
		const reviewedToday = days.has(today);
		let run = 0;
		for (
			let day = reviewedToday ? today : addDays(today, -1);
			days.has(day);
			day = addDays(day, -1)
		)
			run++;
		return { days: run, reviewedToday };
	};
	const since = startOfDay(addDays(today, -streakWindow), learner.timeZone);
	const recent = count(await reviewsByDay(db, learner, since, tomorrow));
	if (recent.days < streakWindow) return recent;
	return count(await reviewsByDay(db, learner, null, tomorrow));
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
	learner: CaughtUp,
	now: Date
): Promise<Retention> {
	const { userId, timeZone } = learner;
	const today = localDay(now, timeZone);
	const week = Array.from({ length: 7 }, (_, i) => addDays(today, i));
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
			.where('review_card.due', '<', startOfDay(addDays(today, 7), timeZone).toISOString())
			.execute(),
		reviewsByDay(
			db,
			learner,
			startOfDay(addDays(today, -29), timeZone),
			startOfDay(addDays(today, 1), timeZone)
		)
	]);
	const counts = new Map(states.map((s) => [s.state, Number(s.cards)]));
	const dueDays = dues.map((d) => localDay(new Date(d.due), timeZone));
	return {
		byState: ([State.New, State.Learning, State.Review, State.Relearning] as const).map((s) => ({
			state: stateNames[s],
			cards: counts.get(s) ?? 0
		})),
		dueByDay: week.map((day, i) => ({
			day,
			cards: dueDays.filter((d) => (i === 0 ? d < week[1] : d === day)).length
		})),
		accuracyByDay: [...accuracy]
			.sort(([a], [b]) => a.localeCompare(b))
			.map(([day, counts]) => ({ day, ...counts }))
	};
}
