import { redirect } from '@sveltejs/kit';
import * as account from '$lib/server/auth/account';
import { refuse, safeNext, signupForm, typedValues } from '$lib/server/auth/forms';
import { requireSignedOut } from '$lib/server/auth/guard';
import { startSession } from '$lib/server/auth/session';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => requireSignedOut(event)) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, cookies, url }) => {
		const form = await request.formData();
		const values = typedValues(form, 'email', 'displayName', 'next');
		const parsed = signupForm.safeParse(Object.fromEntries(form));
		if (!parsed.success) return refuse(values, parsed.error);
		let user;
		try {
			// New accounts are students; teachers are promoted by an admin.
			user = await account.create(locals.db, { ...parsed.data, role: 'student' }, locals.user);
		} catch (e) {
			if (!(e instanceof account.EmailTakenError)) throw e;
			return refuse(values, {
				email: ['An account with this email exists already. Log in instead.']
			});
		}
		await startSession(locals.db, cookies, user.id, url.protocol === 'https:');
		redirect(303, safeNext(parsed.data.next));
	}
} satisfies Actions;
