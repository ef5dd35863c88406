import { forStudent } from '$lib/server/classes/assignment';
import * as articles from '$lib/server/quiz/articles';
import type { PageServerLoad } from './$types';

/** The feed: plain GET parameters, so search and filter work without JavaScript and can be shared. */
export const load = (async ({ locals, url }) => {
	const search = url.searchParams.get('q')?.trim() ?? '';
	const tag = url.searchParams.get('tag') ?? '';
	const [feed, tags, assigned] = await Promise.all([
		articles.feed(locals.db, locals.user?.id ?? null, { search, tag }),
		articles.tags(locals.db),
		locals.user ? forStudent(locals.db, locals.user.id, new Date().toISOString().slice(0, 10)) : []
	]);
	return { feed, tags, search, tag, assigned };
}) satisfies PageServerLoad;
