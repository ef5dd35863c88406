/**
 * Every page as people meet it: a student's walk through a quiz, then a teacher's and an admin's
 * pages, each checked by axe and photographed on a phone and a desktop, light and dark.
 * `npm run screenshots` writes the README's pictures to docs/screenshots instead.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as account from '../../src/lib/server/auth/account';
import type { AccountRole } from '../../src/lib/server/auth/roles';
import * as assignments from '../../src/lib/server/classes/assignment';
import * as classes from '../../src/lib/server/classes/class';
import * as members from '../../src/lib/server/classes/member';
import { connect } from '../../src/lib/server/db/connect';
import type { Database } from '../../src/lib/server/db/types';
import { keysOf, seedSlug } from '../support/quiz';
import { finishedAttempt, publishedQuiz } from '../support/teaching';
import { root, startApp, type App } from './support/app';
import { axe, desktop, launchBrowser, openPage, phone } from './support/browser';
import { answer, startQuiz } from './support/quiz';

const variants = [
	{ name: 'phone-light', viewport: phone, colorScheme: 'light' as const },
	{ name: 'phone-dark', viewport: phone, colorScheme: 'dark' as const },
	{ name: 'desktop-light', viewport: desktop, colorScheme: 'light' as const },
	{ name: 'desktop-dark', viewport: desktop, colorScheme: 'dark' as const }
];
/** The README's pictures: one screen each (not the whole page), so each file stays small. */
const readme = new Set(
	['feed', 'question', 'feedback-wrong', 'results', 'progress', 'review'].flatMap((page) => [
		`${page}-phone-light`,
		`${page}-desktop-dark`
	])
);
const forReadme = process.env.LEDE_SCREENSHOTS === 'docs/screenshots';
const shots = join(root, process.env.LEDE_SCREENSHOTS ?? 'test-results/screenshots');
const password = 'correct horse battery';

let app: App;
let browser: Browser;
let db: Kysely<Database>;

beforeAll(async () => {
	[app, browser] = await Promise.all([startApp(), launchBrowser()]);
	db = connect(app.databaseUrl).db;
	mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
	await db?.destroy();
	await browser?.close();
	await app?.stop();
});

/**
 * Checks the page in every variant: no serious axe violation, no sideways scrolling on the phone.
 * Returns what is wrong, by page and variant, so one run lists every problem.
 */
async function check(page: Page, name: string, problems: Record<string, unknown>) {
	for (const variant of variants) {
		await page.setViewportSize(variant.viewport);
		await page.emulateMedia({ colorScheme: variant.colorScheme });
		const found: unknown[] = await axe(page);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		if (overflow > 0) found.push(`scrolls sideways by ${overflow} px`);
		if (found.length) problems[`${name} ${variant.name}`] = found;
		const file = `${name}-${variant.name}`;
		if (!forReadme) await page.screenshot({ path: join(shots, `${file}.png`), fullPage: true });
		else if (readme.has(file)) await page.screenshot({ path: join(shots, `${file}.png`) });
	}
}

async function logIn(page: Page, role: AccountRole, name: string) {
	const email = `${role}@school.test`;
	const created = await account.create(db, { email, displayName: name, password, role });
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	return created;
}

describe('every page', () => {
	it("a student's pages have no serious accessibility problem nor sideways scrolling", async () => {
		const { context, page } = await openPage(browser, { baseURL: app.url });
		const problems: Record<string, unknown> = {};
		const total = (await keysOf(db, seedSlug)).length;
		await page.goto('/progress');
		await check(page, 'progress-empty', problems);
		await page.goto('/');
		await check(page, 'feed', problems);
		await page.goto(`/articles/${seedSlug}`);
		await check(page, 'article', problems);
		await page.goto(`/quiz/${seedSlug}`);
		await check(page, 'quiz-start', problems);
		await startQuiz(page);
		await page.locator('input[name=choice]').nth(1).check();
		await check(page, 'question', problems);
		for (let n = 1; n <= total; n++) {
			await answer(page, db, { right: n % 4 !== 1, keys: false });
			if (n === 1) await check(page, 'feedback-wrong', problems);
			if (n === 2) await check(page, 'feedback-right', problems);
			await page.locator('[data-feedback] a.btn-primary').click();
			if (n < total) await page.locator('legend').waitFor();
		}
		await page.waitForURL(`**/results`);
		await check(page, 'results', problems);
		await page.goto('/progress');
		await check(page, 'progress', problems);
		await page.goto('/review');
		await page.locator('input[name=choice]').first().check();
		await check(page, 'review', problems);
		await page.goto('/review/time-zone');
		await check(page, 'review-time-zone', problems);
		await page.goto('/?q=nothing-like-this');
		await check(page, 'feed-empty-search', problems);
		await page.goto('/login');
		await check(page, 'login', problems);
		await page.goto('/signup');
		await check(page, 'signup', problems);
		await page.goto('/join');
		await check(page, 'join', problems);
		expect(problems).toEqual({});
		await context.close();
		// Fifteen pages in four variants, each checked by axe: minutes on a busy two-core machine.
	}, 600_000);

	it("a teacher's and an admin's pages have no serious accessibility problem nor sideways scrolling", async () => {
		const problems: Record<string, unknown> = {};
		const { context, page } = await openPage(browser, { baseURL: app.url });
		const teacher = await logIn(page, 'teacher', 'Ms Okafor');
		const [question] = await publishedQuiz(db, 'council-budget', teacher);
		const klass = await classes.create(db, teacher.id, 'Year 10 Current Affairs');
		await assignments.create(db, {
			classId: klass.id,
			articleSlug: 'council-budget',
			dueOn: '2030-01-31',
			createdBy: teacher.id
		});
		for (const [name, correct] of [
			['Ada Lovelace', 2],
			['Kofi Mensah', 1]
		] as const) {
			const student = await account.create(db, {
				email: `${name.split(' ')[0].toLowerCase()}@school.test`,
				displayName: name,
				password,
				role: 'student'
			});
			await members.add(db, klass.id, student.id);
			await finishedAttempt(db, student, 'council-budget', correct);
		}
		await page.goto('/teach');
		await check(page, 'teach', problems);
		await page.goto('/teach/articles/new');
		await check(page, 'teach-article-new', problems);
		await page.goto('/teach/articles/council-budget');
		await check(page, 'teach-article', problems);
		await page.goto(`/teach/articles/council-budget/questions/${question}`);
		await check(page, 'teach-question', problems);
		await page.goto('/teach/classes');
		await check(page, 'teach-classes', problems);
		await page.goto(`/teach/classes/${klass.id}`);
		await check(page, 'teach-class', problems);
		await page.goto(`/join/${klass.join_code}`);
		await check(page, 'join-code', problems);
		await context.close();

		const admin = await openPage(browser, { baseURL: app.url });
		await logIn(admin.page, 'admin', 'Sam Admin');
		await admin.page.goto('/admin/users');
		await check(admin.page, 'admin-users', problems);
		await admin.context.close();
		expect(problems).toEqual({});
	}, 600_000);
});
