import { sql, type Kysely } from 'kysely';
import type { AttemptRow, Database } from '../db/types';
import { makePlan, parsePlan, type Plan } from './plan';

export type Attempt = Omit<AttemptRow, 'plan'> & { plan: Plan };

/**
 * Plans already checked, by attempt: every answer and page view reads its attempt's plan, and
 * validating it each time cost more than the query. Kept with the text it came from and only
 * reused for that same text, so a plan is never taken on trust.
 */
const parsedPlans = new Map<string, { text: string; plan: Plan }>();
const parsedPlansCapacity = 10_000;

function parse(row: AttemptRow): Attempt {
	const known = parsedPlans.get(row.id);
	if (known?.text === row.plan) return { ...row, plan: known.plan };
	const plan = parsePlan(row.plan);
	if (parsedPlans.size >= parsedPlansCapacity) parsedPlans.delete(parsedPlans.keys().next().value!);
	parsedPlans.set(row.id, { text: row.plan, plan });
	return { ...row, plan };
}

export async function get(db: Kysely<Database>, id: string): Promise<Attempt | undefined> {
	const row = await db.selectFrom('attempt').selectAll().where('id', '=', id).executeTakeFirst();
	return row && parse(row);
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
	return row && parse(row);
}

/** The learner's last finished attempt, the one results show by default. */
export async function latestFinished(
	db: Kysely<Database>,
	userId: string,
	slug: string
): Promise<Attempt | undefined> {
	const row = await db
		.selectFrom('attempt')
		.selectAll()
		.where('user_id', '=', userId)
		.where('article_slug', '=', slug)
		.where('finished_at', 'is not', null)
		.orderBy('finished_at', 'desc')
		.orderBy('id')
		.executeTakeFirst();
	return row && parse(row);
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
	const attempt: Attempt = {
		id,
		user_id: options.userId,
		article_slug: options.slug,
		plan: makePlan(questions, id),
		mode: options.mode ?? 'quiz',
		assignment_id: options.assignmentId ?? null,
		started_at: now.toISOString(),
		finished_at: null
	};
	await db
		.insertInto('attempt')
		.values({ ...attempt, plan: JSON.stringify(attempt.plan) })
		.execute();
	return attempt;
}

/** Carries on with an unfinished attempt, so "Take the quiz" twice never throws answers away. */
export async function resumeOrStart(
	db: Kysely<Database>,
	userId: string,
	slug: string
): Promise<Attempt | undefined> {
	const last = await latest(db, userId, slug);
	if (last && !last.finished_at) return last;
	return start(db, { userId, slug });
}

/** An attempt as a form names it: its id, whose it must be and which quiz it must be at. */
export type Owned = Pick<AttemptRow, 'id' | 'user_id' | 'article_slug'>;

/**
 * The attempt `owned` names, if it is that learner's attempt at that quiz, locked until the
 * transaction `db` ends: answers to one attempt take turns (two tabs, two instances), or on
 * PostgreSQL two last answers committing together would each miss the other's row and the
 * attempt would never finish. Touching the row takes its lock and reads it in one statement;
 * SQLite's IMMEDIATE transactions already take turns.
 */
export async function lockOwned(db: Kysely<Database>, owned: Owned): Promise<Attempt | undefined> {
	const row = await db
		.updateTable('attempt')
		.set({ finished_at: sql.ref('finished_at') })
		.where('id', '=', owned.id)
		.where('user_id', '=', owned.user_id)
		.where('article_slug', '=', owned.article_slug)
		.returningAll()
		.executeTakeFirst();
	return row && parse(row);
}

/**
 * Marks the attempt finished once every question of its plan has an answer. Counting and
 * marking are one statement, which sees every answer committed before it started.
 */
export async function finishIfComplete(
	db: Kysely<Database>,
	attempt: Attempt,
	now = new Date()
): Promise<void> {
	await db
		.updateTable('attempt')
		.set({ finished_at: now.toISOString() })
		.where('id', '=', attempt.id)
		.where('finished_at', 'is', null)
		.where(
			(eb) =>
				eb
					.selectFrom('answer')
					.select(eb.fn.countAll().as('answered'))
					.where('answer.attempt_id', '=', attempt.id),
			'>=',
			attempt.plan.length
		)
		.execute();
}
