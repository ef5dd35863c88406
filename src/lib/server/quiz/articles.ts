/** Published articles as learners find them: the feed and one article. */
import { sql, type Kysely } from 'kysely';
import type { ArticleRow, Database } from '../db/types';

export interface Filter {
	search?: string;
	tag?: string;
}

export interface FeedEntry {
	slug: string;
	title: string;
	source: string;
	publishedOn: string;
	tags: string[];
	questions: number;
	/** This learner's attempt in progress: answered so far of its length. */
	inProgress: { answered: number; total: number } | null;
	/** Best finished full quiz (retries of missed questions are not counted). */
	best: { correct: number; total: number } | null;
}

export async function getPublished(
	db: Kysely<Database>,
	slug: string
): Promise<ArticleRow | undefined> {
	return db
		.selectFrom('article')
		.selectAll()
		.where('slug', '=', slug)
		.where('status', '=', 'published')
		.executeTakeFirst();
}

/** `%` and `_` typed by a learner match themselves, not any text. */
function containing(text: string): string {
	return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function feed(
	db: Kysely<Database>,
	userId: string | null,
	{ search, tag }: Filter = {}
): Promise<FeedEntry[]> {
	let query = db
		.selectFrom('article as a')
		.where('a.status', '=', 'published')
		.select((eb) => [
			'a.slug',
			'a.title',
			'a.source',
			'a.published_on',
			'a.tags',
			eb
				.selectFrom('question as q')
				.whereRef('q.article_slug', '=', 'a.slug')
				.where('q.status', '=', 'published')
				.select(eb.fn.countAll<number>().as('n'))
				.as('questions')
		])
		.orderBy('a.published_on', 'desc')
		.orderBy('a.title');
	if (search?.trim()) {
		const pattern = containing(search.trim());
		query = query.where((eb) =>
			eb.or(
				['a.title', 'a.source', 'a.body'].map(
					(column) => sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`
				)
			)
		);
	}
	// Tags are a JSON array of strings, so a quoted tag matches one whole tag.
	if (tag) query = query.where('a.tags', 'like', containing(JSON.stringify(tag)));
	const [articles, attempts] = await Promise.all([
		query.execute(),
		userId ? attemptSummaries(db, userId) : []
	]);
	return articles
		.map((a) => {
			const mine = attempts.filter((t) => t.slug === a.slug);
			const last = mine.at(-1);
			const open = last && !last.finished ? last : null;
			const best = mine
				.filter((t) => t.finished && t.mode === 'quiz')
				.reduce<FeedEntry['best']>(
					(top, t) => (!top || t.correct / t.total > top.correct / top.total ? t : top),
					null
				);
			return {
				slug: a.slug,
				title: a.title,
				source: a.source,
				publishedOn: a.published_on,
				tags: JSON.parse(a.tags) as string[],
				questions: Number(a.questions),
				inProgress: open ? { answered: open.answered, total: open.total } : null,
				best: best && { correct: best.correct, total: best.total }
			};
		})
		.filter((a) => a.questions > 0);
}

/** Every tag of a published article, for the filter. */
export async function tags(db: Kysely<Database>): Promise<string[]> {
	const rows = await db
		.selectFrom('article')
		.select('tags')
		.where('status', '=', 'published')
		.execute();
	return [...new Set(rows.flatMap((r) => JSON.parse(r.tags) as string[]))].sort();
}

export interface AttemptSummary {
	id: string;
	slug: string;
	mode: string;
	startedAt: string;
	finished: string | null;
	answered: number;
	correct: number;
	total: number;
}

/** Each attempt of a learner with how far it got and how many were right, oldest first. */
export async function attemptSummaries(
	db: Kysely<Database>,
	userId: string
): Promise<AttemptSummary[]> {
	const rows = await db
		.selectFrom('attempt as t')
		.leftJoin('answer as x', 'x.attempt_id', 't.id')
		.where('t.user_id', '=', userId)
		.groupBy(['t.id', 't.article_slug', 't.mode', 't.started_at', 't.plan'])
		.select((eb) => [
			't.id',
			't.article_slug',
			't.mode',
			't.started_at',
			't.plan',
			eb.fn.count<number>('x.question_id').as('answered'),
			eb.fn.coalesce(eb.fn.sum<number>('x.correct'), eb.lit(0)).as('correct'),
			eb.fn.max('x.answered_at').as('lastAnswered')
		])
		.orderBy('t.started_at')
		.execute();
	return rows.map((r) => {
		const answered = Number(r.answered);
		// A plan lists each question once and every answer is to one of them (attempts.ts
		// `finishedAt` says the same in SQL).
		const total = (JSON.parse(r.plan) as unknown[]).length;
		return {
			id: r.id,
			slug: r.article_slug,
			mode: r.mode,
			startedAt: r.started_at,
			finished: answered >= total ? r.lastAnswered : null,
			answered,
			correct: Number(r.correct),
			total
		};
	});
}
