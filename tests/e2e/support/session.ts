/** One test file's built app, browser and a connection to the app's database, started once. */
import type { Kysely } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { connect } from '../../../src/lib/server/db/connect';
import type { Database } from '../../../src/lib/server/db/types';
import { startApp, type App } from './app';
import { launchBrowser } from './browser';

export interface Session {
	app: App;
	browser: Browser;
	db: Kysely<Database>;
}

/** Registers the file's beforeAll/afterAll; the fields are there once beforeAll has run. */
export function appSession(): Session {
	const session = {} as Session;
	beforeAll(async () => {
		[session.app, session.browser] = await Promise.all([startApp(), launchBrowser()]);
		session.db = connect(session.app.databaseUrl).db;
	});
	afterAll(async () => {
		await session.db?.destroy();
		await session.browser?.close();
		await session.app?.stop();
	});
	return session;
}

/** Follows the feedback's "Next question" or "See your results" and waits for where it leads. */
export async function goOnFromFeedback(page: Page) {
	const before = page.url();
	await page
		.locator('[data-feedback] a', { hasText: /Next|results/i })
		.first()
		.click();
	await page.waitForURL((url) => url.href !== before);
}
