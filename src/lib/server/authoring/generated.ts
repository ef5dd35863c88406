/** The generator's questions for a new article, as drafts ready to store. */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { env } from '$env/dynamic/private';
import type { ArticleMeta } from '$lib/bank/schema';
import type { Database } from '../db/types';
import type { Draft } from './question';

/** How long one article may keep the generator busy: 200 KB takes about a minute on one core. */
const timeLimitSeconds = z.coerce.number().positive().default(120);

/**
 * Drafts, or a one-line reason why there are none: the generator cannot read the text (too
 * short, not English, nothing to ask about), or it ran out of time. Other articles give it
 * same-type distractors.
 */
export async function generatedDrafts(
	db: Kysely<Database>,
	meta: ArticleMeta,
	body: string
): Promise<{ ok: true; drafts: Draft[] } | { ok: false; error: string }> {
	const others = await db.selectFrom('article').select('body').execute();
	const limit = timeLimitSeconds.parse(env.LEDE_GENERATOR_TIME_LIMIT || undefined);
	// Loaded on first use: the thread's module is also its worker script, kept apart from the rest.
	const { generateInThread } = await import('./generator-thread');
	const outcome = await generateInThread(
		{ body, published: meta.published, title: meta.title, place: meta.place },
		{ otherArticles: others },
		limit * 1000
	);
	if (!outcome.ok)
		return {
			ok: false,
			error:
				outcome.reason === 'time'
					? `Lede stopped making questions after ${limit} seconds: the article is too long to read in one go. Paste a shorter part of it, such as the story without its appendices.`
					: `Lede cannot make questions from this text: ${outcome.message}.`
		};
	return {
		ok: true,
		drafts: outcome.result.questions.map((q) => ({
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
