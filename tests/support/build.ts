/**
 * Vitest globalSetup of the "app" project: builds the app once per run, so the whole-app
 * tests exercise exactly what `npm start` serves. LEDE_BUILT=1 reuses an existing build/
 * when iterating on the tests alone.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup() {
	if (process.env.LEDE_BUILT === '1' && existsSync('build/index.js')) return;
	const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		encoding: 'utf8'
	});
	if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
}
