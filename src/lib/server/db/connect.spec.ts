import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { emptyDatabase, freshDatabase, testDialects } from '../../../../tests/support/database';
import { connect, migrate } from './connect';
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

		// Statements are compiled once and reused: a later migration must still be seen by them.
		it('runs the same query again after the schema changed and sees the new column', async () => {
			const { db, close } = await freshDatabase(dialect);
			try {
				const at = new Date().toISOString();
				await db.insertInto('user').values({ id: 'a', role: 'guest', created_at: at }).execute();
				const all = () => db.selectFrom('user').selectAll().where('id', '=', 'a').execute();
				expect(Object.keys((await all())[0])).not.toContain('nickname');
				await db.schema.alterTable('user').addColumn('nickname', 'text').execute();
				await db
					.updateTable('user')
					.set({ ['nickname' as never]: 'Al' })
					.execute();
				expect((await all())[0]).toMatchObject({ id: 'a', nickname: 'Al' });
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

describe('SQLite checkpointed in the background', () => {
	it('brings the database file itself up to date without the app connection checkpointing', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'lede-checkpoint-'));
		const { db } = connect(`file:${join(dir, 'lede.db')}`, { checkpointInBackground: true });
		try {
			await migrate(db);
			await db.insertInto('setting').values({ key: 'written', value: 'yes' }).execute();
			// Below the app connection's own threshold, only the worker copies the log into the file.
			await new Promise((resolve) => setTimeout(resolve, 1000));
			copyFileSync(join(dir, 'lede.db'), join(dir, 'file-only.db'));
			const { db: fileOnly } = connect(`file:${join(dir, 'file-only.db')}`);
			try {
				const row = await fileOnly
					.selectFrom('setting')
					.select('value')
					.where('key', '=', 'written')
					.executeTakeFirst();
				expect(row?.value).toBe('yes');
			} finally {
				await fileOnly.destroy();
			}
		} finally {
			await db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
