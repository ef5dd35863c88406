/** The generator's questions for a new article, as drafts ready to store. */
import type { Kysely } from 'kysely';
import type { ArticleMeta } from '$lib/bank/schema';
import { generate, GeneratorInputError } from '$lib/generator';
import type { Database } from '../db/types';
import type { Draft } from './question';

/**
 * Drafts, or the generator's one-line reason why it cannot read the text (too short, not
 * English, nothing to ask about). Other articles give it same-type distractors.
 */
export async function generatedDrafts(
	db: Kysely<Database>,
	meta: ArticleMeta,
	body: string
): Promise<{ ok: true; drafts: Draft[] } | { ok: false; error: string }> {
	const others = await db.selectFrom('article').select('body').execute();
	let questions;
	try {
		({ questions } = generate(
			{ body, published: meta.published, title: meta.title, place: meta.place },
			{ otherArticles: others }
		));
	} catch (e) {
		if (!(e instanceof GeneratorInputError)) throw e;
		return { ok: false, error: `Lede cannot make questions from this text: ${e.message}.` };
	}
	return {
		ok: true,
		drafts: questions.map((q) => ({
			bankId: q.id,
			kind: q.kind,
			prompt: q.prompt,
			answer: q.answer,
			distractors: q.distractors,
			explanation: q.explanation ?? null,
			evidence: q.evidence,
			origin: 'generated',
			tags: q.tags
		}))
	};
}
