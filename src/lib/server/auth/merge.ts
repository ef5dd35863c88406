import type { Transaction } from 'kysely';
import type { Database } from '../db/types';

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
	// Answers belong to attempts, and an attempt's answers are unique per attempt,
	// so moving whole attempts can neither lose nor double an answer.
	await trx
		.updateTable('attempt')
		.set({ user_id: accountId })
		.where('user_id', '=', guestId)
		.execute();
	await trx
		.updateTable('answer')
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

/** One card per learner and question: where both have one, the more recently reviewed card wins. */
async function mergeReviewCards(trx: Transaction<Database>, guestId: string, accountId: string) {
	await trx
		.deleteFrom('review_card as a')
		.where('a.user_id', '=', accountId)
		.where(({ exists, selectFrom }) =>
			exists(
				selectFrom('review_card as g')
					.select('g.question_id')
					.where('g.user_id', '=', guestId)
					.whereRef('g.question_id', '=', 'a.question_id')
					// A card never reviewed sorts before any reviewed one.
					.where((eb) =>
						eb(
							eb.fn.coalesce('g.last_review', eb.val('')),
							'>',
							eb.fn.coalesce('a.last_review', eb.val(''))
						)
					)
			)
		)
		.execute();
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
