import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import * as classes from '$lib/server/classes/class';
import type { Actions, PageServerLoad } from './$types';

const className = z
	.string()
	.trim()
	.min(1, 'Give the class a name.')
	.max(100, 'Keep the name under 100 characters.');

export const load = (async (event) => {
	const user = teacherForPage(event);
	return { classes: await classes.list(event.locals.db, user.id) };
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ locals, request }) => {
		const user = teacherForAction(locals);
		const name = (await request.formData()).get('name');
		const parsed = className.safeParse(typeof name === 'string' ? name : '');
		if (!parsed.success)
			return fail(400, { name: String(name ?? ''), error: parsed.error.issues[0].message });
		const created = await classes.create(locals.db, user.id, parsed.data);
		redirect(303, `/teach/classes/${created.id}`);
	}
} satisfies Actions;
