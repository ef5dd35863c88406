import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/types';
import { cookieSecret } from './secret';
import { guestCookie, guestCookieMaxAge, guestCookieValue, trusted } from './guest-cookie';
import { isGuest } from './guests';
import { unsign } from './signed';

function setGuestCookie(cookies: Cookies, value: string, secure: boolean): void {
	cookies.set(guestCookie, value, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: guestCookieMaxAge
	});
}

/** Who a request comes from, as pages and actions need it. */
export type Identity = Pick<UserRow, 'id' | 'role' | 'email' | 'display_name'>;

/**
 * The guest a cookie names. Its signature proves the server issued it, so this costs no query:
 * an answer, the commonest request, needs none for its learner. A guest who later signed up
 * (and so no longer exists) keeps nothing: their attempts moved to the account, so an answer
 * is refused as not theirs, and `keepGuest` makes them anew before anything is stored.
 * A cookie from before that rule may name a guest that became an account, so it is looked up
 * once and, if it still names a guest, issued again in the trusted form.
 */
export async function cookieGuest(
	db: Kysely<Database>,
	cookies: Cookies,
	secure: boolean
): Promise<Identity | null> {
	const secret = await cookieSecret(db);
	const value = unsign(cookies.get(guestCookie), secret);
	if (!value) return null;
	if (value.startsWith(trusted)) return guestIdentity(value.slice(trusted.length));
	if (!(await isGuest(db, value))) return null;
	setGuestCookie(cookies, guestCookieValue(value, secret), secure);
	return guestIdentity(value);
}

const guestIdentity = (id: string): Identity => ({
	id,
	role: 'guest',
	email: null,
	display_name: null
});

/**
 * Makes sure the guest behind a cookie exists before something of theirs is stored: one who
 * has since signed up is made anew, with nothing.
 */
export async function keepGuest(db: Kysely<Database>, guest: Identity): Promise<void> {
	await db
		.insertInto('user')
		.values({ id: guest.id, role: 'guest', created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
}

/**
 * Makes a guest on the first thing worth remembering (an answer), not on every page view,
 * so crawlers and one-off visits do not fill the user table.
 */
export async function createGuest(
	db: Kysely<Database>,
	cookies: Cookies,
	secure: boolean
): Promise<Identity> {
	const guest: UserRow = {
		id: crypto.randomUUID(),
		email: null,
		display_name: null,
		password_hash: null,
		role: 'guest',
		created_at: new Date().toISOString(),
		time_zone: null
	};
	await db.insertInto('user').values(guest).execute();
	setGuestCookie(cookies, guestCookieValue(guest.id, await cookieSecret(db)), secure);
	return guest;
}
