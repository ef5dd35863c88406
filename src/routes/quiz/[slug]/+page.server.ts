import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { recordAnswer } from '$lib/server/quiz/answers';
import * as articles from '$lib/server/quiz/articles';
import * as attempts from '$lib/server/quiz/attempts';
import { Rejected } from '$lib/server/quiz/grading';
import * as results from '$lib/server/quiz/results';
import type { Actions, PageServerLoad } from './$types';

async function publishedArticle(locals: App.Locals, slug: string) {
	const article = await articles.getPublished(locals.db, slug);
	if (!article) error(404, 'There is no quiz here.');
	return article;
}

/**
 * One screen of the learner's latest attempt: `?q=N` names a question; without it, the first
 * unanswered one. An unanswered question is sent without anything that gives its answer away.
 */
export const load = (async ({ locals, params, url }) => {
	const article = await publishedArticle(locals, params.slug);
	const heading = { slug: article.slug, title: article.title, source: article.source };
	const attempt = locals.user && (await attempts.latest(locals.db, locals.user.id, article.slug));
	const list = attempt ? await results.items(locals.db, attempt, article.body) : [];
	const asked = Number(url.searchParams.get('q'));
	const item = list[asked - 1] ?? list.find((i) => !i.outcome);
	if (!attempt || !item)
		return {
			view: 'start' as const,
			article: heading,
			questions: (await attempts.quizQuestions(locals.db, article.slug)).length,
			last: attempt ? results.score(list) : null
		};
	const progress = { total: list.length, answered: list.filter((i) => i.outcome).length };
	if (!item.outcome)
		return {
			view: 'question' as const,
			article: heading,
			progress,
			attemptId: attempt.id,
			shownAt: new Date().toISOString(),
			question: {
				number: item.number,
				questionId: item.questionId,
				prompt: item.prompt,
				choices: item.choices,
				asOf: item.asOf
			}
		};
	return {
		view: 'feedback' as const,
		article: heading,
		progress,
		question: { number: item.number, prompt: item.prompt, asOf: item.asOf },
		outcome: item.outcome,
		nextNumber: item.number < list.length ? item.number + 1 : null,
		finished: progress.answered === progress.total
	};
}) satisfies PageServerLoad;

const answerForm = z.object({
	attempt: z.string().min(1),
	question: z.string().min(1),
	choice: z.string().min(1, 'Choose one of the answers first.'),
	shown: z.iso.datetime().optional()
});

export const actions = {
	start: async ({ locals, params }) => {
		const article = await publishedArticle(locals, params.slug);
		const learner = await locals.learner();
		const attempt = await attempts.resumeOrStart(locals.db, learner.id, article.slug);
		if (!attempt) error(404, 'This quiz has no questions yet.');
		redirect(303, `/quiz/${article.slug}`);
	},

	answer: async ({ locals, params, request }) => {
		const parsed = answerForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success)
			return fail(400, {
				message: parsed.error.issues.some((i) => i.path[0] === 'choice')
					? 'Choose one of the answers first.'
					: 'That answer did not come from this quiz page. Reload it and try again.'
			});
		const form = parsed.data;
		// Without a learner no attempt can match, so the answer is refused as not theirs; nobody is
		// made a guest just to be refused.
		const recorded = await recordAnswer(locals.db, {
			attempt: { id: form.attempt, user_id: locals.user?.id ?? '', article_slug: params.slug },
			questionId: form.question,
			choice: form.choice,
			msTaken: null,
			// The time comes from the page, so it is only kept when it is believable.
			shownAt: form.shown ? new Date(form.shown) : undefined
		}).catch((e: unknown) => {
			if (e instanceof Rejected) return e;
			throw e;
		});
		if (recorded instanceof Rejected) return fail(400, { message: recorded.message });
		const number = recorded.plan.findIndex((i) => i.questionId === form.question) + 1;
		redirect(303, `/quiz/${params.slug}?q=${number}`);
	}
} satisfies Actions;
