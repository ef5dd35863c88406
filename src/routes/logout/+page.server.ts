import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/session';
import type { Actions } from './$types';

export const actions = {
	default: async ({ locals, cookies }) => {
		await endSession(locals.db, cookies);
		redirect(303, '/');
	}
} satisfies Actions;
