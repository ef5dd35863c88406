/** Showing a due card and grading its answer: on the server, so the key stays here until then. */
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';
import { grade, Rejected } from '../quiz/grading';
import { shuffle } from '../quiz/plan';
import { readingChars, scheduleColumns, takeQuizAnswers, type CaughtUp } from './cards';
import { dailyNewCards, dueQueue, pickNext } from './queue';
import { ratingFor, reschedule } from './schedule';

export interface ShownCard {
	showingId: string;
	questionId: string;
	kind: string;
	prompt: string;
	choices: string[];
	asOf: string;
	article: { slug: string; title: string };
}

/**
 * The next due card as the learner sees it, or null when nothing is due. A card keeps its
 * shuffled choices until it is answered; the next time it comes up they are shuffled anew.
 */
export async function showNext(
	db: Kysely<Database>,
	learner: CaughtUp,
	now: Date,
	newPerDay = dailyNewCards
): Promise<ShownCard | null> {
	const { userId } = learner;
	const [queue, lastArticle] = await Promise.all([
		dueQueue(db, learner, now, newPerDay),
		lastReviewedArticle(db, userId)
	]);
	const next = pickNext(queue, lastArticle);
	if (!next) return null;
	if (!next.showing_id) await openShowing(db, userId, next.question_id, now);
	const shown = await db
		.selectFrom('review_card')
		.innerJoin('question_version', 'question_version.id', 'review_card.showing_version_id')
		.innerJoin('question', 'question.id', 'review_card.question_id')
		.innerJoin('article', 'article.slug', 'question.article_slug')
		.select([
			'review_card.showing_id',
			'review_card.showing_choices',
			'question.id',
			'question.kind',
			'question.as_of',
			'question_version.prompt',
			'article.slug',
			'article.title'
		])
		.where('review_card.user_id', '=', userId)
		.where('review_card.question_id', '=', next.question_id)
		.executeTakeFirstOrThrow();
	return {
		showingId: shown.showing_id!,
		questionId: shown.id,
		kind: shown.kind,
		prompt: shown.prompt,
		choices: JSON.parse(shown.showing_choices!),
		asOf: shown.as_of,
		article: { slug: shown.slug, title: shown.title }
	};
}

async function openShowing(db: Kysely<Database>, userId: string, questionId: string, now: Date) {
	const version = await db
		.selectFrom('question_version')
		.innerJoin('question', (join) =>
			join
				.onRef('question.id', '=', 'question_version.question_id')
				.onRef('question.current_version', '=', 'question_version.version')
		)
		.select(['question_version.id', 'question_version.answer', 'question_version.distractors'])
		.where('question.id', '=', questionId)
		.executeTakeFirstOrThrow();
	await db
		.updateTable('review_card')
		.set({
			showing_id: crypto.randomUUID(),
			showing_version_id: version.id,
			// A fresh order for each showing; an order is no secret, so Math.random will do.
			showing_choices: JSON.stringify(
				shuffle([version.answer, ...JSON.parse(version.distractors)], Math.random)
			),
			shown_at: now.toISOString()
		})
		.where('user_id', '=', userId)
		.where('question_id', '=', questionId)
		// Two tabs loading at once: the first showing stands, the second reads it.
		.where('showing_id', 'is', null)
		.execute();
}

async function lastReviewedArticle(db: Kysely<Database>, userId: string): Promise<string | null> {
	const last = await db
		.selectFrom('review_log')
		.innerJoin('question', 'question.id', 'review_log.question_id')
		.select('question.article_slug')
		.where('review_log.user_id', '=', userId)
		.orderBy('review_log.reviewed_at', 'desc')
		.limit(1)
		.executeTakeFirst();
	return last?.article_slug ?? null;
}

export type AnswerOutcome = { logId: string } | { problem: string };

/**
 * Grades the answer to an open showing, logs it and reschedules the card, all at once. The log
 * takes the showing's id, so a second submit of the same showing finds it stored and changes
 * nothing.
 */
