/**
 * A teacher's whole way through the built app in Chromium: signs up, is promoted by the admin,
 * adds an article, fixes a draft and re-picks its evidence, publishes, sets the quiz for a
 * class; a student joins, finds it at the top of the home page and takes it; the teacher sees
 * the result. With JavaScript the evidence is picked by selecting words with the mouse; without
 * it, by typing them; by keyboard alone, by typing them too.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as account from '../../src/lib/server/auth/account';
import { keyOfPrompt } from '../support/quiz';
import { publishedQuiz } from '../support/teaching';
import { root } from './support/app';
import { openPage } from './support/browser';
import { appSession, goOnFromFeedback } from './support/session';

const story = readFileSync(`${root}/tests/e2e/fixtures/harbour-ferry.txt`, 'utf8');
const newEvidence =
	'Mayor Elena Vossberg cut the ribbon at the harbour terminal and said the line would carry 4,000 passengers a day by the end of the year.';
const password = 'correct horse battery';
const admin = { email: 'head@school.test', name: 'Ana Head' };

const session = appSession();

beforeAll(() => {
	// The first admin comes from the command line, as the README tells an operator to do it.
	execFileSync(
		process.execPath,
		[
			'node_modules/tsx/dist/cli.mjs',
			'src/cli/user-create.ts',
			'--email',
			admin.email,
			'--role',
			'admin',
			'--name',
			admin.name
		],
		{
			cwd: root,
			env: { ...process.env, DATABASE_URL: session.app.databaseUrl, LEDE_PASSWORD: password }
		}
	);
});

async function signUp(page: Page, email: string, name: string) {
	await page.waitForLoadState('networkidle');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Display name').fill(name);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Create account' }).click();
	await page.waitForURL((url) => url.pathname !== '/signup');
}

async function logIn(page: Page, email: string) {
	await page.goto('/login', { waitUntil: 'networkidle' });
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
}

/** Drags the mouse across `wanted` in the evidence picker's article, as a teacher would. */
async function selectWithMouse(page: Page, wanted: string) {
	const article = page.getByTestId('evidence-article');
	const ends = await article.evaluate((box, wanted) => {
		const nodes: Text[] = [];
		const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
		const at = (index: number) => {
			for (const node of nodes) {
				if (index < node.length) return { node, offset: index };
				index -= node.length;
			}
			throw new Error('past the end of the article');
		};
		const start = nodes
			.map((n) => n.data)
			.join('')
			.indexOf(wanted);
		if (start < 0) throw new Error(`"${wanted}" is not in the picker`);
		at(start).node.parentElement!.scrollIntoView({ block: 'center' });
		const charBox = (index: number) => {
			const { node, offset } = at(index);
			const range = document.createRange();
			range.setStart(node, offset);
			range.setEnd(node, offset + 1);
			return range.getBoundingClientRect();
		};
		const first = charBox(start);
		const last = charBox(start + wanted.length - 1);
		return {
			from: { x: first.left + 1, y: first.top + first.height / 2 },
			to: { x: last.right - 1, y: last.top + last.height / 2 }
		};
	}, wanted);
	await page.mouse.move(ends.from.x, ends.from.y);
	await page.mouse.down();
	await page.mouse.move(ends.to.x, ends.to.y, { steps: 8 });
	await page.mouse.up();
}

/** Presses Tab until the focused element matches `wanted`, as a keyboard user moves through a page. */
async function tabUntil(page: Page, wanted: string) {
	for (let i = 0; i < 60; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((wanted) => !!document.activeElement?.matches(wanted), wanted)) return;
	}
	throw new Error(`${wanted} is not reachable by Tab`);
}

describe('the question editor by keyboard alone', () => {
	it('re-picks the evidence by typing it, the article marking it as it is typed', async () => {
		const email = 'keys.teacher@school.test';
		const teacher = await account.create(session.db, {
			email,
			displayName: 'Ms Keys',
			password,
			role: 'teacher'
		});
		const [id] = await publishedQuiz(session.db, 'tram-by-keys', teacher);
		const { context, page } = await openPage(session.browser, { baseURL: session.app.url });
		await logIn(page, email);
		await page.goto(`/teach/articles/tram-by-keys/questions/${id}`, { waitUntil: 'networkidle' });

		const wanted = 'Ana Ruiz said the tram line would open in 2026';
		await tabUntil(page, 'textarea[name=evidence_text]');
		await page.keyboard.press('ControlOrMeta+A');
		await page.keyboard.type(wanted);
		expect(await page.locator('[data-testid=evidence-article] mark').innerText()).toBe(wanted);
		await tabUntil(page, 'button[name=then]');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Save new version');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/teach/articles/tram-by-keys#q-${id}`);

		expect(
			await keyOfPrompt(session.db, 'Who said the tram line would open in 2026?')
		).toMatchObject({ answer: 'Ana Ruiz', evidence: wanted });
		await context.close();
	});
});

