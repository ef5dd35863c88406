/** The one save path of the question editor, for a new question and for an edit alike. */
import { fail, redirect } from '@sveltejs/kit';
import type { ArticleRow } from '../db/types';
import type { Identity } from '../identity/learner';
import { readQuestion } from './forms';
import * as questions from './question';

/**
 * A draft is saved even when it cannot be published yet, so no typing is lost; a published
 * question must stay publishable, so a failing edit of one is refused whole.
 */
export async function saveQuestion(
	locals: App.Locals,
	user: Identity,
	article: ArticleRow,
	form: FormData,
	current: questions.EditableQuestion | null
) {
	const { values, words, errors } = readQuestion(form, article.body);
	if (!words) return fail(400, { values, errors });
	const wasPublished = current?.status === 'published';
	if (wasPublished) {
		const found = questions.publishProblems(questions.withWords(current!, words), article.body);
		if (found.length) return fail(400, { values, errors: { publish: found } });
	}
	let id = current?.id;
	if (current) await questions.update(locals.db, current, words, user.id);
	else
		[id] = await questions.insertDrafts(
			locals.db,
			article.slug,
			[
				{
					...words,
					bankId: `teacher-${crypto.randomUUID().slice(0, 8)}`,
					origin: 'teacher',
					tags: []
				}
			],
			article.published_on,
			user.id
		);
	if (!wasPublished && form.get('then') === 'publish') {
		const saved = await questions.get(locals.db, article.slug, id!);
		const { failed } = await questions.publish(locals.db, article.slug, article.body, [saved!]);
		// Saved but not publishable: the editor shows the draft with what to fix.
		if (failed.length)
			redirect(303, `/teach/articles/${article.slug}/questions/${id}?publish=failed`);
	}
	redirect(303, `/teach/articles/${article.slug}#q-${id}`);
}
