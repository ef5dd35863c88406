import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from '../../src/lib/server/db/connect';
import type { UserRow } from '../../src/lib/server/db/types';
import * as quiz from '../../src/routes/quiz/[slug]/+page.server';
import * as results from '../../src/routes/quiz/[slug]/results/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { addLearner, addQuiz, questions, rightChoice, wrongChoice } from '../support/quiz';

const slug = 'vostochny';
const params = { slug };

for (const dialect of testDialects)
	describe(`the quiz page (${dialect})`, () => {
		let t: TestDatabase;
		let learner: UserRow;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			await addQuiz(t.db);
			learner = await addLearner(t.db);
		});
		afterEach(() => t.close());

		const load = (path = `/quiz/${slug}`, user: UserRow | null = learner, db = t.db) =>
			run(quiz.load, requestEvent(db, user, { params, path }));
		const post = (action: 'start' | 'answer', form: Record<string, string> = {}) =>
			run(quiz.actions[action], requestEvent(t.db, learner, { params, form }));
		type QuestionView = {
			view: 'question';
			attemptId: string;
			question: { questionId: string; choices: string[]; number: number };
		};
		const question = async (path?: string) => (await load(path)).data as QuestionView;
		const answer = (q: QuestionView, choice: string) =>
			post('answer', { attempt: q.attemptId, question: q.question.questionId, choice });

		it('offers to start without making a guest for a first visit', async () => {
			const { data } = await load(`/quiz/${slug}`, null);
			expect(data).toMatchObject({ view: 'start', questions: questions.length, last: null });
			expect(await t.db.selectFrom('user').selectAll().execute()).toHaveLength(1);
		});

		it('404s for an article that does not exist', async () => {
			const missing = await run(
				quiz.load,
				requestEvent(t.db, learner, { params: { slug: 'nowhere' } })
			);
			expect(missing.status).toBe(404);
		});

		it('starts an attempt and shows its first question without the answer key', async () => {
			expect(await post('start')).toEqual({ status: 303, location: `/quiz/${slug}` });
			const q = await question();
			expect(q.view).toBe('question');
			const sent = JSON.stringify(q);
			for (const seed of questions) {
				expect(sent).not.toContain(seed.evidence);
				if (seed.explanation) expect(sent).not.toContain(seed.explanation);
			}
			expect(sent).not.toMatch(/"(answer|correct|outcome|evidence|explanation)"/);
		});

		it('grades a wrong answer and then shows the right one with its evidence', async () => {
			await post('start');
			const q = await question();
			const wrong = wrongChoice(q.question);
			expect(await answer(q, wrong)).toEqual({ status: 303, location: `/quiz/${slug}?q=1` });
			const { data } = await load(`/quiz/${slug}?q=1`);
			const seed = questions.find((s) => s.answer === rightChoice(q.question))!;
			expect(data).toMatchObject({
				view: 'feedback',
				outcome: {
					correct: false,
					choice: wrong,
					answer: seed.answer,
					evidence: { mark: seed.evidence }
				},
				nextNumber: 2
			});
		});

		it('keeps the first of two submits of one question', async () => {
			await post('start');
			const q = await question();
			await answer(q, rightChoice(q.question));
			await answer(q, wrongChoice(q.question));
			expect((await load(`/quiz/${slug}?q=1`)).data).toMatchObject({ outcome: { correct: true } });
		});

		it('answers a forged choice, a foreign question and a foreign attempt with a 400 and a message', async () => {
			await post('start');
			const q = await question();
			const forged = await answer(q, 'Moscow, obviously');
			expect(forged).toEqual({
				status: 400,
				data: { message: 'That choice is not one of the options.' }
			});
			const foreign = await post('answer', {
				attempt: q.attemptId,
				question: 'elsewhere',
				choice: 'x'
			});
			expect(foreign.status).toBe(400);
			const other = await addLearner(t.db);
			const theirs = await run(
				quiz.actions.answer,
				requestEvent(t.db, other, {
					params,
					form: {
						attempt: q.attemptId,
						question: q.question.questionId,
						choice: q.question.choices[0]
					}
				})
			);
			expect(theirs).toMatchObject({
				status: 400,
				data: { message: expect.stringContaining('not yours') }
			});
			const blank = await post('answer', { attempt: q.attemptId, question: q.question.questionId });
			expect(blank).toEqual({ status: 400, data: { message: 'Choose one of the answers first.' } });
		});

		it('resumes at the next unanswered question after a server restart', async () => {
			await post('start');
			const first = await question();
			await answer(first, rightChoice(first.question));
			const restarted = connect(t.url).db;
			try {
				const { data } = await load(`/quiz/${slug}`, learner, restarted);
				expect(data).toMatchObject({
					view: 'question',
					attemptId: first.attemptId,
					question: { number: 2 },
					progress: { answered: 1, total: questions.length }
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
			for (let n = 1; n <= questions.length; n++) {
				const q = await question();
				await answer(q, n === 2 ? wrongChoice(q.question) : rightChoice(q.question));
			}
			expect((await load()).data).toMatchObject({ view: 'start', last: { correct: 2, total: 3 } });
			const shown = await run(
				results.load,
				requestEvent(t.db, learner, { params, path: `/quiz/${slug}/results` })
			);
			const { attempt, score, items } = shown.data as {
				attempt: { id: string };
				score: object;
				items: { outcome: { correct: boolean } }[];
			};
			expect(score).toEqual({ correct: 2, total: 3 });
			expect(items.map((i) => i.outcome.correct)).toEqual([true, false, true]);
			const retry = await run(
				results.actions.retry,
				requestEvent(t.db, learner, { params, form: { attempt: attempt.id } })
			);
			expect(retry).toEqual({ status: 303, location: `/quiz/${slug}` });
			const again = await question();
			expect(again).toMatchObject({ progress: { total: 1, answered: 0 } });
			expect(again.attemptId).not.toBe(attempt.id);
		});
	});
