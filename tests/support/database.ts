/**
 * Fresh, migrated databases for server tests. Every server test runs once per database kind
 * listed here, so SQLite and PostgreSQL are held to the same behaviour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { inject } from 'vitest';
import { connect, migrate, type Dialect } from '../../src/lib/server/db/connect';
import type { Database } from '../../src/lib/server/db/types';
import { createDatabase, migratedTemplate } from './postgres';

export interface TestDatabase {
	db: Kysely<Database>;
	dialect: Dialect;
	url: string;
	close: () => Promise<void>;
}

/** Set by tests/support/postgres-server.ts when this run has a PostgreSQL server. */
const postgresUrl = inject('postgresUrl');

/** The database kinds this run can test on. */
export const testDialects: Dialect[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];

/** An empty database with no schema: for tests of migration itself. */
export function emptyDatabase(dialect: Dialect): Promise<TestDatabase> {
	return newDatabase(dialect, 'template1');
}

async function newDatabase(dialect: Dialect, postgresTemplate: string): Promise<TestDatabase> {
	let url: string;
	let remove: () => Promise<void> | void;
	if (dialect === 'postgres') {
		if (!postgresUrl) throw new Error('this run has no PostgreSQL server');
		({ url, drop: remove } = await createDatabase(postgresUrl, { template: postgresTemplate }));
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'lede-test-'));
		url = `file:${join(dir, 'lede.db')}`;
		remove = () => rmSync(dir, { recursive: true, force: true });
	}
	const { db } = connect(url);
	return {
		db,
		dialect,
		url,
		close: async () => {
			await db.destroy();
			await remove();
		}
	};
}

export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
	const database = await newDatabase(dialect, migratedTemplate);
	await migrate(database.db);
	return database;
}
