import { error } from '@sveltejs/kit';
import { paragraphs } from '$lib/evidence';
import * as articles from '$lib/server/quiz/articles';
import * as attempts from '$lib/server/quiz/attempts';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const article = await articles.getPublished(locals.db, params.slug);
	if (!article) error(404, 'There is no article here.');
	return {
		article: {
			slug: article.slug,
			title: article.title,
			source: article.source,
			// Shown as a link: whatever reached the database, only a web address may become an href.
			url: article.url && /^https?:\/\//i.test(article.url) ? article.url : null,
			publishedOn: article.published_on,
			place: article.place,
			tags: JSON.parse(article.tags) as string[]
		},
		paragraphs: paragraphs(article.body).map(({ number, text }) => ({ number, text })),
		questions: (await attempts.quizQuestions(locals.db, article.slug)).length
	};
}) satisfies PageServerLoad;
