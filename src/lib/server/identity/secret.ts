import { env } from '$env/dynamic/private';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

/**
 * The key that signs guest cookies. LEDE_SECRET wins; otherwise one is made once and kept in
 * the database, so every instance on the same database signs and checks alike.
 */
export async function cookieSecret(db: Kysely<Database>): Promise<string> {
	if (env.LEDE_SECRET) return env.LEDE_SECRET;
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
