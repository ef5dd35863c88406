import { teacherForPage } from '$lib/server/authoring/access';
import type { LayoutServerLoad } from './$types';

// Guards every page below; actions check again themselves, as a layout load does not run for them.
export const load = (async (event) => {
	teacherForPage(event);
	return {};
}) satisfies LayoutServerLoad;
