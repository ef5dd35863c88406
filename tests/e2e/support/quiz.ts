/** Taking the seed quiz in the browser, answering right or wrong on purpose from the stored key. */
import type { Kysely } from 'kysely';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Database } from '../../../src/lib/server/db/types';
import { keyOfPrompt, seedSlug } from '../../support/quiz';

export const feedback = (page: Page) => page.locator('[data-feedback]');

/**
 * Picks the right or a wrong choice of the question on screen, from the stored key, and submits
 * it by keys 1–4 and Enter or by clicks. Returns the key, to check the feedback against.
 */
export async function submitChoice(
	page: Page,
	db: Kysely<Database>,
	{ right, keys }: { right: boolean; keys: boolean }
) {
	const prompt = (await page.locator('legend > span').nth(1).textContent())!.trim();
	const key = await keyOfPrompt(db, prompt);
	const radios = page.locator('input[name=choice]');
	const choices: string[] = [];
	for (let i = 0; i < (await radios.count()); i++)
		choices.push((await radios.nth(i).getAttribute('value'))!);
	const pick = right ? choices.indexOf(key.answer) : choices.findIndex((c) => c !== key.answer);
	if (keys) {
		await page.keyboard.press(String(pick + 1));
		await page.keyboard.press('Enter');
	} else {
		await radios.nth(pick).check();
		await page.getByRole('button', { name: 'Check answer' }).click();
	}
	await feedback(page).waitFor();
	return { key, prompt, choices };
}

/** Answers the question on screen right or wrong on purpose and checks the quiz's feedback. */
export async function answer(
	page: Page,
	db: Kysely<Database>,
	how: { right: boolean; keys: boolean }
) {
	const { key, prompt, choices } = await submitChoice(page, db, how);
	const right = how.right;
	await expect
		.poll(() => page.locator('#verdict').innerText())
		.toContain(right ? 'Right' : 'Not quite');
	expect(await feedback(page).locator('mark').innerText()).toBe(key.evidence);
	expect(await feedback(page).innerText()).toContain(key.answer);
	const link = await feedback(page)
		.getByRole('link', { name: /Paragraph \d+ in the article/ })
		.getAttribute('href');
	expect(link).toMatch(new RegExp(`/articles/${seedSlug}#p-\\d+$`));
	return { prompt, choices };
}

export async function startQuiz(page: Page) {
	await page.goto('/');
	await page.getByRole('link', { name: /Take the quiz: Putin and Kim Jong-un hold/ }).click();
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await page.locator('legend').waitFor();
}
