import type { Kysely } from 'kysely';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connect';
import type { Database } from '../../src/lib/server/db/types';
import { keysOf, seedSlug } from '../support/quiz';
import { startApp, type App } from './support/app';
import { launchBrowser, openPage } from './support/browser';
import { answer, feedback, startQuiz } from './support/quiz';

const slug = seedSlug;

let app: App;
let browser: Browser;
let db: Kysely<Database>;
let total: number;

beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	db = connect(app.databaseUrl).db;
	total = (await keysOf(db, slug)).length;
});
afterAll(async () => {
	await db?.destroy();
	await browser?.close();
	await app?.stop();
});

describe('taking a quiz', () => {
	it('runs the whole seed quiz by keyboard with JavaScript on, never reloading the page', async () => {
		const { context, page } = await openPage(browser, { baseURL: app.url });
		await startQuiz(page);
		await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
		for (let n = 1; n <= total; n++) {
			expect(await page.locator('legend').textContent()).toContain(`Question ${n} of ${total}`);
			await answer(page, db, { right: n % 3 !== 1, keys: true });
			// Focus lands on the feedback, which is a live region, so it is read out.
			expect(await page.evaluate(() => !!document.activeElement?.closest('[data-feedback]'))).toBe(
				true
			);
			expect(await feedback(page).getAttribute('aria-live')).toBe('polite');
			await page.keyboard.press('Enter');
			if (n < total) await page.locator('legend').waitFor();
		}
		await page.waitForURL(`**/quiz/${slug}/results`);
		const missed = Math.ceil(total / 3);
		expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
			`${total - missed} of ${total} right`
		);
		expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(
			true
		);
		await page.getByRole('button', { name: `Retry the ${missed} I missed` }).click();
		await page.locator('legend').waitFor();
		expect(await page.locator('legend').textContent()).toContain(`Question 1 of ${missed}`);
		await context.close();
	});

	it('runs the whole seed quiz with JavaScript off, by clicks and full page loads', async () => {
		const { context, page } = await openPage(browser, { baseURL: app.url, javaScript: false });
		await startQuiz(page);
		for (let n = 1; n <= total; n++) {
			await answer(page, db, { right: n > 2, keys: false });
			await page
				.getByRole('link', { name: n < total ? 'Next question' : 'See your results' })
				.click();
		}
		await page.waitForURL(`**/quiz/${slug}/results`);
		expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
			`${total - 2} of ${total} right`
		);
		// Each question's evidence is the article's sentence word for word, with nothing added.
		const sentences = await db.selectFrom('question_version').select('evidence_text').execute();
		const quoted = await page
			.locator('main ol > li blockquote')
			.evaluateAll((quotes) => quotes.map((quote) => quote.firstChild?.textContent?.trim()));
		expect(quoted).toHaveLength(total);
		for (const text of quoted) expect(sentences.map((s) => s.evidence_text)).toContain(text);
		await page.goto('/');
		expect(await page.locator('li', { hasText: 'hold a four-stage summit' }).innerText()).toContain(
			`Best: ${total - 2}/${total}`
		);
		await context.close();
	});

	it('resumes the same question in the same order after a reload, going back and a server restart', async () => {
		const { context, page } = await openPage(browser, { baseURL: app.url });
		await startQuiz(page);
		await answer(page, db, { right: true, keys: false });
		await page.getByRole('link', { name: 'Next question' }).click();
		await answer(page, db, { right: false, keys: false });
		await page.getByRole('link', { name: 'Next question' }).click();
		const third = await page.locator('legend').innerText();
		const order = await page
			.locator('input[name=choice]')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		await page.reload();
		expect(await page.locator('legend').innerText()).toBe(third);
		await page.goBack();
		await feedback(page).waitFor();
		expect(await page.locator('#verdict').innerText()).toContain('Not quite');

		const restarted = await startApp({ DATABASE_URL: app.databaseUrl });
		try {
			// Cookies belong to the host, not the port: the restarted server sees the same guest.
			await page.goto(`${restarted.url}/quiz/${slug}`);
			expect(await page.locator('legend').innerText()).toBe(third);
			expect(
				await page
					.locator('input[name=choice]')
					.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
			).toEqual(order);
		} finally {
			await restarted.stop();
		}
		await context.close();
	});

	it('sends no part of the answer key before the answer is stored: not in HTML, data or scripts', async () => {
		const { context, page } = await openPage(browser, { baseURL: app.url });
		await startQuiz(page);
		const keys = await keysOf(db, slug);
		const html = await (await page.request.get(`/quiz/${slug}`)).text();
		const data = await (await page.request.get(`/quiz/${slug}/__data.json`)).text();
		const scripts = (
			await Promise.all(
				(
					await page
						.locator('script[src], link[rel=modulepreload]')
						.evaluateAll((els) =>
							els.map((e) => (e as HTMLScriptElement).src || (e as HTMLLinkElement).href)
						)
				).map(async (src) => (await page.request.get(src)).text())
			)
		).join('\n');
		for (const sent of [html, data, scripts]) {
			for (const key of keys) {
				expect(sent).not.toContain(key.evidence);
				if (key.explanation) expect(sent).not.toContain(key.explanation);
			}
			expect(sent).not.toMatch(/"(outcome|correct|explanation)"/);
		}
		expect(html).toContain('name="choice"');
		// Once the answer is stored the same page does carry the evidence: the check above can fail.
		await answer(page, db, { right: true, keys: false });
		const after = await (await page.request.get(`/quiz/${slug}?q=1`)).text();
		expect(keys.some((k) => after.includes(k.evidence))).toBe(true);
		await context.close();
	});
});
