/** Articles a teacher brings: stored with their generated questions as drafts, all or nothing. */
import type { Kysely } from 'kysely';
import type { ArticleMeta } from '$lib/bank/schema';
import type { ArticleRow, Database } from '../db/types';
import type { Identity } from '../identity/learner';
import { insertDrafts, type Draft } from './question';

/** A readable address from a title: "Kim meets Putin!" → "kim-meets-putin". */
export function slugify(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		if (slug && slug.length + word.length + 1 > 60) break;
		slug = slug ? `${slug}-${word}` : word.slice(0, 60);
	}
	return slug;
}

export class DuplicateSlug extends Error {
	constructor(readonly slug: string) {
		super(`An article at /articles/${slug} already exists: change the title or the address.`);
	}
}

/** Stores the article and its drafts in one transaction, so a failure leaves nothing behind. */
export async function create(
	db: Kysely<Database>,
	owner: Identity,
	input: { slug: string; meta: ArticleMeta; body: string },
	drafts: Draft[]
): Promise<void> {
	const { slug, meta, body } = input;
	const now = new Date().toISOString();
	await db.transaction().execute(async (tx) => {
		// Checked inside the transaction: two teachers may pick the same address at once.
		if (await exists(tx, slug)) throw new DuplicateSlug(slug);
		await tx
			.insertInto('article')
			.values({
				slug,
				title: meta.title,
				source: meta.source,
				url: meta.url ?? null,
				published_on: meta.published,
				place: meta.place ?? null,
				language: meta.language,
				tags: JSON.stringify(meta.tags),
				body,
				status: 'draft',
				owner_id: owner.id,
				file_hash: null,
				created_at: now,
				updated_at: now
			})
			.execute();
		await insertDrafts(tx, slug, drafts, meta.published, owner.id);
	});
}

export async function exists(db: Kysely<Database>, slug: string): Promise<boolean> {
	return (
		(await db.selectFrom('article').select('slug').where('slug', '=', slug).executeTakeFirst()) !==
		undefined
	);
}

/** The article if this user may edit it: its owner, or an admin. */
export async function getOwned(
	db: Kysely<Database>,
	slug: string,
	user: Identity
): Promise<ArticleRow | undefined> {
	const row = await db
		.selectFrom('article')
		.selectAll()
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row && (row.owner_id === user.id || user.role === 'admin') ? row : undefined;
}

export interface OwnedArticle {
	slug: string;
	title: string;
	status: ArticleRow['status'];
	published_on: string;
	drafts: number;
	published: number;
}

export async function listOwned(db: Kysely<Database>, user: Identity): Promise<OwnedArticle[]> {
	const rows = await db
		.selectFrom('article')
		.select(['slug', 'title', 'status', 'published_on'])
		.select((eb) =>
			(['draft', 'published'] as const).map((status) =>
				eb
					.selectFrom('question')
					.whereRef('question.article_slug', '=', 'article.slug')
					.where('question.status', '=', status)
					.select((e) => e.fn.countAll<number>().as('n'))
					.as(status === 'draft' ? 'drafts' : 'published')
			)
		)
		.where('owner_id', '=', user.id)
		.orderBy('created_at', 'desc')
		.execute();
	return rows.map((r) => ({ ...r, drafts: Number(r.drafts), published: Number(r.published) }));
}
