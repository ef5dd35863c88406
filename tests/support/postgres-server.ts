/**
 * Vitest globalSetup: a throwaway PostgreSQL server for the server test run, so every
 * server test also runs on PostgreSQL (see tests/support/database.ts). Uses Debian's
 * binaries when present; without them the run goes on with SQLite only, except in CI,
 * where a missing PostgreSQL is a failure rather than a silently smaller test run.
 */
import type { TestProject } from 'vitest/node';
import { connect, migrate } from '../../src/lib/server/db/connect';
import { createDatabase, migratedTemplate, startPostgres } from './postgres';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Admin URL of the run's PostgreSQL server, or '' when this run tests SQLite only. */
		postgresUrl: string;
	}
}

export default async function setup(project: TestProject) {
	const server = await startPostgres();
	if (!server) {
		const message = 'PostgreSQL binaries not found (apt-get install postgresql)';
		if (process.env.CI === 'true') throw new Error(`${message}: CI must test PostgreSQL`);
		console.warn(`PostgreSQL tests skipped: ${message}.`);
		project.provide('postgresUrl', '');
		return;
	}
	try {
		// Copying a migrated database is quicker than migrating every test's database anew.
		const template = await createDatabase(server.url, { name: migratedTemplate });
		const { db } = connect(template.url);
		await migrate(db);
		await db.destroy();
	} catch (error) {
		await server.stop();
		throw error;
	}
	project.provide('postgresUrl', server.url);
	return server.stop;
}
