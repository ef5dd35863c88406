import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/lib/server/db/types';
import * as quiz from '../../src/routes/quiz/[slug]/+page.server';
import type { Retention } from '../../src/lib/server/review/stats';
import * as homePage from '../../src/routes/+page.server';
import * as progressPage from '../../src/routes/progress/+page.server';
import * as review from '../../src/routes/review/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { importSeed, rightChoice, seedSlug, wrongChoice } from '../support/quiz';
import { person } from '../support/teaching';

type QuestionView = {
	view: 'question';
	attemptId: string;
	question: { questionId: string; choices: string[] };
};

for (const dialect of testDialects)
	describe(`from a quiz to review (${dialect})`, { timeout: 60_000 }, () => {
		let t: TestDatabase;
		let learner: UserRow;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			await importSeed(t.db);
			learner = await person(t.db, 'guest');
		});
		afterEach(() => t.close());

		const params = { slug: seedSlug };
		const quizPost = (action: 'start' | 'answer', form: Record<string, string> = {}) =>
			run(quiz.actions[action], requestEvent(t.db, learner, { params, form }));

		/** Takes the whole quiz through its pages, missing the first `misses` questions. */
		async function takeQuiz(misses: number): Promise<string[]> {
			await quizPost('start');
			const missed: string[] = [];
			for (let n = 0; ; n++) {
				const { data } = await run(
					quiz.load,
					requestEvent(t.db, learner, { params, path: `/quiz/${seedSlug}` })
				);
				if ((data as { view: string }).view !== 'question') break;
				const q = data as QuestionView;
				const miss = n < misses;
				if (miss) missed.push(q.question.questionId);
				const choice = miss
					? await wrongChoice(t.db, q.question)
					: await rightChoice(t.db, q.question.questionId);
				const form = { attempt: q.attemptId, question: q.question.questionId, choice };
				await quizPost('answer', form);
				// A resent form stores nothing and reschedules nothing.
				await quizPost('answer', form);
			}
			return missed;
		}

		it('makes every answered question a card, and brings back exactly the missed ones', async () => {
			const missed = await takeQuiz(2);
			const openReview = () => run(review.load, requestEvent(t.db, learner, { path: '/review' }));
			// Answers reach their cards when the learner's cards are next read: opening review.
			await openReview();
			const answered = await t.db.selectFrom('answer').select('question_id').execute();
			const cards = await t.db.selectFrom('review_card').select(['question_id', 'reps']).execute();
			expect(cards.map((c) => c.question_id).sort()).toEqual(
				answered.map((a) => a.question_id).sort()
			);
			expect(cards.every((c) => c.reps === 1)).toBe(true);

			const shown = new Set<string>();
			for (;;) {
				const { data } = await openReview();
				const page = data as { view: string; card?: { questionId: string } };
				if (page.view !== 'card') break;
				expect(shown.has(page.card!.questionId)).toBe(false);
				shown.add(page.card!.questionId);
				const card = page.card as { questionId: string; showingId: string };
				await run(
					review.actions.answer,
					requestEvent(t.db, learner, {
						path: '/review',
						form: { showing: card.showingId, choice: await rightChoice(t.db, card.questionId) }
					})
				);
			}
			expect([...shown].sort()).toEqual(missed.sort());
		});

		it('counts quiz answers not yet on cards in the home page badge', async () => {
			const missed = await takeQuiz(3);
			const { data } = await run(homePage.load, requestEvent(t.db, learner));
			expect(data).toMatchObject({ due: missed.length });
		});

		it('shows quiz answers not yet on cards in the progress page retention', async () => {
			await takeQuiz(1);
			const answered = await t.db.selectFrom('answer').select('question_id').execute();
			const { data } = await run(progressPage.load, requestEvent(t.db, learner));
			const { byState } = (data as { retention: Retention }).retention;
			expect(byState.reduce((sum, s) => sum + s.cards, 0)).toBe(answered.length);
		});

		it('looks for waiting quiz answers once per review page view', async () => {
			await takeQuiz(2);
			const lookups: string[] = [];
			// Watches the statements a page view sends: the catch-up is the one that names on_card.
			const watched = t.db.withPlugin({
				transformQuery: ({ node }) => {
					if (JSON.stringify(node).includes('"on_card"')) lookups.push(node.kind);
					return node;
				},
				transformResult: async ({ result }) => result
			});
			await run(review.load, requestEvent(watched, learner, { path: '/review' }));
			// One look, and one claim of the answers it found.
			expect(lookups).toEqual(['SelectQueryNode', 'UpdateQueryNode']);
			lookups.length = 0;
			await run(review.load, requestEvent(watched, learner, { path: '/review' }));
			expect(lookups).toEqual(['SelectQueryNode']);
		});
	});
