import type { Grade } from 'ts-fsrs';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';
import { readingChars } from './cards';
import { ratingFor, reschedule, type Schedule } from './schedule';

/**
 * A learner's card for a question rebuilt from everything that rated it: each quiz answer and
 * each review answer, oldest first, through the same scheduler that rated them at the time.
 * Null when nothing rated it. This is how two histories of one question (a guest's and an
 * account's) become one card, as if one learner had answered them all.
 */
export async function replaySchedule(
	db: Kysely<Database>,
	userId: string,
	questionId: string
): Promise<Schedule | null> {
	const [answers, reviews] = await Promise.all([
		db
			.selectFrom('attempt')
			.innerJoin('answer', 'answer.attempt_id', 'attempt.id')
			.innerJoin('question_version', 'question_version.id', 'answer.question_version_id')
			.select([
				'answer.answered_at',
				'answer.correct',
				'answer.ms_taken',
				'question_version.prompt',
				'question_version.answer',
				'question_version.distractors'
			])
			.where('attempt.user_id', '=', userId)
			.where('answer.question_id', '=', questionId)
			.execute(),
		db
			.selectFrom('review_log')
			.select(['reviewed_at', 'rating'])
			.where('user_id', '=', userId)
			.where('question_id', '=', questionId)
			.execute()
	]);
	const ratings: { at: string; rating: Grade }[] = [
		...answers.map((a) => ({
			at: a.answered_at,
			rating: ratingFor({
				correct: a.correct === 1,
				msTaken: a.ms_taken,
				readingChars: readingChars(a)
			})
		})),
		...reviews.map((r) => ({ at: r.reviewed_at, rating: r.rating as Grade }))
	].sort((a, b) => a.at.localeCompare(b.at));
	return ratings.reduce<Schedule | null>(
		(card, { at, rating }) => reschedule(card, rating, new Date(at)),
		null
	);
}
