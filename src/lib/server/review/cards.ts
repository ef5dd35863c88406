import type { ExpressionBuilder, Kysely } from 'kysely';
import type { Database, QuestionVersionRow } from '../db/types';
import { askedVersion } from '../quiz/versions';
import { defaultTimeZone } from './days';
import { isKnownTimeZone } from './time-zone';
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
 * Puts the learner's quiz answers that are not on their review cards yet onto them, oldest
 * first, each as of the moment it was given: the cards come out as if every answer had
 * rescheduled its card when it was stored, but storing an answer stays one statement.
 * Whatever reads a learner's cards does this first (through `catchUp`). Claiming the answers and
 * rescheduling are one transaction, and a second caller at the same moment finds them claimed,
 * so no answer counts twice.
 */
export async function takeQuizAnswers(db: Kysely<Database>, userId: string): Promise<void> {
	const learner = await db
		.selectFrom('user')
		.select((eb) => answersWaiting(eb, userId).as('waiting'))
		.where('id', '=', userId)
		.executeTakeFirst();
	if (learner?.waiting) await claimQuizAnswers(db, userId);
}

/**
 * Whether the learner has quiz answers not on their cards yet, found through their attempts:
 * answers are keyed by attempt, attempts indexed by learner.
 */
function answersWaiting(eb: ExpressionBuilder<Database, 'user'>, userId: string) {
	return eb.exists(
		eb
			.selectFrom('answer')
			.select('answer.question_id')
			.where('answer.attempt_id', 'in', (inner) =>
				inner.selectFrom('attempt').select('attempt.id').where('attempt.user_id', '=', userId)
			)
			.where('answer.on_card', '=', 0)
	);
}

async function claimQuizAnswers(db: Kysely<Database>, userId: string): Promise<void> {
	const take = async (trx: Kysely<Database>) => {
		const taken = await trx
			.updateTable('answer')
			.set({ on_card: 1 })
			.where('attempt_id', 'in', (eb) =>
				eb.selectFrom('attempt').select('id').where('user_id', '=', userId)
			)
			.where('on_card', '=', 0)
			.returning([
				'attempt_id',
				'question_id',
				'question_version_id',
				'correct',
				'ms_taken',
				'answered_at'
			])
			.execute();
		taken.sort(
			(a, b) =>
				a.answered_at.localeCompare(b.answered_at) ||
				a.attempt_id.localeCompare(b.attempt_id) ||
				a.question_id.localeCompare(b.question_id)
		);
		for (const answer of taken)
			await reviewAnswered(trx, {
				userId,
				questionId: answer.question_id,
				versionId: answer.question_version_id,
				correct: answer.correct === 1,
				msTaken: answer.ms_taken,
				now: new Date(answer.answered_at)
			});
	};
	if (db.isTransaction) await take(db);
	else await db.transaction().execute(take);
}

const caughtUp = Symbol('caught up');

/**
 * A learner whose stored quiz answers were all put on their cards when this was made, with the
 * time zone their review days follow. Only `catchUp` makes one and every function that reads
 * cards takes one, so no reader can skip the catch-up, and a request that reads cards several
 * ways catches up once and passes it on.
 */
export interface CaughtUp {
	readonly userId: string;
	/** The zone the learner set; null when they have none. */
	readonly storedTimeZone: string | null;
	/** The zone their days follow: the one set if known, else UTC. */
	readonly timeZone: string;
	readonly [caughtUp]: true;
}

/**
 * Puts the learner's waiting quiz answers on their cards, for reading the cards after. Whether
 * any wait comes with the learner's time zone, in one statement.
 */
export async function catchUp(db: Kysely<Database>, userId: string): Promise<CaughtUp> {
	const learner = await db
		.selectFrom('user')
		.select((eb) => ['time_zone', answersWaiting(eb, userId).as('waiting')])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (learner?.waiting) await claimQuizAnswers(db, userId);
	const storedTimeZone = learner?.time_zone ?? null;
	return {
		userId,
		storedTimeZone,
		// A zone this server's clock no longer knows (after an upgrade) counts as none.
		timeZone: storedTimeZone && isKnownTimeZone(storedTimeZone) ? storedTimeZone : defaultTimeZone,
		[caughtUp]: true
	};
}

/**
 * Makes or reschedules the learner's card for a question answered in a quiz: the quiz answer
 * is the card's review. The app calls it through takeQuizAnswers, once per stored answer.
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
	// Answers keep their version (a foreign key), so it is there.
	const schedule = reschedule(
		card ?? null,
		ratingFor({ correct, msTaken, readingChars: readingChars(version!) }),
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
