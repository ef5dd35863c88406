/** Rows the teaching tests start from: people of each role and a quiz to set. */
import type { Kysely } from 'kysely';
import { insertDrafts, type Draft } from '../../src/lib/server/authoring/question';
import type { Database, UserRow } from '../../src/lib/server/db/types';
import * as attempts from '../../src/lib/server/quiz/attempts';

export async function person(
	db: Kysely<Database>,
	role: UserRow['role'],
	name: string = role
): Promise<UserRow> {
	const user: UserRow = {
		id: crypto.randomUUID(),
		email:
			role === 'guest'
				? null
				: `${name.toLowerCase().replace(/\W+/g, '.')}.${crypto.randomUUID().slice(0, 6)}@school.test`,
		display_name: role === 'guest' ? null : name,
		password_hash: null,
		role,
		created_at: new Date().toISOString(),
		time_zone: null
	};
	await db.insertInto('user').values(user).execute();
	return user;
}

export const quizBody =
	'The city council approved a new budget on Monday.\nMayor Ana Ruiz said the tram line would open in 2026.';

/** What a quiz is made of; the evidence is a sentence of the body. */
export interface QuizContent {
	title: string;
	source: string;
	url: string | null;
	body: string;
	questions: (Pick<
		Draft,
		'bankId' | 'kind' | 'prompt' | 'answer' | 'distractors' | 'explanation'
	> & {
		evidence: string;
	})[];
}

const sampleQuiz = (slug: string): QuizContent => ({
	title: `Quiz ${slug}`,
	source: 'Test Gazette',
	url: null,
	body: quizBody,
	questions: [
		{
			bankId: 'who-mayor',
			kind: 'who',
			prompt: 'Who said the tram line would open in 2026?',
			answer: 'Ana Ruiz',
			distractors: ['Ben Ode', 'Cara Lind'],
			explanation: null,
			evidence: 'Mayor Ana Ruiz said the tram line would open in 2026.'
		},
		{
			bankId: 'when-budget',
			kind: 'when',
			prompt: 'On which day did the council approve the budget?',
			answer: 'Monday',
			distractors: ['Tuesday', 'Friday'],
			explanation: null,
			evidence: 'The city council approved a new budget on Monday.'
		}
	]
});

/** A published article with its questions published, owned by `owner` (or nobody, like a seed quiz). */
export async function publishedQuiz(
	db: Kysely<Database>,
	slug: string,
	owner: Pick<UserRow, 'id'> | null = null,
	content: QuizContent = sampleQuiz(slug)
): Promise<string[]> {
	const now = new Date().toISOString();
	await db
		.insertInto('article')
		.values({
			slug,
			title: content.title,
			source: content.source,
			url: content.url,
			published_on: '2024-03-04',
			place: null,
			language: 'en',
			tags: '[]',
			body: content.body,
			status: 'published',
			owner_id: owner?.id ?? null,
			file_hash: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	const ids = await insertDrafts(
		db,
		slug,
		content.questions.map(({ evidence, ...q }) => {
			const start = content.body.indexOf(evidence);
			return {
				...q,
				evidence: { start, end: start + evidence.length, text: evidence },
				origin: 'generated',
				tags: []
			};
		}),
		'2024-03-04',
		owner?.id ?? null
	);
	await db.updateTable('question').set({ status: 'published' }).where('id', 'in', ids).execute();
	return ids;
}

/** A finished quiz attempt with `correct` of the quiz's questions answered right. */
export async function finishedAttempt(
	db: Kysely<Database>,
	user: Pick<UserRow, 'id'>,
	slug: string,
	correct: number,
	finishedAt = new Date().toISOString()
): Promise<void> {
	const questions = await db
		.selectFrom('question')
		.innerJoin('question_version as v', 'v.question_id', 'question.id')
		.select(['question.id', 'v.id as versionId', 'v.answer'])
		.where('question.article_slug', '=', slug)
		.orderBy('question.position')
		.execute();
	const attemptId = crypto.randomUUID();
	await attempts.store(db, {
		id: attemptId,
		user_id: user.id,
		article_slug: slug,
		plan: questions.map((q) => ({ questionId: q.id, versionId: q.versionId, choices: [] })),
		mode: 'quiz',
		assignment_id: null,
		started_at: finishedAt
	});
	for (const [i, q] of questions.entries())
		await db
			.insertInto('answer')
			.values({
				attempt_id: attemptId,
				question_id: q.id,
				question_version_id: q.versionId,
				choice: i < correct ? q.answer : 'wrong',
				correct: i < correct ? 1 : 0,
				answered_at: finishedAt,
				ms_taken: null
			})
			.execute();
}
