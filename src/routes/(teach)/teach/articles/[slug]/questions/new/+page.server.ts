import { ownArticle, teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import { saveQuestion } from '$lib/server/authoring/save';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const article = await ownArticle(event.locals.db, teacherForPage(event), event.params.slug);
	return { article: { slug: article.slug, title: article.title, body: article.body } };
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ locals, params, request }) => {
		const user = teacherForAction(locals);
		const article = await ownArticle(locals.db, user, params.slug);
		return saveQuestion(locals, user, article, await request.formData(), null);
	}
} satisfies Actions;
