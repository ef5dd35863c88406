import { fail, redirect } from '@sveltejs/kit';
import { teacherForAction } from '$lib/server/authoring/access';
import * as articles from '$lib/server/authoring/article';
import { readArticleMeta } from '$lib/server/authoring/forms';
import { generatedDrafts } from '$lib/server/authoring/generated';
import { readArticleInput } from '$lib/server/authoring/intake';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, request }) => {
		const user = teacherForAction(locals);
		const form = await request.formData();
		const { values, errors, meta } = readArticleMeta(form);
		const pasted = form.get('body');
		const file = form.get('file');
		const intake = await readArticleInput(
			typeof pasted === 'string' ? pasted : '',
			file instanceof File ? file : null
		);
		if (!intake.ok) errors.body = intake.error;
		const slug = values.slug || articles.slugify(values.title);
		if (!slug && !errors.title)
			errors.slug = 'Give the article an address made of letters or digits.';
		const kept = { ...values, body: typeof pasted === 'string' ? pasted : '' };
		if (!meta || !intake.ok || Object.keys(errors).length)
			return fail(400, { values: kept, errors });
		const duplicate = () =>
			fail(409, {
				values: { ...kept, slug },
				errors: { slug: new articles.DuplicateSlug(slug).message }
			});
		if (await articles.exists(locals.db, slug)) return duplicate();
		const generated = await generatedDrafts(locals.db, meta, intake.body);
		if (!generated.ok) return fail(400, { values: kept, errors: { body: generated.error } });
		const { drafts } = generated;
		try {
			await articles.create(locals.db, user, { slug, meta, body: intake.body }, drafts);
		} catch (e) {
			if (e instanceof articles.DuplicateSlug) return duplicate();
			throw e;
		}
		redirect(303, `/teach/articles/${slug}?generated=${drafts.length}`);
	}
} satisfies Actions;
