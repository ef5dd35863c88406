/**
 * A published article with a few questions, written straight into a test database the way the
 * bank import stores them, for server tests that need a quiz before they can test one.
 */
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../src/lib/server/db/types';

export const body = [
	'Leaders met at the Vostochny spaceport in the Amur Region on Wednesday.',
	'Putin arrived from the Primorye Region, where he had attended the Eastern Economic Forum. Kim came by train.',
	'Russia expects a grain harvest of at least 130 million tons this year.'
].join('\n');

export interface SeedQuestion {
	bankId: string;
	kind: string;
	prompt: string;
	answer: string;
	distractors: string[];
	evidence: string;
	explanation?: string;
}

export const questions: SeedQuestion[] = [
	{
		bankId: 'where-met',
		kind: 'where',
		prompt: 'Where did the leaders meet?',
		answer: 'the Vostochny spaceport',
		distractors: ['the Kremlin', 'Pyongyang', 'Vladivostok harbour'],
		evidence: 'Leaders met at the Vostochny spaceport in the Amur Region on Wednesday.',
		explanation: 'The first paragraph names the spaceport.'
	},
	{
		bankId: 'putin-from',
		kind: 'where',
		prompt: 'Which region did Putin arrive from?',
		answer: 'the Primorye Region',
		distractors: ['the Amur Region', 'Siberia', 'Crimea'],
		evidence:
			'Putin arrived from the Primorye Region, where he had attended the Eastern Economic Forum.'
	},
	{
		bankId: 'harvest',
		kind: 'number',
		prompt: 'How large a grain harvest does Russia expect?',
		answer: 'at least 130 million tons',
		distractors: ['25 thousand tons', '45 thousand tons', '2 million tons'],
		evidence: 'Russia expects a grain harvest of at least 130 million tons this year.'
	}
];

export async function addQuiz(
	db: Kysely<Database>,
	slug = 'vostochny',
	{
		title = 'Leaders meet at Vostochny',
		tags = ['world', 'russia'],
		publishedOn = '2023-09-13'
	} = {}
): Promise<string[]> {
	const now = new Date().toISOString();
	await db
		.insertInto('article')
		.values({
			slug,
			title,
			source: 'Test wire',
			url: null,
			published_on: publishedOn,
			place: null,
			language: 'en',
			tags: JSON.stringify(tags),
			body,
			status: 'published',
			owner_id: null,
			file_hash: null,
			created_at: now,
			updated_at: now
		})
		.execute();
	const ids: string[] = [];
	for (const [position, q] of questions.entries()) {
		const id = crypto.randomUUID();
		ids.push(id);
		await db
			.insertInto('question')
			.values({
				id,
				article_slug: slug,
				bank_id: q.bankId,
				kind: q.kind,
				status: 'published',
				origin: 'generated',
				tags: '[]',
				as_of: publishedOn,
				position,
				current_version: 1,
				file_hash: null,
				edited_in_app: 0,
				created_at: now,
				updated_at: now
			})
			.execute();
		const start = body.indexOf(q.evidence);
		await db
			.insertInto('question_version')
			.values({
				id: crypto.randomUUID(),
				question_id: id,
				version: 1,
				prompt: q.prompt,
				answer: q.answer,
				distractors: JSON.stringify(q.distractors),
				evidence_start: start,
				evidence_end: start + q.evidence.length,
				evidence_text: q.evidence,
				explanation: q.explanation ?? null,
				created_at: now,
				created_by: null
			})
			.execute();
	}
	return ids;
}

export async function addLearner(db: Kysely<Database>): Promise<UserRow> {
	const user: UserRow = {
		id: crypto.randomUUID(),
		email: null,
		display_name: null,
		password_hash: null,
		role: 'guest',
		created_at: new Date().toISOString()
	};
	await db.insertInto('user').values(user).execute();
	return user;
}

/** The right and a wrong choice among those a plan offers, to answer on purpose. */
export function rightChoice(offered: { choices: string[] }): string {
	return offered.choices.find((c) => questions.some((q) => q.answer === c))!;
}
export function wrongChoice(offered: { choices: string[] }): string {
	return offered.choices.find((c) => !questions.some((q) => q.answer === c))!;
}
