import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

/**
 * Failed logins are counted in the database, not in memory, so the limit holds across
 * restarts and across several app instances.
 */
export const failureWindow = 15 * 60 * 1000;
/** Enough for a person who mistypes; far too few for guessing. */
export const accountLimit = 5;
/** Higher than the account limit: a school shares one address among many honest pupils. */
export const addressLimit = 20;

export interface LoginKeys {
	email: string;
	address: string;
}

interface Limit {
	key: string;
	limit: number;
	reason: 'account' | 'address';
}

function limits({ email, address }: LoginKeys): Limit[] {
	return [
		{ key: `account:${email}`, limit: accountLimit, reason: 'account' },
		{ key: `address:${address}`, limit: addressLimit, reason: 'address' }
	];
}

export interface Blocked {
	reason: 'account' | 'address';
	until: Date;
}

/**
 * Whether this login may even be tried. The block lifts when the oldest failure that still
 * counts toward the limit leaves the window, so it never lasts longer than the window.
 */
export async function loginBlocked(
	db: Kysely<Database>,
	keys: LoginKeys,
	now = new Date()
): Promise<Blocked | null> {
	const since = new Date(now.getTime() - failureWindow).toISOString();
	for (const { key, limit, reason } of limits(keys)) {
		const limiting = await db
			.selectFrom('login_failure')
			.select('failed_at')
			.where('key', '=', key)
			.where('failed_at', '>', since)
			.orderBy('failed_at', 'desc')
			.offset(limit - 1)
			.limit(1)
			.executeTakeFirst();
		if (limiting)
			return { reason, until: new Date(new Date(limiting.failed_at).getTime() + failureWindow) };
	}
	return null;
}

export async function recordLoginFailure(
	db: Kysely<Database>,
	keys: LoginKeys,
	now = new Date()
): Promise<void> {
	const failedAt = now.toISOString();
	await db
		.insertInto('login_failure')
		.values(limits(keys).map(({ key }) => ({ id: crypto.randomUUID(), key, failed_at: failedAt })))
		.execute();
	// Old failures never count again; dropping them here keeps the table as small as the window.
	await db
		.deleteFrom('login_failure')
		.where('failed_at', '<=', new Date(now.getTime() - failureWindow).toISOString())
		.execute();
}

/** A correct password forgives the account's mistakes, but not the address's: one good account must not unlock guessing at others. */
export async function clearAccountFailures(db: Kysely<Database>, email: string): Promise<void> {
	await db.deleteFrom('login_failure').where('key', '=', `account:${email}`).execute();
}

export function blockedMessage({ reason, until }: Blocked, now = new Date()): string {
	const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60000));
	const who = reason === 'account' ? 'for this account' : 'from your network';
	return `Too many failed logins ${who}. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} (at ${until.toISOString().slice(11, 16)} UTC).`;
}
