import SQLite from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../tests/support/database';
import { sqlitePath } from './backup';

const run = promisify(execFile);

describe('npm run db:backup', () => {
	it('copies a database in use, including writes not yet checkpointed out of the WAL', async () => {
		const database = await freshDatabase('sqlite');
		try {
			const at = new Date().toISOString();
			// The app's connection stays open and keeps its WAL: this is a backup of a running app.
			await database.db
				.insertInto('user')
				.values({ id: 'learner-1', role: 'guest', created_at: at })
				.execute();
			const { stdout } = await run('node', ['--import', 'tsx', 'src/cli/db-backup.ts'], {
				env: { ...process.env, DATABASE_URL: database.url }
			});
			const target = stdout.trim().replace(/^backed up to /, '');
			expect(dirname(target)).toBe(`${dirname(sqlitePath(database.url)!)}/backups`);
			expect(target).toMatch(/lede-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z\.db$/);
			const copy = new SQLite(target, { readonly: true });
			try {
				expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
				expect(copy.prepare('select id from user').all()).toEqual([{ id: 'learner-1' }]);
			} finally {
				copy.close();
			}
		} finally {
			await database.close();
		}
	});

	it('refuses a PostgreSQL URL with a pointer to pg_dump', async () => {
		const failure = await run('node', ['--import', 'tsx', 'src/cli/db-backup.ts'], {
			env: { ...process.env, DATABASE_URL: 'postgres://127.0.0.1:1/lede' }
		}).catch((error: { code: number; stderr: string }) => error);
		expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('pg_dump') });
	});
});
