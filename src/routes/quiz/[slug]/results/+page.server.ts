import { error, fail, redirect } from '@sveltejs/kit';
import * as articles from '$lib/server/quiz/articles';
import * as attempts from '$lib/server/quiz/attempts';
import * as results from '$lib/server/quiz/results';
import type { Actions, PageServerLoad } from './$types';

/** `?attempt=ID` shows that attempt of this learner; otherwise their last finished one. */
export const load = (async ({ locals, params, url }) => {
	const article = await articles.getPublished(locals.db, params.slug);
	if (!article) error(404, 'There is no quiz here.');
	const asked = url.searchParams.get('attempt');
	const attempt = !locals.user
		? undefined
		: asked
			? await attempts.finished(locals.db, asked)
			: await attempts.latestFinished(locals.db, locals.user.id, article.slug);
	if (!attempt || attempt.user_id !== locals.user?.id || attempt.article_slug !== article.slug)
		redirect(303, `/quiz/${article.slug}`);
	const list = await results.items(locals.db, attempt, article.body);
	return {
		article: { slug: article.slug, title: article.title, source: article.source },
		attempt: {
			id: attempt.id,
			mode: attempt.mode,
			startedAt: attempt.started_at,
			finishedAt: attempt.finished_at,
			ms: Date.parse(attempt.finished_at) - Date.parse(attempt.started_at)
		},
		score: results.score(list),
		items: list
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A new attempt of just the questions this one got wrong, shuffled afresh. */
	retry: async ({ locals, params, request }) => {
		const id = (await request.formData()).get('attempt');
		const learner = await locals.learner();
		const attempt = typeof id === 'string' ? await attempts.get(locals.db, id) : undefined;
		if (!attempt || attempt.user_id !== learner.id || attempt.article_slug !== params.slug)
			return fail(400, { message: 'That attempt is not yours or no longer exists.' });
		const missed = (await results.items(locals.db, attempt, ''))
			.filter((i) => i.outcome && !i.outcome.correct)
			.map((i) => i.questionId);
		if (missed.length === 0) return fail(400, { message: 'Nothing was missed in that attempt.' });
		await attempts.start(locals.db, {
			userId: learner.id,
			slug: params.slug,
			mode: 'retry',
			questionIds: missed
		});
		redirect(303, `/quiz/${params.slug}`);
	}
} satisfies Actions;
