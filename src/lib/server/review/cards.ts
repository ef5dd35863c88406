import type { Kysely } from 'kysely';
import type { Database, QuestionVersionRow } from '../db/types';
import { ratingFor, reschedule, type Schedule } from './schedule';

export interface QuizAnswer {
	userId: string;
	questionId: string;
	versionId: string;
	correct: boolean;
	msTaken: number | null;
	now: Date;
}

export const scheduleColumns = [
	'due',
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
	'state',
	'last_review'
] as const satisfies readonly (keyof Schedule)[];

/** Characters a learner reads before answering: the prompt and every choice. */
export function readingChars(
	version: Pick<QuestionVersionRow, 'prompt' | 'answer' | 'distractors'>
): number {
	const distractors: string[] = JSON.parse(version.distractors);
	return [version.prompt, version.answer, ...distractors].join('').length;
}

/**
 * Makes or reschedules the learner's card for a question answered in a quiz: the quiz answer
 * is the card's review. Call it once per stored answer, in the transaction that stored it, so
 * a double submit that stores nothing reschedules nothing.
 */
export async function reviewAnswered(db: Kysely<Database>, answer: QuizAnswer): Promise<void> {
	const { userId, questionId, versionId, correct, msTaken, now } = answer;
	const [version, card] = await Promise.all([
		db
			.selectFrom('question_version')
			.select(['prompt', 'answer', 'distractors'])
			.where('id', '=', versionId)
			.executeTakeFirstOrThrow(),
		db
			.selectFrom('review_card')
			.select(scheduleColumns)
			.where('user_id', '=', userId)
			.where('question_id', '=', questionId)
			.executeTakeFirst()
	]);
	const schedule = reschedule(
		card ?? null,
		ratingFor({ correct, msTaken, readingChars: readingChars(version) }),
		now
	);
	await db
		.insertInto('review_card')
		.values({
			...schedule,
			user_id: userId,
			question_id: questionId,
			created_at: now.toISOString()
		})
		.onConflict((oc) => oc.columns(['user_id', 'question_id']).doUpdateSet(schedule))
		.execute();
}

/**
 * Hands a guest's review history to the account they signed in to. Where both studied the same
 * question the card reviewed last wins; logs are all kept. Run it in the merge's transaction,
 * before the guest is deleted (which would delete the guest's cards with it).
 */
export async function moveReview(db: Kysely<Database>, fromUserId: string, toUserId: string) {
	await db
		.updateTable('review_log')
		.set({ user_id: toUserId })
		.where('user_id', '=', fromUserId)
		.execute();
	const [guestCards, accountCards] = await Promise.all(
		[fromUserId, toUserId].map((userId) =>
			db.selectFrom('review_card').selectAll().where('user_id', '=', userId).execute()
		)
	);
	const accountCardByQuestion = new Map(accountCards.map((card) => [card.question_id, card]));
	for (const card of guestCards) {
		const other = accountCardByQuestion.get(card.question_id);
		const update = other
			? {
					...scheduleOf((card.last_review ?? '') > (other.last_review ?? '') ? card : other),
					first_reviewed_at: earliest(card.first_reviewed_at, other.first_reviewed_at)
				}
			: { user_id: toUserId };
		await db
			.updateTable('review_card')
			.set(update)
			.where('user_id', '=', other ? toUserId : fromUserId)
			.where('question_id', '=', card.question_id)
			.execute();
	}
	await db.deleteFrom('review_card').where('user_id', '=', fromUserId).execute();
}

function scheduleOf(card: Schedule): Schedule {
	return Object.fromEntries(scheduleColumns.map((column) => [column, card[column]])) as Schedule;
}

function earliest(a: string | null, b: string | null): string | null {
	return a === null ? b : b === null || a < b ? a : b;
}
