import { env } from '$env/dynamic/private';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

/**
 * Once made, the stored key never changes, so each process reads it once per database rather
 * than writing and reading the setting on every request.
 */
const stored = new WeakMap<Kysely<Database>, Promise<string>>();

/**
 * The key that signs guest cookies. LEDE_SECRET wins; otherwise one is made once and kept in
 * the database, so every instance on the same database signs and checks alike.
 */
export function cookieSecret(db: Kysely<Database>): Promise<string> {
	if (env.LEDE_SECRET) return Promise.resolve(env.LEDE_SECRET);
	let secret = stored.get(db);
	if (!secret) {
		secret = storedSecret(db);
		stored.set(db, secret);
		secret.catch(() => stored.delete(db)); // a failed read is tried again next time
	}
	return secret;
}

async function storedSecret(db: Kysely<Database>): Promise<string> {
	await db
		.insertInto('setting')
		.values({ key: 'cookie_secret', value: randomBytes(32).toString('base64url') })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	const row = await db
		.selectFrom('setting')
		.select('value')
		.where('key', '=', 'cookie_secret')
		.executeTakeFirstOrThrow();
	return row.value;
}
