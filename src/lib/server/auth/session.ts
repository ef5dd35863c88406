import type { Cookies } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { Database, UserRow } from '../db/types';
import { guestCookie } from '../identity/guest-cookie';

export const sessionCookie = 'lede_session';
const day = 24 * 60 * 60 * 1000;
export const sessionLifetime = 30 * day;
/** A session used within its last half is extended, so an active user is never logged out mid-week. */
const renewWhenLeft = sessionLifetime / 2;

/** Only the hash is stored: a leaked session table cannot be replayed as cookies. */
export function sessionId(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export interface Session {
	token: string;
	expiresAt: Date;
}

export async function createSession(
	db: Kysely<Database>,
	userId: string,
	now = new Date()
): Promise<Session> {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(now.getTime() + sessionLifetime);
	await db
		.insertInto('session')
		.values({
			id: sessionId(token),
			user_id: userId,
			expires_at: expiresAt.toISOString(),
			created_at: now.toISOString()
		})
		.execute();
	return { token, expiresAt };
}

export interface ValidSession {
	user: UserRow;
	/** Set when the expiry moved, so the cookie must be sent again with the new date. */
	renewedUntil: Date | null;
}

/** The account behind a cookie token; expired sessions are deleted on sight. */
export async function validateSession(
	db: Kysely<Database>,
	token: string,
	now = new Date()
): Promise<ValidSession | null> {
	const id = sessionId(token);
	const row = await db
		.selectFrom('session')
		.innerJoin('user', 'user.id', 'session.user_id')
		.selectAll('user')
		.select('session.expires_at')
		.where('session.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	const { expires_at, ...user } = row;
	const left = new Date(expires_at).getTime() - now.getTime();
	if (left <= 0) {
		await db.deleteFrom('session').where('id', '=', id).execute();
		return null;
	}
	if (left >= renewWhenLeft) return { user, renewedUntil: null };
	const renewedUntil = new Date(now.getTime() + sessionLifetime);
	await db
		.updateTable('session')
		.set({ expires_at: renewedUntil.toISOString() })
		.where('id', '=', id)
		.execute();
	return { user, renewedUntil };
}

export async function deleteSession(db: Kysely<Database>, token: string): Promise<void> {
	await db.deleteFrom('session').where('id', '=', sessionId(token)).execute();
}

export function setSessionCookie(
	cookies: Cookies,
	token: string,
	expiresAt: Date,
	secure: boolean
): void {
	cookies.set(sessionCookie, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure,
		expires: expiresAt
	});
}

/**
 * Logs `userId` in on a brand-new session and drops the one the browser came with, so a
 * session id planted before login (session fixation) is worthless afterwards.
 */
export async function startSession(
	db: Kysely<Database>,
	cookies: Cookies,
	userId: string,
	secure: boolean
): Promise<void> {
	const previous = cookies.get(sessionCookie);
	if (previous) await deleteSession(db, previous);
	const { token, expiresAt } = await createSession(db, userId);
	setSessionCookie(cookies, token, expiresAt, secure);
	// The guest this browser was is now part of the account; its cookie would only mislead.
	cookies.delete(guestCookie, { path: '/' });
}

export async function endSession(db: Kysely<Database>, cookies: Cookies): Promise<void> {
	const token = cookies.get(sessionCookie);
	if (token) await deleteSession(db, token);
	cookies.delete(sessionCookie, { path: '/' });
}

/** The signed-in user for this request, renewing the cookie when the session was extended. */
export async function sessionUser(
	db: Kysely<Database>,
	cookies: Cookies,
	secure: boolean
): Promise<UserRow | null> {
	const token = cookies.get(sessionCookie);
	if (!token) return null;
	const session = await validateSession(db, token);
	if (!session) {
		cookies.delete(sessionCookie, { path: '/' });
		return null;
	}
	if (session.renewedUntil) setSessionCookie(cookies, token, session.renewedUntil, secure);
	return session.user;
}
