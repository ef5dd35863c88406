/** Rows written straight into a test database, for tests that need a bank, learners or progress but not the importer. */
import type { Kysely } from 'kysely';
import type { Database } from '../../src/lib/server/db/types';
import * as attempts from '../../src/lib/server/quiz/attempts';
import { person } from './teaching';

export interface SeededQuestion {
	id: string;
	versionId: string;
	answer: string;
	distractors: string[];
}

/** An article of `count` one-sentence facts, each asked as a published "number" question. */
export async function seedArticle(
	db: Kysely<Database>,
	slug: string,
	count: number
): Promise<SeededQuestion[]> {
	const at = '2024-01-01T00:00:00.000Z';
	const facts = Array.from(
		{ length: count },
		(_, i) => `Delegation ${i + 1} brought ${i + 3} ministers.`
	);
	const body = facts.join('\n');
	await db
		.insertInto('article')
		.values({
			slug,
			title: `Report ${slug}`,
			source: 'Test wire',
			url: null,
			published_on: '2023-09-13',
			place: null,
			language: 'en',
			tags: '[]',
			body,
			status: 'published',
			owner_id: null,
			file_hash: null,
			created_at: at,
			updated_at: at
		})
		.execute();
	const questions: SeededQuestion[] = [];
	for (const [i, fact] of facts.entries()) {
		const id = `${slug}-q${i + 1}`;
		const answer = String(i + 3);
		const distractors = [i + 13, i + 23, i + 33].map(String);
		const start = body.indexOf(fact);
		await db
			.insertInto('question')
			.values({
				id,
				article_slug: slug,
				bank_id: `q${i + 1}`,
				kind: 'number',
				status: 'published',
				origin: 'generated',
				tags: '[]',
				as_of: '2023-09-13',
				position: i,
				current_version: 1,
				file_hash: null,
				edited_in_app: 0,
				created_at: at,
				updated_at: at
			})
			.execute();
		await db
			.insertInto('question_version')
			.values({
				id: `${id}-v1`,
				question_id: id,
				version: 1,
				prompt: `How many ministers did delegation ${i + 1} bring?`,
				answer,
				distractors: JSON.stringify(distractors),
				evidence_start: start,
				evidence_end: start + fact.length,
				evidence_text: fact,
				explanation: null,
				created_at: at,
				created_by: null
			})
			.execute();
		questions.push({ id, versionId: `${id}-v1`, answer, distractors });
	}
	return questions;
}

/** An attempt at article `slug` asking `questions`, started now, with no answer yet. */
export async function seedUnansweredAttempt(
	db: Kysely<Database>,
	userId: string,
	slug: string,
	questions: SeededQuestion[]
): Promise<{ attemptId: string; at: string }> {
	const attemptId = crypto.randomUUID();
	const at = new Date().toISOString();
	await attempts.store(db, {
		id: attemptId,
		user_id: userId,
		article_slug: slug,
		plan: questions.map((q) => ({ questionId: q.id, versionId: q.versionId, choices: [] })),
		mode: 'quiz',
		assignment_id: null,
		started_at: at
	});
	return { attemptId, at };
}

/**
 * `seedAttempt` on a database migrated no further than 0330, where each answer had an id of its
 * own and its learner.
 */
export async function seedAttemptBefore0340(
	db: Kysely<Database>,
	userId: string,
	slug: string,
	questions: SeededQuestion[],
	correct: boolean[]
): Promise<string> {
	const { attemptId, at } = await seedUnansweredAttempt(db, userId, slug, questions);
	await db
		.withTables<{ answer: { id: string; user_id: string } }>()
		.insertInto('answer')
		.values(
			answerRows(attemptId, questions, correct, at).map((row) => ({
				...row,
				id: crypto.randomUUID(),
				user_id: userId
			}))
		)
		.execute();
	return attemptId;
}

/** A learner's id, for tests that only need someone to answer. */
export async function seedLearner(
	db: Kysely<Database>,
	role: 'guest' | 'student' = 'guest'
): Promise<string> {
	return (await person(db, role)).id;
}

/** A finished attempt at article `slug` in which the user answered each question, right where `correct` says. */
export async function seedAttempt(
	db: Kysely<Database>,
	userId: string,
	slug: string,
	questions: SeededQuestion[],
	correct: boolean[]
): Promise<string> {
	const { attemptId, at } = await seedUnansweredAttempt(db, userId, slug, questions);
	await db
		.insertInto('answer')
		.values(answerRows(attemptId, questions, correct, at))
		.execute();
	return attemptId;
}

function answerRows(
	attemptId: string,
	questions: SeededQuestion[],
	correct: boolean[],
	at: string
) {
	return questions.map((q, i) => ({
		attempt_id: attemptId,
		question_id: q.id,
		question_version_id: q.versionId,
		choice: correct[i] ? q.answer : q.distractors[0],
		correct: correct[i] ? 1 : 0,
		answered_at: at,
		ms_taken: null
	}));
}
