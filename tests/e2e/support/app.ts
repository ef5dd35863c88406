/**
 * The built app (`node build`) on a free loopback port with its own database, for browser tests.
 * Any environment variable can be overridden, e.g. DATABASE_URL to restart on the same data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../../support/app';

export const root = resolve(import.meta.dirname, '../../..');

export interface App {
	url: string;
	databaseUrl: string;
	stop: () => Promise<void>;
}

export async function startApp(env: Record<string, string> = {}): Promise<App> {
	const dir = env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'lede-e2e-'));
	const databaseUrl = env.DATABASE_URL ?? `file:${join(dir!, 'lede.db')}`;
	const server = await startServer(
		['build'],
		{ NODE_ENV: 'production', LEDE_SECRET: 'e2e-secret', ...env, DATABASE_URL: databaseUrl },
		null
	);
	return {
		url: server.url,
		databaseUrl,
		stop: async () => {
			await server.stop();
			if (dir) rmSync(dir, { recursive: true, force: true });
		}
	};
}
