import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './types';

export const defaultDatabaseUrl = 'file:./data/lede.db';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
	db: Kysely<Database>;
	dialect: Dialect;
}

/** Turns DATABASE_URL into a Kysely instance, or fails with a message a person can act on. */
export function connect(url: string = defaultDatabaseUrl, poolSize = 10): Connection {
	if (url.startsWith('file:')) {
		const path = url.slice('file:'.length);
		if (!path) throw new Error('DATABASE_URL "file:" needs a path, e.g. file:./data/lede.db');
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		const sqlite = new SQLite(path);
		sqlite.pragma('journal_mode = WAL');
		sqlite.pragma('foreign_keys = ON');
		// Several processes (the app, an import, a test) may share one file: wait instead of failing.
		sqlite.pragma('busy_timeout = 5000');
		sqlite.pragma('synchronous = NORMAL');
		return {
			db: new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }),
			dialect: 'sqlite'
		};
	}
	if (/^postgres(ql)?:\/\//.test(url)) {
		const pool = new pg.Pool({ connectionString: url, max: poolSize });
		return {
			db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
			dialect: 'postgres'
		};
	}
	throw new Error(
		`DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url}"`
	);
}

/** Brings the schema up to date; Kysely's migrator holds a lock so two instances starting together take turns. */
export async function migrate(db: Kysely<Database>): Promise<void> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed)
		throw new Error(
			`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`
		);
}
