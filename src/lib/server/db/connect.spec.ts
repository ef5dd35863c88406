import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, freshDatabase, testDialects } from '../../../../tests/support/database';
import { migrate } from './connect';
import { migrationProvider } from './migrations';

const run = promisify(execFile);

for (const dialect of testDialects) {
	describe(dialect, () => {
		it('migrates a fresh database once; migrating again changes nothing', async () => {
			const database = await freshDatabase(dialect);
			try {
				await migrate(database.db);
				const applied = await database.db
					.selectFrom('kysely_migration' as never)
					.select(sql<string>`name`.as('name'))
					.execute();
				const known = Object.keys(await migrationProvider.getMigrations());
				expect(applied.map((row) => row.name).sort()).toEqual(known.sort());
			} finally {
				await database.close();
			}
		});

		it('stores users (a reserved word in PostgreSQL) and counts them as numbers', async () => {
			const { db, close } = await freshDatabase(dialect);
			try {
				const at = new Date().toISOString();
				await db
					.insertInto('user')
					.values([
						{ id: 'b', role: 'guest', created_at: at },
						{ id: 'a', role: 'student', email: 'a@example.org', created_at: at }
					])
					.execute();
				const { count } = await db
					.selectFrom('user')
					.select((eb) => eb.fn.countAll<number>().as('count'))
					.executeTakeFirstOrThrow();
				expect(count).toBe(2);
				const users = await db.selectFrom('user').select(['id', 'email']).orderBy('id').execute();
				expect(users).toEqual([
					{ id: 'a', email: 'a@example.org' },
					{ id: 'b', email: null }
				]);
			} finally {
				await close();
			}
		});

		// Separate processes, as two app instances would be: a lock, not luck, keeps them apart.
		it('lets two instances migrate one new database at the same moment', async () => {
			const database = await emptyDatabase(dialect);
			try {
				const instance = () =>
					run('node', ['--import', 'tsx', 'src/cli/db-migrate.ts'], {
						env: { ...process.env, DATABASE_URL: database.url }
					});
				const outcomes = await Promise.all([instance(), instance()]);
				expect(outcomes.map((o) => o.stdout.trim())).toEqual(
					Array(2).fill('database is up to date')
				);
				const applied = await database.db
					.selectFrom('kysely_migration' as never)
					.select(sql<string>`name`.as('name'))
					.execute();
				expect(applied).toHaveLength(Object.keys(await migrationProvider.getMigrations()).length);
				const tables = await database.db.introspection.getTables();
				expect(tables.map((t) => t.name)).toContain('answer');
			} finally {
				await database.close();
			}
		}, 60_000);
	});
}
