/**
 * A private PostgreSQL server on loopback, in a temporary data directory, for the test run and
 * the benchmarks. Nothing here touches a PostgreSQL the machine may already run.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface PostgresServer {
	/** Superuser URL of the server's `postgres` database. */
	url: string;
	stop: () => Promise<void>;
}

/** Debian keeps the server binaries off PATH, one folder per major version; prefer the newest. */
function findBinaries(): string | null {
	const debian = '/usr/lib/postgresql';
	const candidates = existsSync(debian)
		? readdirSync(debian)
				.sort((a, b) => Number(b) - Number(a))
				.map((version) => join(debian, version, 'bin'))
		: [];
	candidates.push(...(process.env.PATH ?? '').split(delimiter));
	return (
		candidates.find(
			(dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres'))
		) ?? null
	);
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
}

/** PostgreSQL refuses to run as root, so as root the server runs as the `postgres` OS user. */
function serverUser(): { uid: number; gid: number } | undefined {
	if (process.getuid?.() !== 0) return undefined;
	try {
		const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
		return { uid: id('-u'), gid: id('-g') };
	} catch {
		throw new Error('running as root needs an OS user "postgres" to run the test PostgreSQL');
	}
}

/**
 * Starts a server, or returns null when no PostgreSQL is installed. `settings` are passed as
 * `-c name=value`; the default trades crash safety for speed, which a throwaway test server
 * can afford.
 */
export async function startPostgres(
	settings: Record<string, string> = {
		fsync: 'off',
		synchronous_commit: 'off',
		full_page_writes: 'off'
	}
): Promise<PostgresServer | null> {
	const bin = findBinaries();
	if (!bin) return null;
	const user = serverUser();
	const dir = mkdtempSync(join(tmpdir(), 'lede-pg-'));
	if (user) chownSync(dir, user.uid, user.gid);
	const data = join(dir, 'data');
	const asServerUser = { ...user, cwd: dir, env: { ...process.env, LC_ALL: 'C' } };
	try {
		execFileSync(
			join(bin, 'initdb'),
			['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'],
			{ ...asServerUser, stdio: 'pipe' }
		);
	} catch (error) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`initdb failed: ${(error as { stderr?: Buffer }).stderr ?? error}`, {
			cause: error
		});
	}

	const port = await freePort();
	const options = Object.entries({ max_connections: '300', ...settings }).flatMap(
		([name, value]) => ['-c', `${name}=${value}`]
	);
	const server = spawn(
		join(bin, 'postgres'),
		['-D', data, '-p', String(port), '-h', '127.0.0.1', '-k', dir, ...options],
		{ ...asServerUser, stdio: ['ignore', 'ignore', 'pipe'] }
	);
	let log = '';
	server.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
	const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
	// If the test runner dies without its teardown, the server must not outlive it.
	const killOnExit = () => server.kill('SIGKILL');
	process.once('exit', killOnExit);

	const stop = async () => {
		process.off('exit', killOnExit);
		if (server.exitCode === null && server.signalCode === null) {
			server.kill('SIGINT'); // "fast" shutdown: ends sessions, no waiting for clients
			await exited;
		}
		rmSync(dir, { recursive: true, force: true });
	};

	const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (server.exitCode !== null) {
			await stop();
			throw new Error(`PostgreSQL did not start:\n${log}`);
		}
		const client = new pg.Client({ connectionString: url });
		try {
			await client.connect();
			await client.end();
			return { url, stop };
		} catch (error) {
			await client.end().catch(() => {});
			if (Date.now() > deadline) {
				await stop();
				throw new Error(`PostgreSQL did not accept connections in 30 s:\n${log}`, { cause: error });
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

async function administer(adminUrl: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/** The test server's migrated database that test databases are copied from. */
export const migratedTemplate = 'lede_migrated';

/**
 * A new database on the server at `adminUrl`, empty or a copy of `template`; `drop` ends its
 * sessions and removes it.
 */
export async function createDatabase(
	adminUrl: string,
	{ name = `lede_test_${randomBytes(6).toString('hex')}`, template = 'template1' } = {}
): Promise<{ url: string; drop: () => Promise<void> }> {
	await administer(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return {
		url: url.toString(),
		drop: () => administer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
	};
}
