import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types';
import { reviewableStatuses } from '../questions/status';
import type { CaughtUp } from './cards';
import { dayStart } from './days';
import { dueBy } from './schedule';

/**
 * Cards entering review for the first time each day, unless LEDE_REVIEW_NEW_CARDS says
 * otherwise: a long quiz missed badly should not bury the learner in one session.
 */
export const dailyNewCards = 20;

const newCardSetting = z.coerce
	.number({ error: 'LEDE_REVIEW_NEW_CARDS must be a whole number of cards, e.g. 20' })
	.int('LEDE_REVIEW_NEW_CARDS must be a whole number of cards, e.g. 20')
	.min(1, 'LEDE_REVIEW_NEW_CARDS must be at least 1');

/** The daily new-card limit from its setting: the default when unset, a clear error when wrong. */
export function newCardLimit(setting: string | undefined): number {
	if (setting === undefined || setting.trim() === '') return dailyNewCards;
	const parsed = newCardSetting.safeParse(setting);
	if (!parsed.success) throw new Error(parsed.error.issues[0].message);
	return parsed.data;
}

export interface DueCard {
	question_id: string;
	article_slug: string;
	due: string;
	first_reviewed_at: string | null;
	showing_id: string | null;
}

/**
 * The learner's due cards, earliest first: every card already reviewed, and as many new ones as
 * today's allowance leaves. Retired questions are filtered here, so no queue can show them.
 */
export async function dueQueue(
	db: Kysely<Database>,
	{ userId, timeZone }: CaughtUp,
	now: Date,
	newPerDay = dailyNewCards
): Promise<DueCard[]> {
	const [due, introducedToday] = await Promise.all([
		db
			.selectFrom('review_card')
			.innerJoin('question', 'question.id', 'review_card.question_id')
			.select([
				'review_card.question_id',
				'question.article_slug',
				'review_card.due',
				'review_card.first_reviewed_at',
				'review_card.showing_id'
			])
			.where('review_card.user_id', '=', userId)
			.where('review_card.due', '<=', dueBy(now))
			.where('question.status', 'in', reviewableStatuses)
			.orderBy('review_card.due')
			.orderBy('review_card.question_id')
			.execute(),
		db
			.selectFrom('review_card')
			.select((eb) => eb.fn.countAll<number | string>().as('n'))
			.where('user_id', '=', userId)
			.where('first_reviewed_at', '>=', dayStart(now, timeZone).toISOString())
			.executeTakeFirstOrThrow()
	]);
	let newLeft = Math.max(0, newPerDay - Number(introducedToday.n));
	return due.filter((card) => card.first_reviewed_at !== null || newLeft-- > 0);
}

/** How many cards the learner could review now (the home page's badge). */
export async function countDue(
	db: Kysely<Database>,
	learner: CaughtUp,
	now: Date,
	newPerDay = dailyNewCards
): Promise<number> {
	return (await dueQueue(db, learner, now, newPerDay)).length;
}

/**
 * The card to show next: the one already on screen if it is still due (a reload shows the same
 * card), else the earliest due from another article than the last answered, so articles
 * interleave instead of coming back one after another.
 */
export function pickNext(queue: DueCard[], lastArticle: string | null): DueCard | undefined {
	return (
		queue.find((card) => card.showing_id !== null) ??
		queue.find((card) => card.article_slug !== lastArticle) ??
		queue[0]
	);
}

/** When the learner's next card falls due, for "nothing to review until …"; null without cards. */
export async function nextDue(db: Kysely<Database>, { userId }: CaughtUp): Promise<string | null> {
	const next = await db
		.selectFrom('review_card')
		.innerJoin('question', 'question.id', 'review_card.question_id')
		.select('review_card.due')
		.where('review_card.user_id', '=', userId)
		.where('question.status', 'in', reviewableStatuses)
		.orderBy('review_card.due')
		.limit(1)
		.executeTakeFirst();
	return next?.due ?? null;
}
