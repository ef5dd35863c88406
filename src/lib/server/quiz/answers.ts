import { sql, type Kysely } from 'kysely';
import type { AnswerRow, AttemptRow, Database } from '../db/types';
import { prepared } from '../db/prepared';
import { askedIn, type Owned } from './attempts';
import { grade, itemOf, Rejected } from './grading';
import type { Plan } from './plan';
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
	plan: Plan;
}

const answerColumns = [
	'attempt_id',
	'question_id',
	'question_version_id',
	'choice',
	'correct',
	'answered_at',
	'ms_taken',
	'on_card'
] as const;

const integer = (n: number | null) => sql<number>`cast(${n} as integer)`;

/**
 * Stores an answer only if its attempt belongs to that learner and that quiz; nothing if the
 * question was answered in that attempt already. It returns no row: the caller has every value,
 * and on PostgreSQL sending the row back cost a fifth of the insert's throughput.
 */
const storeAnswer = prepared((db, v: AnswerRow & Pick<AttemptRow, 'user_id' | 'article_slug'>) =>
	db
		.insertInto('answer')
		.columns(answerColumns)
		.expression((eb) =>
			eb
				.selectFrom('attempt')
				.select([
					'id as attempt_id',
					eb.val(v.question_id).as('question_id'),
					eb.val(v.question_version_id).as('question_version_id'),
					eb.val(v.choice).as('choice'),
					integer(v.correct).as('correct'),
					eb.val(v.answered_at).as('answered_at'),
					integer(v.ms_taken).as('ms_taken'),
					integer(v.on_card).as('on_card')
				])
				.where('id', '=', v.attempt_id)
				.where('user_id', '=', v.user_id)
				.where('article_slug', '=', v.article_slug)
		)
		.onConflict((oc) => oc.columns(['attempt_id', 'question_id']).doNothing())
);

const notYours = 'This quiz attempt is not yours or no longer exists. Start the quiz again.';

/**
 * Grades and stores one answer, once: a second submit of the same question (a double click, a
 * resent form) gets the answer stored first. Throws Rejected for an attempt that is not the
 * learner's, a question outside the attempt or a choice that was never offered.
 *
 * The store is one statement, one round trip on PostgreSQL: the plan and the answer key come
 * from what this process remembers of them (they never change), the statement itself checks
 * that the attempt is the learner's, the unique (attempt, question) constraint decides who was
 * first. Nothing else is written: the attempt is finished when read with all its answers
 * (attempts.ts `finishedAt`), and the review card takes the answer when the cards are next read
 * (review/cards.ts).
 */
export async function recordAnswer(
	db: Kysely<Database>,
	{ attempt: owned, questionId, choice, msTaken, shownAt }: AnswerInput,
	now = new Date()
): Promise<Recorded> {
	const asked = await askedIn(db, owned.id);
	if (!asked) throw new Rejected(notYours);
	const item = itemOf(asked.plan, questionId);
	const version = await askedVersion(db, item.versionId);
	if (!version) throw new Rejected('This question was removed from the quiz. Go on to the next.');
	const correct = grade(item, version.answer, choice);
	const taken = shownAt ? now.getTime() - shownAt.getTime() : msTaken;
	const believable =
		!shownAt || (taken! >= 0 && taken! <= now.getTime() - Date.parse(asked.started_at));
	const answer: AnswerRow = {
		attempt_id: owned.id,
		question_id: questionId,
		question_version_id: item.versionId,
		choice,
		correct: correct ? 1 : 0,
		answered_at: now.toISOString(),
		ms_taken: believable ? taken : null,
		on_card: 0
	};
	const { numAffectedRows } = await storeAnswer(db, {
		...answer,
		user_id: owned.user_id,
		article_slug: owned.article_slug
	});
	if (numAffectedRows) return { answer, plan: asked.plan };
	// Nothing stored: either this question was answered first by an earlier submit, or the
	// attempt is someone else's (or at another quiz).
	const first = await db
		.selectFrom('answer')
		.innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
		.selectAll('answer')
		.where('attempt.id', '=', owned.id)
		.where('attempt.user_id', '=', owned.user_id)
		.where('attempt.article_slug', '=', owned.article_slug)
		.where('answer.question_id', '=', questionId)
		.executeTakeFirst();
	if (!first) throw new Rejected(notYours);
	return { answer: first, plan: asked.plan };
}

export function listForAttempt(db: Kysely<Database>, attemptId: string): Promise<AnswerRow[]> {
	return db.selectFrom('answer').selectAll().where('attempt_id', '=', attemptId).execute();
}
