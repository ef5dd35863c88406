/**
 * Built SvelteKit servers (adapter-node output) started as separate processes on loopback: the
 * app as it is deployed, for multi-instance tests and the benchmarks.
 */
import { execFileSync, spawn } from 'node:child_process';
import { freePort, stopper } from './process';

export interface AppInstance {
	url: string;
	stop: () => Promise<void>;
}

/** Runs `vite build` in `dir` (the app, or bench/floor), writing its `build/`. */
export function build(dir = '.'): void {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
}

/**
 * Starts `node <args>` (a build folder, or a script) and resolves once it answers. `origin` is the
 * public address a load balancer would give every instance (adapter-node's ORIGIN), so one
 * browser origin can post to any instance; null makes it the instance's own address.
 */
export async function startServer(
	args: string[],
	env: Record<string, string>,
	origin: string | null = 'http://lede.test'
): Promise<AppInstance> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, args, {
		env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ORIGIN: origin ?? url, ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let log = '';
	child.stderr.on('data', (chunk) => (log = (log + chunk).slice(-4000)));
	const stop = stopper(child, 'SIGTERM');
	const deadline = Date.now() + 60_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited on start:\n${log}`);
		try {
			await fetch(url, { signal: AbortSignal.timeout(2000) });
			return { url, stop };
		} catch (error) {
			if (Date.now() > deadline) {
				await stop();
				throw new Error(`${args.join(' ')} did not answer within 60 s:\n${log}`, { cause: error });
			}
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

export interface RunningApp {
	origin: string;
	stop: () => Promise<void>;
}

/** The built app on its own address against `databaseUrl`, exactly as `npm start` runs it. */
export async function startApp(
	databaseUrl: string,
	env: Record<string, string> = {}
): Promise<RunningApp> {
	const { url, stop } = await startServer(['build'], { DATABASE_URL: databaseUrl, ...env }, null);
	return { origin: url, stop };
}
