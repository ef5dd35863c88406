import { error } from '@sveltejs/kit';
import { ownArticle, teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import type { UserRow } from '$lib/server/db/types';
import * as questions from '$lib/server/authoring/question';
import { saveQuestion } from '$lib/server/authoring/save';
import type { Actions, PageServerLoad } from './$types';

async function ownQuestion(locals: App.Locals, user: UserRow, slug: string, id: string) {
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
	}
} satisfies Actions;
