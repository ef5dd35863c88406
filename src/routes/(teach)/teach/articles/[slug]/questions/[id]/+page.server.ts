import { error, redirect } from '@sveltejs/kit';
import { ownArticle, teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import type { Identity } from '$lib/server/identity/learner';
import * as questions from '$lib/server/authoring/question';
import { saveQuestion } from '$lib/server/authoring/save';
import { retireQuestion } from '$lib/server/questions/status';
import type { Actions, PageServerLoad } from './$types';

async function ownQuestion(locals: App.Locals, user: Identity, slug: string, id: string) {
	const article = await ownArticle(locals.db, user, slug);
	const question = await questions.get(locals.db, article.slug, id);
	if (!question) error(404, 'This article has no such question.');
	return { article, question };
}

export const load = (async (event) => {
	const { locals, params } = event;
	const user = teacherForPage(event);
	const { article, question } = await ownQuestion(locals, user, params.slug, params.id);
	return {
		problems:
			question.status === 'published' ? [] : questions.publishProblems(question, article.body),
		article: { slug: article.slug, title: article.title, body: article.body },
		question: {
			status: question.status,
			version: question.current_version,
			kind: question.kind,
			prompt: question.prompt,
			answer: question.answer,
			distractors: JSON.parse(question.distractors) as string[],
			explanation: question.explanation,
			evidence_text: question.evidence_text,
			evidence_start: question.evidence_start,
			evidence_end: question.evidence_end
		}
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ locals, params, request }) => {
		const user = teacherForAction(locals);
		const { article, question } = await ownQuestion(locals, user, params.slug, params.id);
		return saveQuestion(locals, user, article, await request.formData(), question);
	},
	/** Facts that went out of date: learners stop being asked, past results stay as they were. */
	retire: async ({ locals, params }) => {
		const user = teacherForAction(locals);
		const { article, question } = await ownQuestion(locals, user, params.slug, params.id);
		await retireQuestion(locals.db, question.id);
		redirect(303, `/teach/articles/${article.slug}/questions/${question.id}`);
	}
} satisfies Actions;
