import { redirect } from '@sveltejs/kit';
import * as account from '$lib/server/auth/account';
import { refuse, loginForm, safeNext, typedValues } from '$lib/server/auth/forms';
import { verifyPassword } from '$lib/server/auth/password';
import { isAccount } from '$lib/server/auth/roles';
import { requireSignedOut } from '$lib/server/auth/guard';
import { startSession } from '$lib/server/auth/session';
import {
	blockedMessage,
	clearAccountFailures,
	loginBlocked,
	recordLoginFailure
} from '$lib/server/auth/throttle';
import type { Actions, PageServerLoad } from './$types';

export const load = ((event) => requireSignedOut(event)) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals, cookies, url, getClientAddress }) => {
		const { db } = locals;
		const form = await request.formData();
		const values = typedValues(form, 'email', 'next');
		const parsed = loginForm.safeParse(Object.fromEntries(form));
		if (!parsed.success) return refuse(values, parsed.error);
		const { email, password, next } = parsed.data;

		const keys = { email, address: getClientAddress() };
		// Checked before the password, so a blocked guesser learns nothing even with the right one.
		let blocked = await loginBlocked(db, keys);
		if (blocked) return refuse(values, { form: [blockedMessage(blocked)] }, 429);

		const user = await account.getByEmail(db, email);
		if (!(await verifyPassword(user?.password_hash, password)) || !isAccount(user)) {
			await recordLoginFailure(db, keys);
			blocked = await loginBlocked(db, keys);
			return blocked
				? refuse(values, { form: [blockedMessage(blocked)] }, 429)
				: refuse(values, { form: ['That email and password do not match.'] });
		}

		await clearAccountFailures(db, email);
		if (locals.user) await account.adoptGuest(db, locals.user, user.id);
		await startSession(db, cookies, user.id, url.protocol === 'https:');
		redirect(303, safeNext(next));
	}
} satisfies Actions;
