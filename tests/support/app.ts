/**
 * The built app (build/, made by tests/support/build.ts) served on a free loopback port
 * against a given database, exactly as `npm start` would run it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export interface RunningApp {
	origin: string;
	stop: () => Promise<void>;
}

/** A port nobody listens on now; the app binds it a moment later. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

export async function startApp(
	databaseUrl: string,
	env: Record<string, string> = {}
): Promise<RunningApp> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			DATABASE_URL: databaseUrl,
			...env
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const stop = async () => {
		if (child.exitCode === null) {
			child.kill();
			await exited;
		}
	};
	for (let waited = 0; ; waited += 100) {
		if (child.exitCode !== null) throw new Error(`the app exited at start:\n${stderr}`);
		try {
			await fetch(`${origin}/robots.txt`);
			return { origin, stop };
		} catch {
			if (waited > 60_000) {
				await stop();
				throw new Error(`the app did not answer within a minute:\n${stderr}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
}