export async function answerShowing(
	db: Kysely<Database>,
	{
		userId,
		showingId,
		choice,
		now
	}: { userId: string; showingId: string; choice: string; now: Date }
): Promise<AnswerOutcome> {
	return db.transaction().execute(async (trx) => {
		// Quiz answers given before this one rate the card first, as they would have in time order.
		await takeQuizAnswers(trx, userId);
		const card = await trx
			.selectFrom('review_card')
			.innerJoin('question_version', 'question_version.id', 'review_card.showing_version_id')
			.select([...scheduleColumns.map((c) => `review_card.${c}` as const)])
			.select([
				'review_card.question_id',
				'review_card.showing_choices',
				'review_card.shown_at',
				'question_version.id as version_id',
				'question_version.prompt',
				'question_version.answer',
				'question_version.distractors'
			])
			.where('review_card.user_id', '=', userId)
			.where('review_card.showing_id', '=', showingId)
			.executeTakeFirst();
		if (!card) {
			const stored = await trx
				.selectFrom('review_log')
				.select('id')
				.where('id', '=', showingId)
				.where('user_id', '=', userId)
				.executeTakeFirst();
			return stored
				? { logId: stored.id }
				: { problem: 'This card is not being shown any more. Open review again for the next one.' };
		}
		const shown = { questionId: card.question_id, versionId: card.version_id };
		let correct: boolean;
		try {
			correct = grade(
				{ ...shown, choices: JSON.parse(card.showing_choices!) },
				card.answer,
				choice
			);
		} catch (e) {
			if (e instanceof Rejected) return { problem: e.message };
			throw e;
		}
		const msTaken = Math.max(0, now.getTime() - Date.parse(card.shown_at!));
		const rating = ratingFor({ correct, msTaken, readingChars: readingChars(card) });
		const logged = await trx
			.insertInto('review_log')
			.values({
				id: showingId,
				user_id: userId,
				question_id: card.question_id,
				question_version_id: card.version_id,
				choice,
				correct: correct ? 1 : 0,
				rating,
				ms_taken: msTaken,
				reviewed_at: now.toISOString()
			})
			// A concurrent submit of the same showing got here first: keep its answer.
			.onConflict((oc) => oc.column('id').doNothing())
			.executeTakeFirst();
		if (!logged.numInsertedOrUpdatedRows) return { logId: showingId };
		await trx
			.updateTable('review_card')
			.set((eb) => ({
				...reschedule(card, rating, now),
				showing_id: null,
				showing_version_id: null,
				showing_choices: null,
				shown_at: null,
				first_reviewed_at: eb.fn.coalesce('first_reviewed_at', eb.val(now.toISOString()))
			}))
			.where('user_id', '=', userId)
			.where('question_id', '=', card.question_id)
			.execute();
		return { logId: showingId };
	});
}

export interface ReviewFeedback {
	questionId: string;
	prompt: string;
	choice: string;
	correct: boolean;
	answer: string;
	explanation: string | null;
	evidence: { start: number; end: number; text: string };
	asOf: string;
	article: { slug: string; title: string; body: string };
	/** When the card comes back, as rescheduled by this answer or any later one. */
	nextDue: string;
}

/** What a stored review answer was and why, for its learner only: the feedback after answering. */
export async function reviewFeedback(
	db: Kysely<Database>,
	userId: string,
	logId: string
): Promise<ReviewFeedback | null> {
	const row = await db
		.selectFrom('review_log')
		.innerJoin('question_version', 'question_version.id', 'review_log.question_version_id')
		.innerJoin('question', 'question.id', 'review_log.question_id')
		.innerJoin('article', 'article.slug', 'question.article_slug')
		.innerJoin('review_card', (join) =>
			join
				.onRef('review_card.user_id', '=', 'review_log.user_id')
				.onRef('review_card.question_id', '=', 'review_log.question_id')
		)
		.select([
			'question.id as question_id',
			'question.as_of',
			'question_version.prompt',
			'question_version.answer',
			'question_version.explanation',
			'question_version.evidence_start',
			'question_version.evidence_end',
			'question_version.evidence_text',
			'review_log.choice',
			'review_log.correct',
			'article.slug',
			'article.title',
			'article.body',
			'review_card.due'
		])
		.where('review_log.id', '=', logId)
		.where('review_log.user_id', '=', userId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		questionId: row.question_id,
		prompt: row.prompt,
		choice: row.choice,
		correct: row.correct === 1,
		answer: row.answer,
		explanation: row.explanation,
		evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
		asOf: row.as_of,
		article: { slug: row.slug, title: row.title, body: row.body },
		nextDue: row.due
	};
}
