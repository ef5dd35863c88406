/** A learner's record across every quiz, for the progress page. */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/types';
import { attemptSummaries } from './articles';

export interface Accuracy {
	label: string;
	correct: number;
	total: number;
}

export interface FinishedAttempt {
	id: string;
	slug: string;
	title: string;
	mode: string;
	finished: string;
	correct: number;
	total: number;
}

export interface Missed {
	questionId: string;
	slug: string;
	title: string;
	prompt: string;
	misses: number;
	tries: number;
}

export interface Progress {
	attempts: FinishedAttempt[];
	byKind: Accuracy[];
	byArticle: (Accuracy & { slug: string })[];
	missed: Missed[];
}

const shownMissed = 10;

export async function progress(db: Kysely<Database>, userId: string): Promise<Progress> {
	const answers = db
		.selectFrom('attempt as t')
		.innerJoin('answer as x', 'x.attempt_id', 't.id')
		.innerJoin('question as q', 'q.id', 'x.question_id')
		.innerJoin('article as a', 'a.slug', 'q.article_slug')
		.where('t.user_id', '=', userId);
	const right = sql<number>`sum(x.correct)`;
	const tries = sql<number>`count(*)`;
	const [attempts, titles, byKind, byArticle, missed] = await Promise.all([
		attemptSummaries(db, userId),
		db.selectFrom('article').select(['slug', 'title']).execute(),
		answers
			.groupBy('q.kind')
			.select(['q.kind as label', right.as('correct'), tries.as('total')])
			.orderBy('q.kind')
			.execute(),
		answers
			.groupBy(['a.slug', 'a.title'])
			.select(['a.slug', 'a.title as label', right.as('correct'), tries.as('total')])
			.orderBy('a.title')
			.execute(),
		answers
			.innerJoin('question_version as v', (join) =>
				join.onRef('v.question_id', '=', 'q.id').onRef('v.version', '=', 'q.current_version')
			)
			.groupBy(['q.id', 'a.slug', 'a.title', 'v.prompt'])
			.having(right, '<', tries)
			.select([
				'q.id as questionId',
				'a.slug',
				'a.title',
				'v.prompt',
				right.as('correct'),
				tries.as('tries')
			])
			.orderBy(sql`count(*) - sum(x.correct)`, 'desc')
			.orderBy('v.prompt')
			.limit(shownMissed)
			.execute()
	]);
	const titleOf = new Map(titles.map((t) => [t.slug, t.title]));
	const counts = <T extends { correct: number; total: number }>(row: T) => ({
		...row,
		correct: Number(row.correct),
		total: Number(row.total)
	});
	return {
		attempts: attempts.flatMap((t) =>
			t.finished
				? [
						{
							id: t.id,
							slug: t.slug,
							title: titleOf.get(t.slug) ?? t.slug,
							mode: t.mode,
							finished: t.finished,
							correct: t.correct,
							total: t.total
						}
					]
				: []
		),
		byKind: byKind.map(counts),
		byArticle: byArticle.map(counts),
		missed: missed.map(({ correct, tries, ...m }) => ({
			...m,
			tries: Number(tries),
			misses: Number(tries) - Number(correct)
		}))
	};
}
