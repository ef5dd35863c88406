import SQLite from 'better-sqlite3';
import {
	CompiledQuery,
	Kysely,
	Migrator,
	PostgresDialect,
	SqliteAdapter,
	SqliteDialect,
	SqliteDriver,
	type DatabaseConnection,
	type PostgresPool,
	type PostgresPoolClient,
	type SqliteDatabase,
	type SqliteDialectConfig
} from 'kysely';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { remember } from '../memory';
import { migrationProvider } from './migrations';
import { preparedName } from './prepared';
import type { Database } from './types';

/**
 * SQLite with two changes to Kysely's dialect. Transactions begin IMMEDIATE: they take the write
 * lock up front, so a second process waits (busy_timeout) instead of failing when a read
 * transaction later wants to write. And DDL runs inside a transaction, which SQLite supports:
 * the migrator then applies all pending migrations in one IMMEDIATE transaction, so two
 * processes migrating one file take turns, and a failed migration leaves nothing half done.
 */
class LockingSqliteDialect extends SqliteDialect {
	readonly #config: SqliteDialectConfig;
	constructor(config: SqliteDialectConfig) {
		super(config);
		this.#config = config;
	}
	createDriver() {
		return new (class extends SqliteDriver {
			async beginTransaction(connection: DatabaseConnection) {
				await connection.executeQuery(CompiledQuery.raw('begin immediate'));
			}
		})(this.#config);
	}
	createAdapter() {
		return new (class extends SqliteAdapter {
			get supportsTransactionalDdl() {
				return true;
			}
		})();
	}
}

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles the SQL each time; the app
 * runs a few dozen distinct statements, so each is compiled once and reused. Kysely runs one
 * query at a time on the one connection, so a statement is never in use twice at once.
 */
function reusingStatements(
	sqlite: SQLite.Database,
	checkpointer?: Worker,
	capacity = 500
): SqliteDatabase {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close: () => {
			void checkpointer?.terminate();
			sqlite.close();
		},
		prepare(sql) {
			// Lists of varying length (`in (?, ?, …)`) make new texts: the oldest goes first.
			return statements.get(sql) ?? remember(statements, sql, sqlite.prepare(sql), capacity);
		}
	};
}

/** pg's pool, running the statements of `prepared()` as named prepared statements. */
function preparingPool(pool: pg.Pool): PostgresPool {
	// One wrapper per connection: Kysely keeps its own state per client object it is given.
	const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
	const wrap = (client: pg.PoolClient) =>
		({
			// Kysely passes a cursor only to stream, which Lede never does (no cursor in the dialect).
			query: (text: string, values: unknown[]) => {
				const name = preparedName(text);
				return client.query(name ? { name, text, values } : { text, values });
			},
			release: (destroy?: boolean) => client.release(destroy)
		}) as unknown as PostgresPoolClient;
	return {
		connect: async () => {
			const client = await pool.connect();
			let known = wrapped.get(client);
			if (!known) wrapped.set(client, (known = wrap(client)));
			return known;
		},
		end: () => pool.end()
	};
}

/**
 * `pg` returns bigint (count, sum) and numeric (avg) as strings to avoid precision loss;
 * our counts and averages fit in a double, and SQLite returns numbers, so both agree.
 */
const postgresTypes = {
	getTypeParser: ((oid: number, format?: string) =>
		oid === pg.types.builtins.INT8 || oid === pg.types.builtins.NUMERIC
			? Number
			: pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser
};

/**
 * Checkpoints copy the write-ahead log back into the database file and wait for the disk. Left
 * to SQLite, the write that crosses the log's threshold does it, and with better-sqlite3 that
 * is on the event loop: every request in flight waited for the disk, a few times a second under
 * load. A worker thread with a connection of its own does it instead, without blocking writers
 * (PASSIVE); the app's own connection still checkpoints if the worker falls far behind.
 */
function checkpointInBackground(sqlite: SQLite.Database, path: string): Worker {
	sqlite.pragma('wal_autocheckpoint = 10000');
	const worker = new Worker(
		`const { workerData } = require('node:worker_threads');
		const log = new (require(workerData.driver))(workerData.path);
		log.pragma('busy_timeout = 5000');
		setInterval(() => log.pragma('wal_checkpoint(PASSIVE)'), 200);`,
		{
			eval: true,
			workerData: { driver: createRequire(import.meta.url).resolve('better-sqlite3'), path }
		}
	);
	worker.unref();
	return worker;
}

export const defaultDatabaseUrl = 'file:./data/lede.db';

export type Dialect = 'sqlite' | 'postgres';

export interface Connection {
	db: Kysely<Database>;
	dialect: Dialect;
}

export interface ConnectOptions {
	/** Connections PostgreSQL may open at once. */
	poolSize?: number;
	/** For a long-running server on SQLite: checkpoint the log off the event loop. */
	checkpointInBackground?: boolean;
}

/** Turns DATABASE_URL into a Kysely instance, or fails with a message a person can act on. */
export function connect(
	url: string = defaultDatabaseUrl,
	{ poolSize = 10, checkpointInBackground: background = false }: ConnectOptions = {}
): Connection {
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
		const checkpointer =
			background && path !== ':memory:' ? checkpointInBackground(sqlite, resolve(path)) : undefined;
		return {
			db: new Kysely<Database>({
				dialect: new LockingSqliteDialect({ database: reusingStatements(sqlite, checkpointer) })
			}),
			dialect: 'sqlite'
		};
	}
	if (/^postgres(ql)?:\/\//.test(url)) {
		const pool = new pg.Pool({ connectionString: url, max: poolSize, types: postgresTypes });
		return {
			db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) }),
			dialect: 'postgres'
		};
	}
	throw new Error(
		`DATABASE_URL must start with "file:" (SQLite) or "postgres://" (PostgreSQL); got "${url}"`
	);
}

/**
 * Brings the schema up to date. Two instances starting together take turns: on PostgreSQL
 * Kysely's migrator holds an advisory lock, on SQLite the IMMEDIATE transaction above.
 */
export async function migrate(db: Kysely<Database>): Promise<void> {
	const migrator = new Migrator({ db, provider: migrationProvider });
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed)
		throw new Error(
			`database migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`
		);
}
