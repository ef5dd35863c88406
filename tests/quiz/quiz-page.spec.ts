import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connect';
import type { UserRow } from '../../src/lib/server/db/types';
import * as quiz from '../../src/routes/quiz/[slug]/+page.server';
import * as results from '../../src/routes/quiz/[slug]/results/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { importSeed, keyOf, keysOf, rightChoice, seedSlug, wrongChoice } from '../support/quiz';
import { seedLearner } from '../support/seed';

const slug = seedSlug;
const params = { slug };

interface QuestionView {
	view: 'question';
	attemptId: string;
	question: { questionId: string; choices: string[]; number: number };
}

for (const dialect of testDialects)
	describe(`the quiz page (${dialect})`, () => {
		let t: TestDatabase;
		let learner: UserRow;
		let total: number;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			await importSeed(t.db);
			const id = await seedLearner(t.db);
			learner = await t.db
				.selectFrom('user')
				.selectAll()
				.where('id', '=', id)
				.executeTakeFirstOrThrow();
			total = (await keysOf(t.db, slug)).length;
		});
		afterEach(() => t.close());

		const load = (path = `/quiz/${slug}`, user: UserRow | null = learner, db = t.db) =>
			run(quiz.load, requestEvent(db, user, { params, path }));
		const post = (action: 'start' | 'answer', form: Record<string, string> = {}, user = learner) =>
			run(quiz.actions[action], requestEvent(t.db, user, { params, form }));
		const question = async () => (await load()).data as QuestionView;
		const answer = (q: QuestionView, choice: string) =>
			post('answer', { attempt: q.attemptId, question: q.question.questionId, choice });
		const right = (q: QuestionView) => rightChoice(t.db, q.question.questionId);
		const wrong = (q: QuestionView) => wrongChoice(t.db, q.question);

		it('offers to start without making a guest for a first visit', async () => {
			const { data } = await load(`/quiz/${slug}`, null);
			expect(data).toMatchObject({ view: 'start', questions: total, last: null });
			expect(await t.db.selectFrom('user').selectAll().execute()).toHaveLength(1);
		});

		it('404s for an article that does not exist', async () => {
			const missing = await run(
				quiz.load,
				requestEvent(t.db, learner, { params: { slug: 'nowhere' } })
			);
			expect(missing.status).toBe(404);
		});

		it('starts an attempt and shows its first question without anything of the answer key', async () => {
			expect(await post('start')).toEqual({ status: 303, location: `/quiz/${slug}` });
			const q = await question();
			expect(q.view).toBe('question');
			const sent = JSON.stringify(q);
			for (const key of await keysOf(t.db, slug)) {
				expect(sent).not.toContain(key.evidence);
				if (key.explanation) expect(sent).not.toContain(key.explanation);
			}
			expect(sent).not.toMatch(/"(answer|correct|outcome|evidence|explanation)"/);
		});

		it('grades a wrong answer and then shows the right one with its evidence', async () => {
			await post('start');
			const q = await question();
			const choice = await wrong(q);
			expect(await answer(q, choice)).toEqual({ status: 303, location: `/quiz/${slug}?q=1` });
			const key = await keyOf(t.db, q.question.questionId);
			expect((await load(`/quiz/${slug}?q=1`)).data).toMatchObject({
				view: 'feedback',
				outcome: { correct: false, choice, answer: key.answer, evidence: { mark: key.evidence } },
				nextNumber: 2
			});
		});

		it('keeps the first of two submits of one question', async () => {
			await post('start');
			const q = await question();
			await answer(q, await right(q));
			await answer(q, await wrong(q));
			expect((await load(`/quiz/${slug}?q=1`)).data).toMatchObject({ outcome: { correct: true } });
		});

		it('answers a forged choice, a foreign question or attempt and a blank with a 400 and a message', async () => {
			await post('start');
			const q = await question();
			expect(await answer(q, 'Moscow, obviously')).toEqual({
				status: 400,
				data: { message: 'That choice is not one of the options.' }
			});
			const foreign = await post('answer', {
				attempt: q.attemptId,
				question: 'elsewhere',
				choice: 'x'
			});
			expect(foreign).toEqual({
				status: 400,
				data: { message: 'That question is not part of this quiz.' }
			});
			const other = await t.db
				.selectFrom('user')
				.selectAll()
				.where('id', '=', await seedLearner(t.db))
				.executeTakeFirstOrThrow();
			const theirs = await post(
				'answer',
				{ attempt: q.attemptId, question: q.question.questionId, choice: q.question.choices[0] },
				other
			);
			expect(theirs).toMatchObject({
				status: 400,
				data: { message: expect.stringContaining('not yours') }
			});
			const blank = await post('answer', { attempt: q.attemptId, question: q.question.questionId });
			expect(blank).toEqual({ status: 400, data: { message: 'Choose one of the answers first.' } });
		});

		it('resumes at the same next question after a server restart', async () => {
			await post('start');
			const first = await question();
			await answer(first, await right(first));
			const restarted = connect(t.url).db;
			try {
				const { data } = await load(`/quiz/${slug}`, learner, restarted);
				expect(data).toMatchObject({
					view: 'question',
					attemptId: first.attemptId,
					question: { number: 2 },
					progress: { answered: 1, total }
				});
				expect((await load(`/quiz/${slug}`, learner, restarted)).data).toEqual({
					...(data as object),
					shownAt: expect.any(String)
				});
			} finally {
				await restarted.destroy();
			}
		});

		it('scores a finished attempt and retries only the missed questions', async () => {
			await post('start');
			const missed: string[] = [];
			for (let n = 1; n <= total; n++) {
				const q = await question();
				if (n % 4 === 2) missed.push(q.question.questionId);
				await answer(q, n % 4 === 2 ? await wrong(q) : await right(q));
			}
			expect((await load()).data).toMatchObject({
				view: 'start',
				last: { correct: total - missed.length, total }
			});
			const shown = await run(
				results.load,
				requestEvent(t.db, learner, { params, path: `/quiz/${slug}/results` })
			);
			const data = shown.data as {
				attempt: { id: string };
				score: object;
				items: { questionId: string; outcome: { correct: boolean } }[];
			};
			expect(data.score).toEqual({ correct: total - missed.length, total });
			expect(data.items.filter((i) => !i.outcome.correct).map((i) => i.questionId)).toEqual(missed);
			const retry = await run(
				results.actions.retry,
				requestEvent(t.db, learner, { params, form: { attempt: data.attempt.id } })
			);
			expect(retry).toEqual({ status: 303, location: `/quiz/${slug}` });
			const again = await question();
			expect(again).toMatchObject({ progress: { total: missed.length, answered: 0 } });
			expect(missed).toContain(again.question.questionId);
		});

		it('sends a learner without a finished attempt from the results back to the quiz', async () => {
			const shown = await run(
				results.load,
				requestEvent(t.db, learner, { params, path: `/quiz/${slug}/results` })
			);
			expect(shown).toEqual({ status: 303, location: `/quiz/${slug}` });
		});
	});
