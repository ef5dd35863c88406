/**
 * Fresh, migrated databases for server tests. Every server test runs once per database kind
 * listed here, so SQLite and PostgreSQL are held to the same behaviour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { connect, migrate, type Dialect } from '../../src/lib/server/db/connect';
import type { Database } from '../../src/lib/server/db/types';

export interface TestDatabase {
	db: Kysely<Database>;
	dialect: Dialect;
	url: string;
	close: () => Promise<void>;
}

/** The database kinds this run can test on. */
export const testDialects: Dialect[] = ['sqlite'];

export async function freshDatabase(dialect: Dialect): Promise<TestDatabase> {
	if (dialect !== 'sqlite') throw new Error(`no test database for ${dialect} yet`);
	const dir = mkdtempSync(join(tmpdir(), 'lede-test-'));
	const url = `file:${join(dir, 'lede.db')}`;
	const { db } = connect(url);
	await migrate(db);
	return {
		db,
		dialect,
		url,
		close: async () => {
			await db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}
