import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/types';
import { cookieSecret } from './secret';
import { sign, unsign } from './signed';

export const guestCookie = 'lede_guest';
const guestCookieMaxAge = 60 * 60 * 24 * 400; // the longest browsers keep a cookie

/** The guest named by a valid signed cookie, if that guest still exists. */
export async function findGuest(db: Kysely<Database>, cookies: Cookies): Promise<UserRow | null> {
	const id = unsign(cookies.get(guestCookie), await cookieSecret(db));
	if (!id) return null;
	return (
		(await db
			.selectFrom('user')
			.selectAll()
			.where('id', '=', id)
			.where('role', '=', 'guest')
			.executeTakeFirst()) ?? null
	);
}

/**
 * Makes a guest on the first thing worth remembering (an answer), not on every page view,
 * so crawlers and one-off visits do not fill the user table.
 */
export async function createGuest(
	db: Kysely<Database>,
	cookies: Cookies,
	secure: boolean
): Promise<UserRow> {
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
