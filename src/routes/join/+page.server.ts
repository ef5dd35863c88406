import { redirect } from '@sveltejs/kit';
import { normalizeJoinCode } from '$lib/server/classes/class';
import type { PageServerLoad } from './$types';

// The code form submits with GET, so typing a code works without JavaScript.
export const load = (({ url }) => {
	const code = normalizeJoinCode(url.searchParams.get('code') ?? '');
	if (code) redirect(303, `/join/${encodeURIComponent(code)}`);
}) satisfies PageServerLoad;
