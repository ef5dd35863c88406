import type { Transaction } from 'kysely';
import type { Database } from '../db/types';
import { isGuest } from '../identity/guests';
import { takeQuizAnswers } from '../review/cards';
import { replaySchedule } from '../review/history';

/**
 * Moves everything a guest did into an account (login on a browser that was used as a
 * guest), then deletes the guest. Runs in the caller's transaction: half a merge would
 * split a learner's history between two users.
 */
export async function mergeGuestInto(
	trx: Transaction<Database>,
	guestId: string,
	accountId: string
): Promise<void> {
	// The id comes from a cookie: only a guest that still exists is merged, never an account.
	if (!(await isGuest(trx, guestId))) return;
	// Both cards must hold all of their own answers before they can be merged.
	await takeQuizAnswers(trx, guestId);
	await takeQuizAnswers(trx, accountId);
	// Answers belong to attempts, and an attempt's answers are unique per attempt,
	// so moving whole attempts can neither lose nor double an answer.
	await trx
		.updateTable('attempt')
		.set({ user_id: accountId })
		.where('user_id', '=', guestId)
		.execute();
	await trx
		.updateTable('review_log')
		.set({ user_id: accountId })
		.where('user_id', '=', guestId)
		.execute();
	await mergeReviewCards(trx, guestId, accountId);
	await mergeClassMemberships(trx, guestId, accountId);
	await trx.deleteFrom('user').where('id', '=', guestId).where('role', '=', 'guest').execute();
}

/**
 * One card per learner and question. Where both had one, the account's card is rebuilt from
 * both histories in time order (the answers and review logs already moved above), so no
 * answer is lost or counted twice; it was new to review on the earlier of the two first days,
 * so it counts once against that day's new-card limit.
 */
async function mergeReviewCards(trx: Transaction<Database>, guestId: string, accountId: string) {
	const shared = await trx
		.selectFrom('review_card as g')
		.innerJoin('review_card as a', 'a.question_id', 'g.question_id')
		.select([
			'g.question_id',
			'g.created_at as guestCreated',
			'a.created_at as accountCreated',
			'g.first_reviewed_at as guestFirst',
			'a.first_reviewed_at as accountFirst'
		])
		.where('g.user_id', '=', guestId)
		.where('a.user_id', '=', accountId)
		.execute();
	for (const card of shared) {
		const schedule = await replaySchedule(trx, accountId, card.question_id);
		await trx
			.updateTable('review_card')
			.set({
				...schedule,
				created_at: earliest(card.guestCreated, card.accountCreated)!,
				first_reviewed_at: earliest(card.guestFirst, card.accountFirst)
			})
			.where('user_id', '=', accountId)
			.where('question_id', '=', card.question_id)
			.execute();
	}
	await trx
		.deleteFrom('review_card')
		.where('user_id', '=', guestId)
		.where('question_id', 'in', (eb) =>
			eb.selectFrom('review_card').select('question_id').where('user_id', '=', accountId)
		)
		.execute();
	await trx
		.updateTable('review_card')
		.set({ user_id: accountId })
		.where('user_id', '=', guestId)
		.execute();
}

/** The earlier of two ISO timestamps, either of which may be missing. */
function earliest(a: string | null, b: string | null): string | null {
	if (a === null || b === null) return a ?? b;
	return a < b ? a : b;
}

async function mergeClassMemberships(
	trx: Transaction<Database>,
	guestId: string,
	accountId: string
) {
	await trx
		.deleteFrom('class_member')
		.where('user_id', '=', guestId)
		.where('class_id', 'in', (eb) =>
			eb.selectFrom('class_member').select('class_id').where('user_id', '=', accountId)
		)
		.execute();
	await trx
		.updateTable('class_member')
		.set({ user_id: accountId })
		.where('user_id', '=', guestId)
		.execute();
}
