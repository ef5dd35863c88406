import { fail, redirect } from '@sveltejs/kit';
import { defaultTimeZone } from '$lib/server/review/days';
import { setTimeZone, storedTimeZone, timeZoneForm, timeZones } from '$lib/server/review/time-zone';
import type { Actions, PageServerLoad } from './$types';

/** The zone review days follow, chosen from a plain list, so it works without JavaScript. */
export const load = (async ({ locals }) => {
	const stored = locals.user ? await storedTimeZone(locals.db, locals.user.id) : null;
	return { timeZone: stored ?? defaultTimeZone, chosen: stored !== null, timeZones };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		const form = Object.fromEntries(await request.formData());
		const parsed = timeZoneForm.safeParse(form);
		if (!parsed.success)
			return fail(400, {
				timeZone: String(form.timeZone ?? ''),
				error: parsed.error.issues[0].message
			});
		// The browser's own guess makes no guest: a learner without cards has no days to count.
		const learner = parsed.data.automatic ? locals.user : await locals.learner();
		if (learner) await setTimeZone(locals.db, learner.id, parsed.data);
		redirect(303, '/review');
	}
} satisfies Actions;
