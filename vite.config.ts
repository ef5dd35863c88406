import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [tailwindcss(), sveltekit()],
	// The browser's bundle only: the quiz page is what every student loads, on any phone.
	environments: {
		client: {
			build: {
				minify: 'terser',
				terserOptions: { module: true, compress: { passes: 2 } },
				rollupOptions: {
					output: {
						// Svelte's and SvelteKit's runtime in one file every page shares, not a dozen small
						// chunks that each compress on their own and repeat their import lists.
						manualChunks: (id: string) =>
							/node_modules\/(svelte|@sveltejs\/kit|devalue|esm-env|clsx)\//.test(id)
								? 'framework'
								: undefined
					}
				}
			}
		}
	},
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'client',
					environment: 'jsdom',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					exclude: ['src/lib/server/**'],
					setupFiles: ['./vitest-setup-client.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'tests/**/*.{test,spec}.{js,ts}'],
					exclude: [
						'src/**/*.svelte.{test,spec}.{js,ts}',
						'tests/e2e/**',
						'tests/app/**',
						'tests/authz/**'
					],
					globalSetup: ['./tests/support/postgres-server.ts'],
					// Server tests run twice (SQLite, PostgreSQL) on a shared two-core machine: a test
					// that makes many round trips can pass 5 s without anything being wrong.
					testTimeout: 30_000,
					hookTimeout: 30_000
				}
			},
			{
				// Whole-app tests: HTTP against the built server, one server per database kind.
				extends: './vite.config.ts',
				test: {
					name: 'app',
					environment: 'node',
					include: ['tests/app/**/*.spec.ts', 'tests/authz/**/*.spec.ts'],
					globalSetup: ['./tests/support/postgres-server.ts', './tests/support/build.ts'],
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				// Real Chromium against the built app (tests/e2e/support): slow by nature, one file at a time.
				// Not the app's Vite config (the tests are node code), but its $lib, to seed rows through
				// the app's own domain modules.
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.spec.ts'],
					globalSetup: ['./tests/support/build.ts'],
					fileParallelism: false,
					testTimeout: 120_000,
					hookTimeout: 180_000
				}
			}
		]
	}
});
