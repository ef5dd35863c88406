import { error, redirect } from '@sveltejs/kit';
import { safeNext } from './forms';
import { isAccount, type Account, type AccountRole } from './roles';

/**
 * Checks run on the server in every load and every action: a guard in a layout's load does
 * not protect the page's actions, and what the page showed proves nothing about the request.
 */

/** For actions and endpoints: the signed-in account, or 401 (guests count as signed out). */
export function requireUser(locals: App.Locals): Account {
	if (!isAccount(locals.user)) error(401, 'Log in to do this.');
	return locals.user;
}

/** For actions and endpoints: the account if it has one of `roles`, else 401 or 403. Roles do not nest: list every role allowed. */
export function requireRole(locals: App.Locals, ...roles: AccountRole[]): Account {
	const user = requireUser(locals);
	if (!roles.includes(user.role)) error(403, 'Your account may not do this.');
	return user;
}

interface PageEvent {
	locals: App.Locals;
	url: URL;
}

/** For page loads: sends a visitor who is not signed in to /login, and back here afterwards. */
export function requirePageUser({ locals, url }: PageEvent): Account {
	if (!isAccount(locals.user)) redirect(303, loginUrl(url));
	return locals.user;
}

/** For page loads: like `requirePageUser`, then 403 for a signed-in account without the role. */
export function requirePageRole(event: PageEvent, ...roles: AccountRole[]): Account {
	const user = requirePageUser(event);
	if (!roles.includes(user.role)) error(403, 'Your account may not see this page.');
	return user;
}

export function loginUrl(from: URL): string {
	return `/login?${new URLSearchParams({ next: from.pathname + from.search })}`;
}

/** For /login and /signup: someone already signed in goes straight on to where they were headed. */
export function requireSignedOut({ locals, url }: PageEvent): { next: string } {
	const next = url.searchParams.get('next') ?? '';
	if (isAccount(locals.user)) redirect(303, safeNext(next));
	return { next };
}
