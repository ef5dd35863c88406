/**
 * `npm run db:migrate`: brings the database named by DATABASE_URL up to date without starting
 * the app, e.g. as the first step of an upgrade. The app also migrates on start; both are safe
 * to run while other instances start or serve.
 */
import { connect, defaultDatabaseUrl, migrate } from '../lib/server/db/connect';

const { db } = connect(process.env.DATABASE_URL || defaultDatabaseUrl, { poolSize: 1 });
try {
	await migrate(db);
	console.log('database is up to date');
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exitCode = 1;
} finally {
	await db.destroy();
}
