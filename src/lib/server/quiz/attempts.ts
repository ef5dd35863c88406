import type { ExpressionBuilder, Kysely } from 'kysely';
import type { AttemptRow, Database } from '../db/types';
import { remember } from '../memory';
import { makePlan, parsePlan, type Plan } from './plan';

export type Attempt = Omit<AttemptRow, 'plan'> & { plan: Plan };
/** An attempt with every question answered, and when the last answer came. */
export type Finished = Attempt & { finished_at: string };

/**
 * When an attempt was finished: the time of its last answer, once every question it asks has
 * one. It is worked out when read rather than stored by the last answer, which would put a count
 * and (on PostgreSQL) the attempt's row lock on every answer's write: answers are written far
 * more often than this is read. Only readers of finished attempts ask for it; answers and the
 * quiz page read plain rows (`get`, `latest`).
 */
export function finishedAt(eb: ExpressionBuilder<Database, 'attempt'>) {
	const asked = eb
		.selectFrom('attempt_question')
		.whereRef('attempt_question.attempt_id', '=', 'attempt.id')
		.select((q) => q.fn.countAll().as('asked'));
	return eb
		.selectFrom('answer')
		.whereRef('answer.attempt_id', '=', 'attempt.id')
		.select((a) =>
			a
				.case()
				.when(a.fn.countAll(), '>=', asked)
				.then(a.fn.max('answer.answered_at'))
				.end()
				.as('finished_at')
		);
}

/** Finished attempts, each with its finish. */
function finishedRows(db: Kysely<Database>) {
	return db
		.selectFrom('attempt')
		.selectAll('attempt')
		.select((eb) => finishedAt(eb).as('finished_at'))
		.where(finishedAt, 'is not', null)
		.$narrowType<{ finished_at: string }>();
}

/**
 * What an attempt asks never changes once it starts: its plan (checked against the schema when
 * first read) and its start time. Every answer and page view needs them, and validating the
 * plan each time cost more than the query, so each process keeps the ones it has seen, per
 * database. Who owns an attempt can change (a guest signing up), so that is always read from
 * the database.
 */
export interface Asked {
	plan: Plan;
	started_at: string;
}
const asked = new WeakMap<Kysely<Database>, Map<string, Asked>>();
const askedCapacity = 10_000;

/**
 * One copy of each id and choice among the kept plans: a class at one quiz is asked the same
 * questions with the same choices, and sharing them keeps a kept plan to a few hundred bytes,
 * so the garbage collector has little to copy while a class starts.
 */
const texts = new Map<string, string>();
const textsCapacity = 100_000;
function shared(text: string): string {
	return texts.get(text) ?? remember(texts, text, text, textsCapacity);
}

function keep(db: Kysely<Database>, id: string, { plan, started_at }: Asked): Asked {
	let kept = asked.get(db);
	if (!kept) asked.set(db, (kept = new Map()));
	const shares = plan.map((item) => ({
		questionId: shared(item.questionId),
		versionId: shared(item.versionId),
		choices: item.choices.map(shared)
	}));
	return remember(kept, id, { plan: shares, started_at }, askedCapacity);
}

function parse<R extends AttemptRow>(
	db: Kysely<Database>,
	row: R
): Omit<R, 'plan'> & { plan: Plan } {
	const known =
		asked.get(db)?.get(row.id) ??
		keep(db, row.id, { plan: parsePlan(row.plan), started_at: row.started_at });
	return { ...row, plan: known.plan };
}

/** The plan and start of attempt `id`, from memory when this process has seen it. */
export async function askedIn(db: Kysely<Database>, id: string): Promise<Asked | undefined> {
	return asked.get(db)?.get(id) ?? (await get(db, id));
}

export async function get(db: Kysely<Database>, id: string): Promise<Attempt | undefined> {
	const row = await db.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirst();
	return row && parse(db, row);
}

/** Attempt `id` if every question it asks is answered. */
export async function finished(db: Kysely<Database>, id: string): Promise<Finished | undefined> {
	const row = await finishedRows(db).where('id', '=', id).executeTakeFirst();
	return row && parse(db, row);
}

