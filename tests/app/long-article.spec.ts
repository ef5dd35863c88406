/**
 * A long article on the built app: the generator works in its own thread, so other visitors'
 * pages keep coming while it runs, and it is stopped at its time limit with a message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, sessionCookie } from '../../src/lib/server/auth/session';
import { startApp, type RunningApp } from '../support/app';
import { freshDatabase, type TestDatabase } from '../support/database';
import { person } from '../support/teaching';

const fixtures = 'tests/fixtures/articles/';
const stories = readdirSync(fixtures)
	.map((name) => readFileSync(fixtures + name, 'utf8'))
	.join('\n');
/** Just under the 200 KB limit: about a minute of generator work on one core. */
const longArticle = stories.repeat(Math.floor((190 * 1024) / Buffer.byteLength(stories)));

describe('a long article on the built app', () => {
	let database: TestDatabase;
	let app: RunningApp;
	let cookie: string;
	beforeAll(async () => {
		database = await freshDatabase('sqlite');
		const teacher = await person(database.db, 'teacher');
		cookie = `${sessionCookie}=${(await createSession(database.db, teacher.id)).token}`;
		app = await startApp(database.url, { LEDE_GENERATOR_TIME_LIMIT: '3' });
	});
	afterAll(async () => {
		await app?.stop();
		await database?.close();
	});

	it('keeps serving other pages while it generates, then stops at the limit and saves nothing', async () => {
		const form = new FormData();
		const fields = { title: 'A very long read', source: 'Lede Wire', published: '2024-06-10' };
		for (const [name, value] of Object.entries(fields)) form.append(name, value);
		form.append('body', longArticle);
		const started = Date.now();
		let answered = false;
		const adding = fetch(`${app.origin}/teach/articles/new`, {
			method: 'POST',
			headers: { origin: app.origin, accept: 'text/html', cookie },
			body: form
		}).finally(() => (answered = true));

		// Pages asked for once the generator is surely at work must come back before it is done.
		const servedMeanwhile: number[] = [];
		while (!answered) {
			const askedAt = Date.now() - started;
			const home = await fetch(app.origin + '/');
			if (!answered && home.ok && askedAt > 1000) servedMeanwhile.push(askedAt);
			await new Promise((resolve) => setTimeout(resolve, 200));
		}
		const response = await adding;
		expect(servedMeanwhile.length).toBeGreaterThan(0);
		expect(response.status).toBe(400);
		expect(await response.text()).toContain(
			'Lede stopped making questions after 3 seconds: the article is too long to read in one go.'
		);
		const slug = 'a-very-long-read';
		const saved = (table: 'article' | 'question', column: 'slug' | 'article_slug') =>
			database.db.selectFrom(table).selectAll().where(column, '=', slug).execute();
		expect(await saved('article', 'slug')).toEqual([]);
		expect(await saved('question', 'article_slug')).toEqual([]);
	});
});
