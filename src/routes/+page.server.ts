import { forStudent } from '$lib/server/classes/assignment';
import * as articles from '$lib/server/quiz/articles';
import { catchUp } from '$lib/server/review/cards';
import { countDue } from '$lib/server/review/queue';
import { newCardsPerDay } from '$lib/server/review/settings';
import type { PageServerLoad } from './$types';

/** The feed: plain GET parameters, so search and filter work without JavaScript and can be shared. */
export const load = (async ({ locals, url }) => {
	const search = url.searchParams.get('q')?.trim() ?? '';
	const tag = url.searchParams.get('tag') ?? '';
	const now = new Date();
	const [feed, tags, assigned, due] = await Promise.all([
		articles.feed(locals.db, locals.user?.id ?? null, { search, tag }),
		articles.tags(locals.db),
		locals.user ? forStudent(locals.db, locals.user.id, now.toISOString().slice(0, 10)) : [],
		locals.user
			? catchUp(locals.db, locals.user.id).then((learner) =>
					countDue(locals.db, learner, now, newCardsPerDay)
				)
			: null
	]);
	return { feed, tags, search, tag, assigned, due };
}) satisfies PageServerLoad;
