import { fail, redirect } from '@sveltejs/kit';
import { ownArticle, teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import * as questions from '$lib/server/authoring/question';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { locals, params, url } = event;
	const article = await ownArticle(locals.db, teacherForPage(event), params.slug);
	const list = await questions.listForArticle(locals.db, article.slug);
	return {
		article,
		generated: url.searchParams.get('generated'),
		questions: list.map((q) => ({
			id: q.id,
			kind: q.kind,
			status: q.status,
			origin: q.origin,
			edited: q.edited_in_app === 1,
			version: q.current_version,
			prompt: q.prompt,
			answer: q.answer,
			distractors: JSON.parse(q.distractors) as string[],
			evidence: { start: q.evidence_start, end: q.evidence_end },
			problems: questions.publishProblems(q, article.body)
		}))
	};
}) satisfies PageServerLoad;

async function publishSome(locals: App.Locals, slug: string, ids: string[] | 'all drafts') {
	const article = await ownArticle(locals.db, teacherForAction(locals), slug);
	const all = await questions.listForArticle(locals.db, article.slug);
	const chosen = all.filter((q) =>
		ids === 'all drafts' ? q.status === 'draft' : ids.includes(q.id) && q.status !== 'published'
	);
	const { published, failed } = await questions.publish(
		locals.db,
		article.slug,
		article.body,
		chosen
	);
	if (failed.length) return fail(400, { published: published.length, failed });
	return { published: published.length, failed };
}

export const actions = {
	publish: async ({ locals, params, request }) => {
		const id = (await request.formData()).get('id');
		if (typeof id !== 'string') return fail(400, { published: 0, failed: [] });
		return publishSome(locals, params.slug, [id]);
	},
	publishAll: async ({ locals, params }) => publishSome(locals, params.slug, 'all drafts'),
	remove: async ({ locals, params, request }) => {
		const article = await ownArticle(locals.db, teacherForAction(locals), params.slug);
		const id = (await request.formData()).get('id');
		const found = typeof id === 'string' && (await questions.get(locals.db, article.slug, id));
		if (!found) return fail(404, { removed: null });
		const outcome = await questions.remove(locals.db, found.id);
		redirect(303, `/teach/articles/${article.slug}?${outcome}=1`);
	}
} satisfies Actions;
