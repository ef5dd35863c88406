/**
 * Script and attribute payloads in everything people type (article title, source, body and
 * link; question prompt, choices and explanation; class name; display names and emails) are
 * shown as text on every page that shows them, to students, teachers and the admin, and
 * nothing of them runs in Chromium.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../src/lib/server/auth/account';
import * as assignments from '../../src/lib/server/classes/assignment';
import * as classes from '../../src/lib/server/classes/class';
import * as members from '../../src/lib/server/classes/member';
import type { UserRow } from '../../src/lib/server/db/types';
import { person, publishedQuiz } from '../support/teaching';
import { openPage } from './support/browser';
import { appSession, goOnFromFeedback } from './support/session';

const scriptTag = '<script>window.__xss=1</script>';
const attribute = '"><img src=x onerror="window.__xss=1">';
const both = `${scriptTag} ${attribute}`;
const slug = 'payload-quiz';
const body =
	`Mayor Ana Ruiz said ${scriptTag} the tram line would open in 2026.\n` +
	`The council met ${attribute} on Monday to approve the budget.`;
const evidence = body.split('\n');
const answers = { who: 'Ana Ruiz', when: 'Monday' };

const session = appSession();
let people: Record<'student' | 'teacher' | 'admin', UserRow>;
let classId: string;
let questionId: string;

beforeAll(async () => {
	const { db } = session;
	people = {
		student: await person(db, 'student', `Sam ${scriptTag}`),
		teacher: await person(db, 'teacher', `Tess ${attribute}`),
		admin: await person(db, 'admin', `Ada ${both}`)
	};
	for (const [role, user] of Object.entries(people)) {
		user.email = `${role}@school.test`;
		await db.updateTable('user').set({ email: user.email }).where('id', '=', user.id).execute();
		await setPassword(db, user.id, password);
	}
	// Someone who signed up before emails were checked: shown on the admin's list of users.
	const odd = await person(db, 'student', 'Odd');
	await db
		.updateTable('user')
		.set({ email: `${attribute}@school.test` })
		.where('id', '=', odd.id)
		.execute();
	[questionId] = await publishedQuiz(db, slug, people.teacher, {
		title: `Title ${both}`,
		source: `Source ${both}`,
		// Forms and bank files refuse such a link; one already stored must still not become one.
		url: 'javascript:window.__xss=1',
		body,
		questions: [
			{
				bankId: 'who-payload',
				kind: 'who',
				prompt: `Who spoke? ${both}`,
				answer: answers.who,
				distractors: [scriptTag, attribute],
				explanation: `Explained: ${both}`,
				evidence: evidence[0]
			},
			{
				bankId: 'when-payload',
				kind: 'when',
				prompt: `When did the council meet? ${both}`,
				answer: answers.when,
				distractors: [`Tuesday ${scriptTag}`, `Friday ${attribute}`],
				explanation: null,
				evidence: evidence[1]
			}
		]
	});
	const klass = await classes.create(db, people.teacher.id, `Class ${both}`);
	classId = klass.id;
	await members.add(db, klass.id, people.student.id);
	await assignments.create(db, {
		classId,
		articleSlug: slug,
		dueOn: null,
		createdBy: people.teacher.id
	});
});

const password = 'a long enough password';

/** Logged in through the login form, as that person would. */
async function signedIn(who: keyof typeof people) {
	const { context, page } = await openPage(session.browser, { baseURL: session.app.url });
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.goto('/login', { waitUntil: 'networkidle' });
	await page.getByLabel('Email').fill(people[who].email!);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Log in' }).click();
	await page.waitForURL((url) => url.pathname !== '/login');
	return { context, page, dialogs };
}

