/**
 * Vitest global setup of the e2e project: the tests run against `build/`, so build it first
 * when it is missing or older than the code (`npm test` has just built it, so this is quick).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app';

function newest(path: string): number {
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export default function setup() {
	const built = join(root, 'build', 'handler.js');
	const inputs = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json']
		.map((p) => join(root, p))
		.filter(existsSync);
	if (existsSync(built) && statSync(built).mtimeMs > Math.max(...inputs.map(newest))) return;
	execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
		cwd: root,
		stdio: 'inherit'
	});
}
