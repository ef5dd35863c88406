/**
 * Two built app instances on one PostgreSQL, as behind a load balancer with no sticky
 * sessions: a learner whose every request lands on the other instance must get exactly what
 * one instance gives, and the same answer sent to both at once is stored once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, startServer, type AppInstance } from '../support/app';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { rightChoice, seedSlug } from '../support/quiz';
import { finishedAt } from '../../src/lib/server/quiz/attempts';

const origin = 'http://lede.test';
const quiz = `/quiz/${seedSlug}`;

function decode(text: string): string {
	return text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');
}

/** The fields of the question form on a quiz page: hidden inputs and the offered choices. */
function questionForm(html: string): { fields: Record<string, string>; choices: string[] } {
	const fields: Record<string, string> = {};
	const choices: string[] = [];
	for (const [tag] of html.matchAll(/<input\b[^>]*>/g)) {
		const attrs = Object.fromEntries(
			[...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v)])
		);
		if (attrs.name === 'choice') choices.push(attrs.value);
		else if (attrs.type === 'hidden') fields[attrs.name] = attrs.value;
	}
	return { fields, choices };
}

/** A browser without JavaScript: one cookie jar, each request sent to `pick(n)` for the n-th. */
function learner(pick: (n: number) => AppInstance) {
	let cookie = '';
	let n = 0;
	return async (path: string, form?: Record<string, string>) => {
		const response = await fetch(pick(n++).url + path, {
			method: form ? 'POST' : 'GET',
			redirect: 'manual',
			headers: {
				origin,
				accept: 'text/html',
				...(cookie ? { cookie } : {}),
				...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
			},
			body: form && new URLSearchParams(form)
		});
		const set = response.headers.getSetCookie().map((c) => c.split(';')[0]);
		if (set.length) cookie = set.join('; ');
		return { status: response.status, html: await response.text() };
	};
}

type Browse = ReturnType<typeof learner>;

/**
 * Takes the whole quiz, answering right exactly the questions `answerRight` picks (by id, so
 * two learners with differently shuffled quizzes answer alike), and returns the results page.
 */
async function takeQuiz(t: TestDatabase, browse: Browse, answerRight: (id: string) => boolean) {
	expect((await browse(`${quiz}?/start`, {})).status).toBe(303);
	for (;;) {
		const page = await browse(quiz);
		expect(page.status).toBe(200);
		const { fields, choices } = questionForm(page.html);
		if (!fields.question) break; // the last feedback screen: nothing left to ask
		const right = await rightChoice(t.db, fields.question);
		const choice = answerRight(fields.question) ? right : choices.find((c) => c !== right)!;
		const posted = await browse(`${quiz}?/answer`, { ...fields, choice });
		expect(posted.status).toBe(303);
	}
	const results = await browse(`${quiz}/results`);
	expect(results.status).toBe(200);
	return results.html
		.match(/(\d+) of (\d+) right/)
		?.slice(1)
		.map(Number);
}

async function answersOf(t: TestDatabase) {
	return t.db
		.selectFrom('answer')
		.innerJoin('attempt', 'attempt.id', 'answer.attempt_id')
		.select((eb) => [
			'attempt.user_id',
			'answer.question_id',
			'answer.correct',
			finishedAt(eb).as('finished_at')
		])
		.execute();
}

const onPostgres = testDialects.includes('postgres') ? describe : describe.skip;

onPostgres('two app instances on one PostgreSQL', () => {
	let t: TestDatabase;
	let apps: AppInstance[];

	beforeAll(async () => {
		build();
		t = await freshDatabase('postgres');
		// Started together: both migrate and import the bank into the same new database at once.
		apps = await Promise.all([0, 1].map(() => startServer(['build'], { DATABASE_URL: t.url })));
	}, 300_000);
	afterAll(async () => {
		await Promise.all(apps?.map((app) => app.stop()) ?? []);
		await t?.close();
	});

	it('gives a learner who alternates between them request by request the same quiz as one instance', async () => {
		const everyOther = (id: string) => id.charCodeAt(id.length - 1) % 2 === 0;
		const alternating = await takeQuiz(
			t,
			learner((n) => apps[n % 2]),
			everyOther
		);
		const single = await takeQuiz(
			t,
			learner(() => apps[0]),
			everyOther
		);

		expect(alternating).toEqual(single);
		const answers = await answersOf(t);
		const [first, second] = [...new Set(answers.map((a) => a.user_id))].map((user) =>
			answers
				.filter((a) => a.user_id === user)
				.map((a) => ({ question: a.question_id, correct: a.correct }))
				.sort((a, b) => a.question.localeCompare(b.question))
		);
		expect(first.length).toBe(alternating![1]);
		expect(first).toEqual(second);
		expect(answers.every((a) => a.finished_at)).toBe(true);
	});

	it('stores an answer sent to both instances at the same moment once', async () => {
		const browse = learner((n) => apps[n % 2]);
		await browse(`${quiz}?/start`, {});
		const { fields, choices } = questionForm((await browse(quiz)).html);
		const [a, b] = await Promise.all([
			browse(`${quiz}?/answer`, { ...fields, choice: choices[0] }),
			browse(`${quiz}?/answer`, { ...fields, choice: choices[1] })
		]);
		expect([a.status, b.status]).toEqual([303, 303]);
		const stored = await t.db
			.selectFrom('answer')
			.select('choice')
			.where('attempt_id', '=', fields.attempt)
			.where('question_id', '=', fields.question)
			.execute();
		expect(stored).toHaveLength(1);
		expect(choices.slice(0, 2)).toContain(stored[0].choice);
	});
});