/** Nothing ran, no element came out of the payloads, and their text is on the page as typed. */
async function expectInert(page: Page, dialogs: string[], shown: string[]) {
	await page.waitForLoadState('networkidle');
	const where = new URL(page.url()).pathname;
	expect(dialogs, where).toEqual([]);
	expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), where).toBeUndefined();
	expect(await page.locator('img[src="x"]').count(), where).toBe(0);
	const scripts = await page
		.locator('script')
		.evaluateAll((all) => all.filter((s) => s.textContent?.trim() === 'window.__xss=1').length);
	expect(scripts, where).toBe(0);
	expect(await page.locator('a[href^="javascript:" i]').count(), where).toBe(0);
	// As rendered; some labels are set in capitals by CSS.
	const text = (await page.locator('body').innerText()).toLowerCase();
	for (const payload of shown) expect(text, where).toContain(payload.toLowerCase());
}

describe('user text with script and attribute payloads', () => {
	it('is shown literally and runs nowhere a student looks, feedback and marked evidence included', async () => {
		const { context, page, dialogs } = await signedIn('student');
		await page.goto('/');
		await expectInert(page, dialogs, [`Title ${both}`, `Class ${both}`, `Sam ${scriptTag}`]);
		await page.goto(`/articles/${slug}`);
		await expectInert(page, dialogs, [`Title ${both}`, `Source ${both}`, ...evidence]);
		await page.goto(`/join/${(await classes.get(session.db, classId))!.join_code}`);
		await expectInert(page, dialogs, [`Class ${both}`, `Tess ${attribute}`]);

		await page.goto(`/quiz/${slug}`);
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (let n = 0; n < 2; n++) {
			await page.locator('legend').waitFor();
			const prompt = await page.locator('legend').innerText();
			await expectInert(page, dialogs, [
				prompt.includes('Who') ? `Who spoke? ${both}` : `When did the council meet? ${both}`
			]);
			const answer = prompt.includes('Who') ? answers.who : answers.when;
			await page.getByRole('radio', { name: answer, exact: true }).check();
			await page.getByRole('button', { name: 'Check answer' }).click();
			await page.locator('[data-feedback] mark').waitFor();
			const marked = evidence[prompt.includes('Who') ? 0 : 1];
			expect(await page.locator('[data-feedback] mark').innerText()).toBe(marked);
			await expectInert(
				page,
				dialogs,
				prompt.includes('Who') ? [`Explained: ${both}`, marked] : [marked]
			);
			await goOnFromFeedback(page);
		}
		await expectInert(page, dialogs, [`Who spoke? ${both}`, ...evidence]);
		for (const path of ['/progress', '/review', '/']) {
			await page.goto(path);
			await expectInert(page, dialogs, [`Sam ${scriptTag}`]);
		}
		await context.close();
	});

	it('is shown literally and runs nowhere a teacher or the admin looks', async () => {
		const teacher = await signedIn('teacher');
		const pages: [string, string[]][] = [
			['/teach', [`Title ${both}`, `Class ${both}`, `Tess ${attribute}`]],
			[`/teach/articles/${slug}`, [`Who spoke? ${both}`, scriptTag, attribute, ...evidence]],
			[`/teach/articles/${slug}/questions/${questionId}`, [...evidence, `Title ${both}`]],
			['/teach/classes', [`Class ${both}`]],
			[`/teach/classes/${classId}`, [`Class ${both}`, `Sam ${scriptTag}`, `Title ${both}`]]
		];
		for (const [path, shown] of pages) {
			await teacher.page.goto(path);
			await expectInert(teacher.page, teacher.dialogs, shown);
		}
		// The editor's fields hold the payloads as values, not as markup.
		await teacher.page.goto(`/teach/articles/${slug}/questions/${questionId}`);
		expect(await teacher.page.getByLabel('Question').inputValue()).toBe(`Who spoke? ${both}`);
		expect(
			await teacher.page.getByLabel('Explanation (optional, shown after answering)').inputValue()
		).toBe(`Explained: ${both}`);
		await teacher.context.close();

		const admin = await signedIn('admin');
		await admin.page.goto('/admin/users');
		await expectInert(admin.page, admin.dialogs, [
			`Ada ${both}`,
			`Sam ${scriptTag}`,
			`Tess ${attribute}`,
			`${attribute}@school.test`
		]);
		await admin.context.close();
	});
});
