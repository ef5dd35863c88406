import type { Kysely } from 'kysely';
import type { AnswerRow, Database } from '../db/types';
import { reviewAnswered } from '../review/cards';
import { finishIfComplete, type Attempt } from './attempts';
import { grade, itemOf } from './grading';

export interface AnswerInput {
	attempt: Attempt;
	questionId: string;
	choice: string;
	/** Time from the question being shown to the answer, when known. */
	msTaken: number | null;
}

/**
 * Grades and stores one answer, once: a second submit of the same question (a double click, a
 * resent form) gets the answer stored first. Throws Rejected for a question outside the attempt
 * or a choice that was never offered. Everything that follows from an answer hangs off here.
 */
export async function recordAnswer(
	db: Kysely<Database>,
	{ attempt, questionId, choice, msTaken }: AnswerInput,
	now = new Date()
): Promise<AnswerRow> {
	const item = itemOf(attempt.plan, questionId);
	const { answer } = await db
		.selectFrom('question_version')
		.select('answer')
		.where('id', '=', item.versionId)
		.executeTakeFirstOrThrow();
	const correct = grade(item, answer, choice);
	return db.transaction().execute(async (trx) => {
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
				ms_taken: msTaken
			})
			.onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doNothing())
			.executeTakeFirst();
		const stored = await trx
			.selectFrom('answer')
			.selectAll()
			.where('attempt_id', '=', attempt.id)
			.where('question_id', '=', questionId)
			.executeTakeFirstOrThrow();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
			await finishIfComplete(trx, attempt, now);
			// Every answered question becomes (or reschedules) the learner's review card.
			await reviewAnswered(trx, {
				userId: attempt.user_id,
				questionId,
				versionId: item.versionId,
				correct,
				msTaken,
				now
			});
		}
		return stored;
	});
}

export function listForAttempt(db: Kysely<Database>, attemptId: string): Promise<AnswerRow[]> {
	return db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).execute();
}
