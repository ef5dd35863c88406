import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../tests/support/database';
import * as account from '../lib/server/auth/account';
import { verifyPassword } from '../lib/server/auth/password';

for (const dialect of testDialects)
	describe(`${dialect}: npm run user:create`, () => {
		let t: TestDatabase;
		beforeEach(async () => (t = await freshDatabase(dialect)));
		afterEach(() => t.close());

		function userCreate(args: string[], env: Record<string, string> = {}) {
			return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/user-create.ts', ...args], {
				encoding: 'utf8',
				input: '',
				env: { ...process.env, LEDE_PASSWORD: '', ...env, DATABASE_URL: t.url }
			});
		}

		// Runs the real command several times, on a loaded machine a few seconds each.
		it(
			'makes the first admin, who can then log in, and refuses bad input in one line',
			{ timeout: 90_000 },
			async () => {
				const made = userCreate(['--email', 'Head@School.org', '--role', 'admin'], {
					LEDE_PASSWORD: 'a long admin password'
				});
				expect(made.stdout.trim()).toBe('created admin head@school.org');
				const head = await account.getByEmail(t.db, 'head@school.org');
				expect(head?.role).toBe('admin');
				expect(await verifyPassword(head?.password_hash, 'a long admin password')).toBe(true);

				const badRole = userCreate(['--email', 'x@school.org', '--role', 'owner']);
				expect(badRole.status).toBe(1);
				expect(badRole.stderr.trim()).toBe(
					'user:create: --role must be one of student, teacher, admin'
				);
				const noPassword = userCreate(['--email', 'x@school.org', '--role', 'teacher']);
				expect(noPassword.status).toBe(1);
				expect(noPassword.stderr.trim().split('\n')).toHaveLength(1);
				expect(noPassword.stderr).toContain('no password');
				expect(await account.getByEmail(t.db, 'x@school.org')).toBeNull();

				const demoted = userCreate(['--email', 'head@school.org', '--role', 'teacher']);
				expect(demoted.stdout.trim()).toBe('updated head@school.org: role teacher');
				expect((await account.getByEmail(t.db, 'head@school.org'))?.role).toBe('teacher');
			}
		);
	});