for (const javaScript of [true, false])
	describe(`teaching with JavaScript ${javaScript ? 'on' : 'off'}`, () => {
		const tag = javaScript ? 'js' : 'plain';
		const teacher = { email: `teacher.${tag}@school.test`, name: `Mr Brook ${tag}` };
		const student = { email: `student.${tag}@school.test`, name: `Lina ${tag}` };
		const title = `Valdria opens its electric ferry line (${tag})`;
		const slug = `valdria-opens-its-electric-ferry-line-${tag}`;
		const className = `Year 9 Civics ${tag}`;
		const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

		it(
			'takes an article from a new teacher to a student’s result',
			{ timeout: 600_000 },
			async () => {
				const open = async () => {
					const opened = await openPage(session.browser, { baseURL: session.app.url, javaScript });
					// Eight steps by three people: on a busy shared machine one step can take long.
					opened.page.setDefaultTimeout(60_000);
					return opened;
				};
				const { context: teacherContext, page: t } = await open();
				await t.goto('/signup');
				await signUp(t, teacher.email, teacher.name);
				expect((await t.goto('/teach'))?.status()).toBe(403);

				const { context: adminContext, page: a } = await open();
				await logIn(a, admin.email);
				await a
					.getByRole('navigation', { name: 'Account' })
					.getByRole('link', { name: 'Admin' })
					.click();
				await a.getByRole('button', { name: `Make teacher: ${teacher.name}`, exact: true }).click();
				await expect.poll(() => a.getByText(`${teacher.email} is now a teacher.`).count()).toBe(1);
				await adminContext.close();

				// Adding the article: the generator's drafts arrive, each with its evidence marked.
				await t.goto('/');
				await t
					.getByRole('navigation', { name: 'Account' })
					.getByRole('link', { name: 'Teach' })
					.click();
				await t.getByRole('link', { name: 'Add an article' }).first().click();
				await t.getByLabel('Title').fill(title);
				await t.getByLabel('Source').fill('Valdria Courier');
				await t.getByLabel('Link (optional)').fill('https://courier.example/ferry');
				await t.getByLabel('Published on').fill('2025-05-06');
				await t.getByLabel('Place (dateline, optional)').fill('Valdria');
				await t.getByLabel('Article text').fill(story);
				await t.getByRole('button', { name: 'Add and generate questions' }).click();
				await t.waitForURL(`**/teach/articles/${slug}?generated=*`);
				const generated = Number(new URL(t.url()).searchParams.get('generated'));
				expect(generated).toBeGreaterThan(2);
				expect(await t.getByRole('status').innerText()).toContain(
					`Lede drafted ${generated} questions`
				);
				const cards = t.locator('main ol > li');
				expect(await cards.count()).toBe(generated);
				for (const mark of await t.locator('main ol > li blockquote mark').all())
					expect(story).toContain(await mark.innerText());

				// Editing the first draft into a question of the teacher's own, with new evidence.
				await cards.first().getByRole('link', { name: /^Edit/ }).click();
				await t.getByLabel('Kind').selectOption('who');
				await t.getByLabel('Question').fill('Who cut the ribbon at the harbour terminal?');
				await t.getByLabel('Right answer').fill('Elena Vossberg');
				const wrong = ['Paul Ardent', 'Karin Holt', 'Jonas Brenn', ''];
				for (const [i, choice] of wrong.entries())
					await t.getByLabel(`Wrong choice ${i + 1}`).fill(choice);
				if (javaScript) {
					await selectWithMouse(t, newEvidence);
					expect(await t.getByLabel('Evidence text').inputValue()).toBe(newEvidence);
					expect(await t.locator('[data-testid=evidence-article] mark').innerText()).toBe(
						newEvidence
					);
					const start = story.trim().indexOf(newEvidence);
					expect(await t.locator('input[name=evidence_start]').inputValue()).toBe(String(start));
					expect(await t.locator('input[name=evidence_end]').inputValue()).toBe(
						String(start + newEvidence.length)
					);
				} else {
					await t.getByLabel('Evidence text').fill(newEvidence);
				}
				await t.getByRole('button', { name: 'Save and publish' }).click();
				await t.waitForURL(`**/teach/articles/${slug}#q-*`);
				const edited = cards.filter({ hasText: 'Who cut the ribbon at the harbour terminal?' });
				expect(await edited.innerText()).toMatch(/who · Published · generated, edited/);
				expect(await edited.locator('mark').innerText()).toBe(newEvidence);
				const stored = await keyOfPrompt(session.db, 'Who cut the ribbon at the harbour terminal?');
				expect(stored).toMatchObject({ answer: 'Elena Vossberg', evidence: newEvidence });

				// The rest go live too; any the checks refuse stay drafts, saying what to fix.
				const publishAll = t.getByRole('button', { name: /^Publish all \d+ drafts?$/ });
				if (await publishAll.count()) {
					await publishAll.click();
					await t.getByText(/^Published \d+ questions?\.$|fixing before/).waitFor();
				}
				await t.getByRole('link', { name: 'See it as a student' }).waitFor();

				await t
					.getByRole('navigation', { name: 'Teaching' })
					.getByRole('link', { name: 'Classes' })
					.click();
				await t.getByLabel('New class').fill(className);
				await t.getByRole('button', { name: 'Create class' }).click();
				await t.getByRole('heading', { level: 1, name: className }).waitFor();
				const code = (await t.getByTestId('join-code').innerText()).trim();
				await t.getByRole('combobox', { name: /^Quiz/ }).selectOption({ label: title });
				await t.getByLabel('Due (optional)').fill(due);
				await t.getByRole('button', { name: 'Set quiz' }).click();
				await expect
					.poll(() => t.getByText("Quiz set. It now heads your students' home page.").count())
					.toBe(1);
				const classPage = t.url();

				// The student follows the join link, signs up on the way, joins, and takes the quiz.
				const { context: studentContext, page: s } = await open();
				await s.goto(`/join/${code}`);
				await s.locator('main').getByRole('link', { name: 'Sign up' }).click();
				await signUp(s, student.email, student.name);
				expect(new URL(s.url()).pathname).toBe(`/join/${code}`);
				await s.getByRole('button', { name: `Join ${className}` }).click();
				await s.waitForURL((url) => url.pathname === '/');
				const assigned = s.getByRole('region', { name: 'Set by your teacher' });
				expect(await assigned.innerText()).toContain(`${title}\n${className}\nDue ${due}`);
				const assignedBeforeFeed = await s.evaluate(() => {
					const section = document.getElementById('assigned-heading')!;
					const feed = document.querySelector('form[role=search]')!;
					return !!(section.compareDocumentPosition(feed) & Node.DOCUMENT_POSITION_FOLLOWING);
				});
				expect(assignedBeforeFeed).toBe(true);
				await assigned.getByRole('link', { name: title }).click();
				await s.getByRole('button', { name: 'Start the quiz' }).click();
				let total = 0;
				while (!new URL(s.url()).pathname.endsWith('/results')) {
					await s.locator('legend').waitFor();
					const prompt = (await s.locator('legend > span').nth(1).textContent())!.trim();
					const { answer } = await keyOfPrompt(session.db, prompt);
					await s.getByRole('radio', { name: answer, exact: true }).check();
					await s.getByRole('button', { name: 'Check answer' }).click();
					await s.locator('#verdict').waitFor();
					expect(await s.locator('#verdict').innerText()).toContain('Right');
					total++;
					await goOnFromFeedback(s);
				}
				await s.goto('/');
				expect(await s.getByRole('region', { name: 'Set by your teacher' }).innerText()).toContain(
					`Done: ${total}/${total}`
				);
				await studentContext.close();

				await t.goto(classPage);
				const row = t.getByRole('row', { name: new RegExp(student.name) });
				expect(await row.innerText()).toContain(`Done ${total}/${total} (100%)`);
				await teacherContext.close();
			}
		);
	});
