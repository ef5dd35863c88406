import { env } from '$env/dynamic/private';
import { connect, defaultDatabaseUrl } from './connect';

// One pool per process is shared by every request; it holds connections, never user state.
export const { db, dialect } = connect(env.DATABASE_URL || defaultDatabaseUrl, {
	poolSize: Number(env.DATABASE_POOL_SIZE || 10),
	checkpointInBackground: true
});