/** The learner's most recent attempt at an article, finished or not: the one the quiz page shows. */
export async function latest(
	db: Kysely<Database>,
	userId: string,
	slug: string
): Promise<Attempt | undefined> {
	const row = await db
		.selectFrom('attempt')
		.selectAll()
		.where('user_id', '=', userId)
		.where('article_slug', '=', slug)
		.orderBy('started_at', 'desc')
		.orderBy('id')
		.executeTakeFirst();
	return row && parse(db, row);
}

/** The learner's last finished attempt, the one results show by default. */
export async function latestFinished(
	db: Kysely<Database>,
	userId: string,
	slug: string
): Promise<Finished | undefined> {
	const row = await finishedRows(db)
		.where('user_id', '=', userId)
		.where('article_slug', '=', slug)
		.orderBy('finished_at', 'desc')
		.orderBy('id')
		.executeTakeFirst();
	return row && parse(db, row);
}

/** The version of each published question a new attempt asks, in the article's order. */
export function quizQuestions(db: Kysely<Database>, slug: string) {
	return db
		.selectFrom('question as q')
		.innerJoin('question_version as v', (join) =>
			join.onRef('v.question_id', '=', 'q.id').onRef('v.version', '=', 'q.current_version')
		)
		.where('q.article_slug', '=', slug)
		.where('q.status', '=', 'published')
		.orderBy('q.position')
		.select(['q.id as questionId', 'v.id as versionId', 'v.answer', 'v.distractors'])
		.execute();
}

export interface StartOptions {
	userId: string;
	slug: string;
	mode?: AttemptRow['mode'];
	/** Only these questions (a retry of the missed ones); all published questions otherwise. */
	questionIds?: string[];
	assignmentId?: string | null;
}

/** A new attempt with its own shuffled plan, or undefined when there is nothing to ask. */
export async function start(
	db: Kysely<Database>,
	options: StartOptions,
	now = new Date()
): Promise<Attempt | undefined> {
	const only = options.questionIds && new Set(options.questionIds);
	const questions = (await quizQuestions(db, options.slug))
		.filter((q) => !only || only.has(q.questionId))
		.map((q) => ({ ...q, distractors: JSON.parse(q.distractors) as string[] }));
	if (questions.length === 0) return undefined;
	const id = crypto.randomUUID();
	const attempt = {
		id,
		user_id: options.userId,
		article_slug: options.slug,
		plan: makePlan(questions, id),
		mode: options.mode ?? 'quiz',
		assignment_id: options.assignmentId ?? null,
		started_at: now.toISOString()
	};
	await store(db, attempt);
	// Its first answer most likely comes to the process that started it.
	keep(db, id, attempt);
	return attempt;
}

/**
 * Stores a new attempt and the questions it asks, together: a question in no attempt's list
 * can be deleted outright (authoring/question.ts `remove`), so the list must never lag the plan.
 */
export async function store(db: Kysely<Database>, attempt: Attempt): Promise<void> {
	const write = async (trx: Kysely<Database>) => {
		await trx
			.insertInto('attempt')
			.values({ ...attempt, plan: JSON.stringify(attempt.plan) })
			.execute();
		await trx
			.insertInto('attempt_question')
			.values(
				attempt.plan.map((item) => ({ attempt_id: attempt.id, question_id: item.questionId }))
			)
			.execute();
	};
	if (db.isTransaction) await write(db);
	else await db.transaction().execute(write);
}

/** Carries on with an unfinished attempt, so "Take the quiz" twice never throws answers away. */
export async function resumeOrStart(
	db: Kysely<Database>,
	userId: string,
	slug: string
): Promise<Attempt | undefined> {
	const last = await latest(db, userId, slug);
	if (last && !(await finished(db, last.id))) return last;
	return start(db, { userId, slug });
}

/** An attempt as a form names it: its id, whose it must be and which quiz it must be at. */
export type Owned = Pick<AttemptRow, 'id' | 'user_id' | 'article_slug'>;
