import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/types';
import { cookieSecret } from './secret';
import { sign, unsign } from './signed';

export const guestCookie = 'lede_guest';
const guestCookieMaxAge = 60 * 60 * 24 * 400; // the longest browsers keep a cookie

/** Who a request comes from, as pages and actions need it. */
export type Identity = Pick<UserRow, 'id' | 'role' | 'email' | 'display_name'>;

/**
 * The guest a cookie names. Its signature proves the server issued it, so this costs no query:
 * an answer, the commonest request, needs none for its learner. A guest who later signed up
 * (and so no longer exists) keeps nothing: their attempts moved to the account, so an answer
 * is refused as not theirs, and `keepGuest` makes them anew before anything is stored.
 */
export async function cookieGuest(
	db: Kysely<Database>,
	cookies: Cookies
): Promise<Identity | null> {
	const id = unsign(cookies.get(guestCookie), await cookieSecret(db));
	return id ? { id, role: 'guest', email: null, display_name: null } : null;
}

/**
 * Makes sure the guest behind a cookie exists before something of theirs is stored. False when
 * the id is an account's (earlier versions turned the guest itself into the account at
 * sign-up): that cookie speaks for nobody.
 */
export async function keepGuest(db: Kysely<Database>, guest: Identity): Promise<boolean> {
	await db
		.insertInto('user')
		.values({ id: guest.id, role: 'guest', created_at: new Date().toISOString() })
		.onConflict((oc) => oc.column('id').doNothing())
		.execute();
	const row = await db
		.selectFrom('user')
		.select('role')
		.where('id', '=', guest.id)
		.executeTakeFirst();
	return row?.role === 'guest';
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
		created_at: new Date().toISOString()
	};
	await db.insertInto('user').values(guest).execute();
	cookies.set(guestCookie, sign(guest.id, await cookieSecret(db)), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		maxAge: guestCookieMaxAge
	});
	return guest;
}
