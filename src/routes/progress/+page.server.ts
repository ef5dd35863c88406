import { progress } from '$lib/server/quiz/progress';
import { catchUp } from '$lib/server/review/cards';
import { retention } from '$lib/server/review/stats';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => ({
	progress: locals.user ? await progress(locals.db, locals.user.id) : null,
	retention: locals.user
		? await retention(locals.db, await catchUp(locals.db, locals.user.id), new Date())
		: null
})) satisfies PageServerLoad;
