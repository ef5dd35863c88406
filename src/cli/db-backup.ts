/**
 * `npm run db:backup`: a consistent copy of the SQLite database while the app runs.
 * PostgreSQL has its own tools (pg_dump, or the managed service's snapshots): see docs/deploy.md.
 */
import { defaultDatabaseUrl } from '../lib/server/db/connect';
import { backupSqlite, sqlitePath } from '../lib/server/db/backup';

const path = sqlitePath(process.env.DATABASE_URL || defaultDatabaseUrl);
if (!path) {
	console.error(
		'db:backup copies SQLite databases; back up PostgreSQL with pg_dump (docs/deploy.md)'
	);
	process.exitCode = 1;
} else {
	try {
		console.log(`backed up to ${await backupSqlite(path)}`);
	} catch (error) {
		console.error(`backup of ${path} failed: ${error instanceof Error ? error.message : error}`);
		process.exitCode = 1;
	}
}
