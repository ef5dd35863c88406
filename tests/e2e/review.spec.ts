import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keysOf, seedSlug } from '../support/quiz';
import { axe, openPage } from './support/browser';
import { submitChoice } from './support/quiz';
import { appSession } from './support/session';

const session = appSession();

/** Answers the card on screen right or wrong; returns its prompt and key. */
const answer = (page: Page, right: boolean, keys = false) =>
	submitChoice(page, session.db, { right, keys });

/** Tabs from wherever focus is to the link named `name` and follows it, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
	for (let i = 0; i < 20; i++) {
		await page.keyboard.press('Tab');
		const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		if (name.test(focused)) return page.keyboard.press('Enter');
	}
	throw new Error(`no link ${name} reachable by Tab`);
}

for (const javaScript of [true, false])
	describe(`review with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		it('brings back exactly the two questions missed in a quiz, then schedules them later', async () => {
			const { context, page } = await openPage(session.browser, {
				baseURL: session.app.url,
				javaScript
			});
			await page.goto('/');
			await page.getByRole('link', { name: /Take the quiz: Putin and Kim Jong-un hold/ }).click();
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			const missed: string[] = [];
			const total = (await keysOf(session.db, seedSlug)).length;
			for (let n = 0; n < total; n++) {
				await page.locator('legend').waitFor();
				const { prompt } = await answer(page, n >= 2);
				if (n < 2) missed.push(prompt);
				await page
					.locator('[data-feedback] a', { hasText: /Next|results/i })
					.first()
					.click();
				await page.locator('[data-feedback]').waitFor({ state: 'detached' });
			}

			await page.goto('/');
			await expect.poll(() => page.getByTestId('due-count').innerText()).toContain('2 questions');
			await page.getByRole('link', { name: /Review 2 cards due/ }).click();
			expect(await page.getByTestId('review-summary').innerText()).toMatch(/^2 cards due/);
			const reviewed: string[] = [];
			for (let n = 0; n < 2; n++) {
				// Each card says when its facts held.
				expect(await page.locator('form time').getAttribute('datetime')).toBe('2023-09-13');
				if (javaScript) expect(await axe(page)).toEqual([]);
				// With JavaScript, keyboard only: keys pick and check, Enter or Tab reach the next card.
				const { key, prompt } = await answer(page, true, javaScript);
				reviewed.push(prompt);
				expect(await page.locator('#verdict').innerText()).toContain('Right');
				// The evidence is marked in its paragraph, as in a quiz.
				expect(await page.locator('[data-feedback] mark').innerText()).toBe(key.evidence);
				expect(await page.getByTestId('comes-back').innerText()).toMatch(/comes back (in|on) /);
				if (javaScript) {
					expect(await axe(page)).toEqual([]);
					// Focus is on the verdict: Enter goes on, as in a quiz; Tab to the link works too.
					expect(
						await page.evaluate(() => document.activeElement?.hasAttribute('data-feedback'))
					).toBe(true);
					if (n === 0) await page.keyboard.press('Enter');
					else await tabTo(page, /^Finish\b/);
				} else await page.getByRole('link', { name: /Next card|Finish/ }).click();
				await page.waitForLoadState();
				if (n === 0) await page.locator('[data-feedback]').waitFor({ state: 'detached' });
			}
			expect(reviewed.sort()).toEqual(missed.sort());
			await expect
				.poll(() => page.getByRole('heading', { name: 'Nothing to review now' }).count())
				.toBe(1);
			expect(await page.getByTestId('review-summary').innerText()).toMatch(/^0 cards due/);
			expect(await page.locator('main').innerText()).toMatch(/next card is due (in|on) /);

			// Progress now tells how review went: today's two answers, both right.
			await page.goto('/progress');
			const accuracy = page
				.getByRole('region', { name: 'Review' })
				.getByRole('table', { name: /Right answers in review/ });
			expect(await accuracy.textContent()).toContain('2 of 2 right');
			if (javaScript) expect(await axe(page)).toEqual([]);
			await context.close();
			// A whole quiz, two reviews and four axe runs: minutes on a busy two-core machine.
		}, 300_000);
	});

describe('the review day’s time zone', () => {
	it('comes from the browser with JavaScript on, once the learner has something to review', async () => {
		const { context, page } = await openPage(session.browser, {
			baseURL: session.app.url,
			timezoneId: 'America/Los_Angeles'
		});
		await page.goto(`/quiz/${seedSlug}`);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await answer(page, false);
		await page.goto('/review');
		// Set after the page has loaded, by a request of its own: a busy machine may take seconds.
		await expect
			.poll(() => page.getByTestId('review-zone').innerText(), { timeout: 20_000 })
			.toContain('America/Los Angeles');
		expect(await page.getByTestId('review-summary').innerText()).toMatch(/^1 card due/);
		await context.close();
	}, 120_000);

	it('is chosen from a plain list without JavaScript, and a forged one is refused', async () => {
		const { context, page } = await openPage(session.browser, {
			baseURL: session.app.url,
			javaScript: false,
			timezoneId: 'Asia/Tokyo'
		});
		await page.goto('/review/time-zone');
		await page.getByLabel('Time zone').selectOption('America/Chicago');
		await page.getByRole('button', { name: 'Save time zone' }).click();
		await page.waitForURL(/\/review$/);
		expect(await page.getByTestId('review-zone').innerText()).toContain('America/Chicago');
		await page.getByRole('link', { name: 'Change time zone' }).click();
		expect(await page.getByLabel('Time zone').inputValue()).toBe('America/Chicago');
		// A forged value, as a hand-made post would send it.
		await page
			.getByLabel('Time zone')
			.evaluate((select: HTMLSelectElement) => (select.options[0].value = 'Mars/Olympus'));
		await page.getByLabel('Time zone').selectOption('Mars/Olympus');
		await page.getByRole('button', { name: 'Save time zone' }).click();
		expect(await page.locator('.field-error').innerText()).toContain(
			'Choose a time zone from the list'
		);
		await context.close();
	}, 120_000);
});
