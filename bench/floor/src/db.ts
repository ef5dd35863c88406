import { env } from '$env/dynamic/private';
import type { Kysely } from 'kysely';
import { connect } from '../../../src/lib/server/db/connect';

interface FloorDatabase {
	floor_write: { id: string; choice: string; at: string };
}

// The app's own connect(): the same driver, pool and SQLite settings as Lede itself.
export const db = connect(env.DATABASE_URL, {
	poolSize: Number(env.DATABASE_POOL_SIZE || 10),
	checkpointInBackground: true
}).db as unknown as Kysely<FloorDatabase>;
