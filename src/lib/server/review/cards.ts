import type { Kysely } from 'kysely';
import type { Database, QuestionVersionRow } from '../db/types';
import { askedVersion } from '../quiz/versions';
import { ratingFor, reschedule, type Schedule } from './schedule';

export interface QuizAnswer {
	userId: string;
	questionId: string;
	/** The version the quiz asked (its plan's), which never changes. */
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
		askedVersion(db, versionId),
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
