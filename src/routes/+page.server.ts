import { forStudent } from '$lib/server/classes/assignment';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	assigned: locals.user
		? await forStudent(locals.db, locals.user.id, new Date().toISOString().slice(0, 10))
		: []
})) satisfies PageServerLoad;
