import type { Kysely } from 'kysely';
import type { AssignmentRow, Database } from '../db/types';
import { finishedAt } from '../quiz/attempts';

/** Due dates are days (YYYY-MM-DD): a quiz is late from the day after its due day. */
export type AssignmentStatus = 'due' | 'late' | 'done';

export interface Result {
	correct: number;
	total: number;
	finishedAt: string;
}

export async function create(
	db: Kysely<Database>,
	input: { classId: string; articleSlug: string; dueOn: string | null; createdBy: string }
): Promise<AssignmentRow> {
	const row: AssignmentRow = {
		id: crypto.randomUUID(),
		class_id: input.classId,
		article_slug: input.articleSlug,
		due_at: input.dueOn,
		created_by: input.createdBy,
		created_at: new Date().toISOString()
	};
	await db.insertInto('assignment').values(row).execute();
	return row;
}

export async function remove(db: Kysely<Database>, classId: string, id: string): Promise<void> {
	await db.deleteFrom('assignment').where('class_id', '=', classId).where('id', '=', id).execute();
}

export interface ClassAssignment extends AssignmentRow {
	title: string;
}

export async function list(db: Kysely<Database>, classId: string): Promise<ClassAssignment[]> {
	return db
		.selectFrom('assignment')
		.innerJoin('article', 'article.slug', 'assignment.article_slug')
		.selectAll('assignment')
		.select('article.title')
		.where('assignment.class_id', '=', classId)
		.orderBy('assignment.created_at', 'desc')
		.execute();
}

/** Quizzes a teacher can set: published articles that have published questions. */
export async function assignable(db: Kysely<Database>): Promise<{ slug: string; title: string }[]> {
	return db
		.selectFrom('article')
		.select(['article.slug', 'article.title'])
		.where('article.status', '=', 'published')
		.where((eb) =>
			eb.exists(
				eb
					.selectFrom('question')
					.select('question.id')
					.whereRef('question.article_slug', '=', 'article.slug')
					.where('question.status', '=', 'published')
			)
		)
		.orderBy('article.published_on', 'desc')
		.orderBy('article.title')
		.execute();
}

/**
 * Each learner's first finished quiz on each article: the first try is what a teacher wants to
 * see, and retries of missed questions would only inflate it.
 */
export async function firstResults(
	db: Kysely<Database>,
	userIds: string[],
	slugs: string[]
): Promise<Map<string, Result>> {
	const results = new Map<string, Result>();
	if (!userIds.length || !slugs.length) return results;
	const attempts = await db
		.selectFrom('attempt')
		.select((eb) => [
			'attempt.id',
			'attempt.user_id',
			'attempt.article_slug',
			'attempt.plan',
			finishedAt(eb).as('finished_at'),
			eb
				.selectFrom('answer')
				.whereRef('answer.attempt_id', '=', 'attempt.id')
				.where('answer.correct', '=', 1)
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('correct')
		])
		.where('attempt.user_id', 'in', userIds)
		.where('attempt.article_slug', 'in', slugs)
		.where('attempt.mode', '=', 'quiz')
		.where(finishedAt, 'is not', null)
		.orderBy('finished_at')
		.execute();
	for (const a of attempts) {
		const key = resultKey(a.user_id, a.article_slug);
		if (results.has(key) || !a.finished_at) continue;
		results.set(key, {
			correct: Number(a.correct),
			total: (JSON.parse(a.plan) as unknown[]).length,
			finishedAt: a.finished_at
		});
	}
	return results;
}

export function resultKey(userId: string, slug: string): string {
	return `${userId} ${slug}`;
}

export function statusOf(dueOn: string | null, result: Result | undefined, today: string) {
	if (result) return 'done' as const;
	return dueOn !== null && dueOn < today ? ('late' as const) : ('due' as const);
}

export interface StudentAssignment {
	id: string;
	slug: string;
	title: string;
	className: string;
	dueOn: string | null;
	status: AssignmentStatus;
	result: Result | null;
}

const statusOrder: Record<AssignmentStatus, number> = { late: 0, due: 1, done: 2 };

/** What a student's classes have set, late first, then by due day, done last. */
export async function forStudent(
	db: Kysely<Database>,
	userId: string,
	today: string
): Promise<StudentAssignment[]> {
	const rows = await db
		.selectFrom('assignment')
		.innerJoin('class_member', 'class_member.class_id', 'assignment.class_id')
		.innerJoin('class', 'class.id', 'assignment.class_id')
		.innerJoin('article', 'article.slug', 'assignment.article_slug')
		.select([
			'assignment.id',
			'assignment.article_slug as slug',
			'assignment.due_at',
			'article.title',
			'class.name as className'
		])
		.where('class_member.user_id', '=', userId)
		.execute();
	const results = await firstResults(
		db,
		[userId],
		rows.map((r) => r.slug)
	);
	return rows
		.map((r) => {
			const result = results.get(resultKey(userId, r.slug));
			return {
				id: r.id,
				slug: r.slug,
				title: r.title,
				className: r.className,
				dueOn: r.due_at,
				status: statusOf(r.due_at, result, today),
				result: result ?? null
			};
		})
		.sort(
			(a, b) =>
				statusOrder[a.status] - statusOrder[b.status] ||
				(a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
				a.title.localeCompare(b.title)
		);
}
