import type { Kysely } from 'kysely';
import type { Database, QuestionTable } from '../db/types';

/**
 * Statuses whose questions learners are asked again in review: the ones quizzes ask. A retired
 * question's facts went stale (a teacher said so), a stale one is no longer generated, a draft
 * is not finished.
 */
export const reviewableStatuses: QuestionTable['status'][] = ['published'];

/** Takes a question out of use; past answers stay, and it leaves every review queue. */
export async function retireQuestion(db: Kysely<Database>, questionId: string): Promise<boolean> {
	const result = await db
		.updateTable('question')
		.set({ status: 'retired', updated_at: new Date().toISOString() })
		.where('id', '=', questionId)
		.executeTakeFirst();
	return result.numUpdatedRows > 0n;
}
