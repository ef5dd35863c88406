import type { Kysely } from 'kysely';
import type { AnswerRow, Database } from '../db/types';
import { reviewAnswered } from '../review/cards';
import { finishIfComplete, lockOwned, type Attempt, type Owned } from './attempts';
import { grade, itemOf, Rejected } from './grading';
import { askedVersion } from './versions';

export interface AnswerInput {
	/** The attempt the answer form names, with the learner and quiz it must belong to. */
	attempt: Owned;
	questionId: string;
	choice: string;
	/** Time from the question being shown to the answer, when known. */
	msTaken: number | null;
	/**
	 * When the quiz page says it showed the question, instead of msTaken: the time from then is
	 * kept only when believable, not before the attempt started and not in the future.
	 */
	shownAt?: Date;
}

export interface Recorded {
	answer: AnswerRow;
	attempt: Attempt;
}

/**
 * Grades and stores one answer, once: a second submit of the same question (a double click, a
 * resent form) gets the answer stored first. Throws Rejected for an attempt that is not the
 * learner's, a question outside the attempt or a choice that was never offered. Everything that
 * follows from an answer hangs off here, in one transaction.
 */
export async function recordAnswer(
	db: Kysely<Database>,
	{ attempt: owned, questionId, choice, msTaken, shownAt }: AnswerInput,
	now = new Date()
): Promise<Recorded> {
	return db.transaction().execute(async (trx) => {
		const attempt = await lockOwned(trx, owned);
		if (!attempt)
			throw new Rejected(
				'This quiz attempt is not yours or no longer exists. Start the quiz again.'
			);
		const item = itemOf(attempt.plan, questionId);
		const correct = grade(item, (await askedVersion(trx, item.versionId)).answer, choice);
		const taken = shownAt ? now.getTime() - shownAt.getTime() : msTaken;
		const believable =
			!shownAt || (taken! >= 0 && taken! <= now.getTime() - Date.parse(attempt.started_at));
		// The unique (attempt, question) constraint decides who was first, not a read before the write.
		const inserted = await trx
			.insertInto('answer')
			.values({
				id: crypto.randomUUID(),
				attempt_id: attempt.id,
				user_id: attempt.user_id,
				question_id: questionId,
				question_version_id: item.versionId,
				choice,
				correct: correct ? 1 : 0,
				answered_at: now.toISOString(),
				ms_taken: believable ? taken : null
			})
			.onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doNothing())
			.returningAll()
			.executeTakeFirst();
		if (!inserted) {
			const first = await trx
				.selectFrom('answer')
				.selectAll()
				.where('attempt_id', '=', attempt.id)
				.where('question_id', '=', questionId)
				.executeTakeFirstOrThrow();
			return { answer: first, attempt };
		}
		await finishIfComplete(trx, attempt, now);
		// Every answered question becomes (or reschedules) the learner's review card.
		await reviewAnswered(trx, {
			userId: attempt.user_id,
			questionId,
			versionId: item.versionId,
			correct,
			msTaken: inserted.ms_taken,
			now
		});
		return { answer: inserted, attempt };
	});
}

export function listForAttempt(db: Kysely<Database>, attemptId: string): Promise<AnswerRow[]> {
	return db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).execute();
}
