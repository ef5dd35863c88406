import { teacherForPage } from '$lib/server/authoring/access';
import * as articles from '$lib/server/authoring/article';
import * as classes from '$lib/server/classes/class';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = teacherForPage(event);
	const { db } = event.locals;
	return {
		articles: await articles.listOwned(db, user),
		classes: await classes.list(db, user.id)
	};
}) satisfies PageServerLoad;
