/**
 * Minimal rows for server tests that need learners with progress: an article with
 * published questions, users of each role, attempts with answers, review cards and logs.
 */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../src/lib/server/db/types';

const now = () => new Date().toISOString();

export async function seedArticle(
	db: Kysely<Database>,
	slug = 'test-article',
	questionCount = 3
): Promise<{ slug: string; questions: { id: string; versionId: string }[] }> {
	await db
		.insertInto('article')
		.values({
			slug,
			title: `Article ${slug}`,
			source: 'Test Wire',
			url: null,
			published_on: '2023-09-13',
			place: null,
			language: 'en',
			tags: '[]',
			body: 'Alice met Bob in Paris on Tuesday.',
			status: 'published',
			owner_id: null,
			file_hash: null,
			created_at: now(),
			updated_at: now()
		})
		.execute();
	const questions = [];
	for (let i = 0; i < questionCount; i++) {
		const id = `${slug}-q${i}`;
		const versionId = `${id}-v1`;
		await db
			.insertInto('question')
			.values({
				id,
				article_slug: slug,
				bank_id: `q${i}`,
				kind: 'who',
				status: 'published',
				origin: 'generated',
				tags: '[]',
				as_of: '2023-09-13',
				position: i,
				current_version: 1,
				file_hash: null,
				edited_in_app: 0,
				created_at: now(),
				updated_at: now()
			})
			.execute();
		await db
			.insertInto('question_version')
			.values({
				id: versionId,
				question_id: id,
				version: 1,
				prompt: `Question ${i}?`,
				answer: 'Alice',
				distractors: '["Bob","Carol","Dan"]',
				evidence_start: 0,
				evidence_end: 34,
				evidence_text: 'Alice met Bob in Paris on Tuesday.',
				explanation: null,
				created_at: now(),
				created_by: null
			})
			.execute();
		questions.push({ id, versionId });
	}
	return { slug, questions };
}

export async function seedUser(
	db: Kysely<Database>,
	role: UserRow['role'],
	name: string = role
): Promise<UserRow> {
	const user: UserRow = {
		id: crypto.randomUUID(),
		email: role === 'guest' ? null : `${name}-${crypto.randomUUID().slice(0, 8)}@example.org`,
		display_name: role === 'guest' ? null : name,
		password_hash: null,
		role,
		created_at: now()
	};
	await db.insertInto('user').values(user).execute();
	return user;
}

/** A finished attempt at the article in which `userId` answered every question, right when `correct`. */
export async function seedAttempt(
	db: Kysely<Database>,
	userId: string,
	article: { slug: string; questions: { id: string; versionId: string }[] },
	correct: boolean[]
): Promise<string> {
	const attemptId = crypto.randomUUID();
	await db
		.insertInto('attempt')
		.values({
			id: attemptId,
			user_id: userId,
			article_slug: article.slug,
			plan: JSON.stringify(
				article.questions.map((q) => ({ questionId: q.id, versionId: q.versionId, choices: [] }))
			),
			mode: 'quiz',
			assignment_id: null,
			started_at: now(),
			finished_at: now()
		})
		.execute();
	await db
		.insertInto('answer')
		.values(
			article.questions.map((q, i) => ({
				id: crypto.randomUUID(),
				attempt_id: attemptId,
				user_id: userId,
				question_id: q.id,
				question_version_id: q.versionId,
				choice: correct[i] ? 'Alice' : 'Bob',
				correct: correct[i] ? 1 : 0,
				answered_at: now(),
				ms_taken: null
			}))
		)
		.execute();
	return attemptId;
}

export async function seedReviewCard(
	db: Kysely<Database>,
	userId: string,
	questionId: string,
	lastReview: string | null,
	reps: number
): Promise<void> {
	await db
		.insertInto('review_card')
		.values({
			user_id: userId,
			question_id: questionId,
			due: '2030-01-01T00:00:00.000Z',
			stability: 1,
			difficulty: 5,
			elapsed_days: 0,
			scheduled_days: 1,
			learning_steps: 0,
			reps,
			lapses: 0,
			state: 1,
			last_review: lastReview,
			created_at: now()
		})
		.execute();
}
