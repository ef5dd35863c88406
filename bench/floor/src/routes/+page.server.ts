import { fail, redirect } from '@sveltejs/kit';
import { db } from '../db';
import type { Actions } from './$types';

export const actions = {
	default: async ({ request }) => {
		const choice = (await request.formData()).get('choice');
		if (typeof choice !== 'string') return fail(400);
		await db
			.insertInto('floor_write')
			.values({ id: crypto.randomUUID(), choice, at: new Date().toISOString() })
			.execute();
		redirect(303, '/');
	}
} satisfies Actions;
