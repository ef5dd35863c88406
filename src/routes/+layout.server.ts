import { isAccount } from '$lib/server/auth/roles';
import type { LayoutServerLoad } from './$types';

/** Only what the header shows goes to the browser: never the password hash or the email of others. */
export const load = (({ locals }) => ({
	account: isAccount(locals.user)
		? { displayName: locals.user.display_name ?? locals.user.email, role: locals.user.role }
		: null
})) satisfies LayoutServerLoad;
