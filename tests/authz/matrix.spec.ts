import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { checks, type Check } from './routes';
import { buildWorld, people, secret, type Who, type World } from './world';

const key = (route: string, action?: string) =>
	action ? `POST ${route} ?/${action}` : `GET ${route}`;

/** Every page and form action under src/routes, read from the files, so a new one cannot be missed. */
function routesInSource(dir = 'src/routes'): string[] {
	const found: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const route =
			'/' +
			relative('src/routes', entry.parentPath)
				.split('/')
				.filter((part) => part && !/^\(.*\)$/.test(part))
				.join('/');
		if (entry.name === '+page.svelte') found.push(key(route));
		if (entry.name === '+page.server.ts') {
			const actions = readFileSync(file, 'utf8').match(/export const actions = \{\n([\s\S]*?)\n\}/);
			for (const [, name] of actions?.[1].matchAll(/^\t(\w+): /gm) ?? [])
				found.push(key(route, name));
		}
		if (entry.name === '+server.ts')
			found.push(`ENDPOINT ${route} (add endpoint checks to routes.ts)`);
	}
	return found.sort();
}

it('covers every page and form action in src/routes', () => {
	const listed = new Set(checks.map((c) => key(c.route, c.action)));
	expect(routesInSource().filter((route) => !listed.has(route))).toEqual([]);
});

/**
 * Form actions are posted the way `use:enhance` posts them, so the status is the action's own
 * answer: a plain form post would also run the page's loads, whose redirect could hide what the
 * action did.
 */
async function statusOf(app: RunningApp, world: World, check: Check, who: Who) {
	const post = check.action !== undefined;
	const response = await fetch(app.origin + check.path(world), {
		method: post ? 'POST' : 'GET',
		redirect: 'manual',
		headers: {
			cookie: await world.cookie(who),
			// A same-origin post, as a browser sends it: SvelteKit's CSRF check stays on.
			origin: app.origin,
			...(post
				? {
						accept: 'application/json',
						'x-sveltekit-action': 'true',
						'content-type': 'application/x-www-form-urlencoded'
					}
				: { accept: 'text/html' })
		},
		body: post ? new URLSearchParams(check.form?.(world) ?? {}) : undefined
	});
	if (!post || !response.ok) {
		await response.body?.cancel();
		return response.status;
	}
	// Failures, redirects and successes come back as 200 with the real status inside.
	const result = (await response.json()) as { status: number };
	return result.status;
}

for (const dialect of testDialects)
	describe(`authorisation on the built app (${dialect})`, () => {
		let database: TestDatabase;
		let world: World;
		let app: RunningApp;
		beforeAll(async () => {
			database = await freshDatabase(dialect);
			world = await buildWorld(database.db);
			app = await startApp(database.url, { LEDE_SECRET: secret });
		});
		afterAll(async () => {
			await app?.stop();
			await database?.close();
		});

		for (const check of checks)
			it(key(check.route, check.action), async () => {
				// One after another, in the order of `people`, so a check that changes data is repeatable.
				const got: Record<string, number> = {};
				for (const who of people) got[who] = await statusOf(app, world, check, who);
				expect(got).toEqual(check.expect);
			});

		it('refuses a form post from another site (CSRF origin check)', async () => {
			const response = await fetch(`${app.origin}/admin/users?/role`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					cookie: await world.cookie('admin'),
					origin: 'http://evil.example',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ userId: world.users.student.id, role: 'teacher' })
			});
			expect(response.status).toBe(403);
			const student = await database.db
				.selectFrom('user')
				.select('role')
				.where('id', '=', world.users.student.id)
				.executeTakeFirstOrThrow();
			expect(student.role).toBe('student');
		});
	});
