/**
 * The shipped seed bank, imported into a test database the way the server does at start, and the
 * answer key of a question, so tests can answer right or wrong on purpose.
 */
import type { Kysely } from 'kysely';
import { importBank } from '../../src/lib/server/bank/import';
import type { Database } from '../../src/lib/server/db/types';

export const seedSlug = 'putin-kim-summit-vostochny';

export async function importSeed(db: Kysely<Database>): Promise<void> {
	const report = await importBank(db, 'questions');
	if (report.problems.length) throw new Error(report.problems.join('\n'));
}

export interface Key {
	answer: string;
	evidence: string;
	explanation: string | null;
}

function currentKeys(db: Kysely<Database>) {
	return db
		.selectFrom('question as q')
		.innerJoin('question_version as v', (join) =>
			join.onRef('v.question_id', '=', 'q.id').onRef('v.version', '=', 'q.current_version')
		)
		.select(['v.answer', 'v.evidence_text as evidence', 'v.explanation']);
}

/** What the current version of a question accepts and cites. */
export function keyOf(db: Kysely<Database>, questionId: string): Promise<Key> {
	return currentKeys(db).where('q.id', '=', questionId).executeTakeFirstOrThrow();
}

/** Every answer key of an article, to prove none of it reached a page. */
export async function keysOf(db: Kysely<Database>, slug: string): Promise<Key[]> {
	const ids = await db
		.selectFrom('question')
		.select('id')
		.where('article_slug', '=', slug)
		.execute();
	return Promise.all(ids.map((q) => keyOf(db, q.id)));
}

export async function rightChoice(db: Kysely<Database>, questionId: string): Promise<string> {
	return (await keyOf(db, questionId)).answer;
}

export async function wrongChoice(
	db: Kysely<Database>,
	offered: { questionId: string; choices: string[] }
): Promise<string> {
	const { answer } = await keyOf(db, offered.questionId);
	return offered.choices.find((c) => c !== answer)!;
}

/** The key of the question a page shows, found by its prompt (what a browser test can read). */
export function keyOfPrompt(db: Kysely<Database>, prompt: string): Promise<Key> {
	return currentKeys(db).where('v.prompt', '=', prompt).executeTakeFirstOrThrow();
}
