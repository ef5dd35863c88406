import type { Kysely } from 'kysely';
import type { Database, QuestionVersionRow } from '../db/types';
import { remember } from '../memory';

export type AskedVersion = Pick<QuestionVersionRow, 'prompt' | 'answer' | 'distractors'>;

/**
 * A version an attempt's plan names is never changed: an edit makes a new version instead
 * (authoring/question.ts `update`). So each process keeps the ones it has read, which takes the
 * answer key off the database's path for every answer. Nothing else is cached: several
 * instances share the database, and only what can never change is safe to remember.
 */
const remembered = new Map<string, AskedVersion>();
/** About a thousand quizzes' worth; the oldest entry goes first. */
const capacity = 20_000;

/**
 * What a quiz asked with `versionId`: its prompt, the answer and the distractors; undefined once
 * its question has been deleted.
 */
export async function askedVersion(
	db: Kysely<Database>,
	versionId: string
): Promise<AskedVersion | undefined> {
	const known = remembered.get(versionId);
	if (known) return known;
	const version = await db
		.selectFrom('question_version')
		.select(['prompt', 'answer', 'distractors'])
		.where('id', '=', versionId)
		.executeTakeFirst();
	if (!version) return undefined;
	return remember(remembered, versionId, version, capacity);
}
