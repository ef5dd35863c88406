/**
 * The built app (`node build`) on a free loopback port with its own database, for browser tests.
 * Any environment variable can be overridden, e.g. DATABASE_URL to restart on the same data.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../../..');

export interface App {
	url: string;
	databaseUrl: string;
	/** What the server printed, for failure messages. */
	output: () => string;
	stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const server = createServer();
		server.on('error', fail);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});
}

export async function startApp(env: Record<string, string> = {}): Promise<App> {
	const dir = env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'lede-e2e-'));
	const databaseUrl = env.DATABASE_URL ?? `file:${join(dir!, 'lede.db')}`;
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let output = '';
	const child: ChildProcess = spawn(process.execPath, ['build'], {
		cwd: root,
		env: {
			...process.env,
			NODE_ENV: 'production',
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: url,
			LEDE_SECRET: 'e2e-secret',
			...env,
			DATABASE_URL: databaseUrl
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));

	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		await exited;
		if (dir) rmSync(dir, { recursive: true, force: true });
	};

	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`the app exited while starting:\n${output}`);
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`the app did not answer within 30 s:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return { url, databaseUrl, output: () => output, stop };
}
