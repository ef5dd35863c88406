import { progress } from '$lib/server/quiz/progress';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	progress: locals.user ? await progress(locals.db, locals.user.id) : null
})) satisfies PageServerLoad;
