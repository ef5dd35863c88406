import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/lib/server/db/types';
import { retireQuestion } from '../../src/lib/server/questions/status';
import { reviewAnswered } from '../../src/lib/server/review/cards';
import * as review from '../../src/routes/review/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { seedArticle, type SeededQuestion } from '../support/seed';
import { person } from '../support/teaching';

type CardView = {
	view: 'card';
	due: number;
	card: { showingId: string; questionId: string; choices: string[] };
};

for (const dialect of testDialects)
	describe(`the review page (${dialect})`, { timeout: 60_000 }, () => {
		let t: TestDatabase;
		let learner: UserRow;
		let questions: SeededQuestion[];
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			questions = await seedArticle(t.db, 'summit', 3);
			learner = await person(t.db, 'guest');
			// Missed in a quiz a quarter of an hour ago: due now.
			for (const q of questions.slice(0, 2))
				await reviewAnswered(t.db, {
					userId: learner.id,
					questionId: q.id,
					versionId: q.versionId,
					correct: false,
					msTaken: 4000,
					now: new Date(Date.now() - 15 * 60_000)
				});
		});
		afterEach(() => t.close());

		const load = (path = '/review', user: UserRow | null = learner) =>
			run(review.load, requestEvent(t.db, user, { path }));
		const answer = (form: Record<string, string>, user: UserRow | null = learner) =>
			run(review.actions.answer, requestEvent(t.db, user, { path: '/review', form }));
		const seeded = (id: string) => questions.find((q) => q.id === id)!;

		it('shows a first visit that there is nothing to review, without making a guest', async () => {
			expect((await load('/review', null)).data).toMatchObject({ view: 'empty', due: 0 });
			expect(await t.db.selectFrom('user').selectAll().execute()).toHaveLength(1);
		});

		it('shows a due card without its answer key, the same on reload', async () => {
			const { data } = await load();
			const shown = data as CardView;
			expect(shown).toMatchObject({ view: 'card', due: 2 });
			const q = seeded(shown.card.questionId);
			expect([...shown.card.choices].sort()).toEqual([q.answer, ...q.distractors].sort());
			const sent = JSON.stringify(data);
			expect(sent).not.toMatch(/"(answer|correct|evidence|explanation)"/);
			expect(((await load()).data as CardView).card).toEqual(shown.card);
		});

		it('stores an answer once, then shows feedback with the evidence marked and when it returns', async () => {
			const { card } = (await load()).data as CardView;
			const q = seeded(card.questionId);
			const posted = await answer({ showing: card.showingId, choice: q.answer });
			expect(posted).toEqual({ status: 303, location: `/review?answered=${card.showingId}` });
			expect(await answer({ showing: card.showingId, choice: q.distractors[0] })).toEqual(posted);
			expect(await t.db.selectFrom('review_log').selectAll().execute()).toHaveLength(1);

			const { data } = await load(posted.location);
			expect(data).toMatchObject({
				view: 'feedback',
				due: 1,
				feedback: {
					correct: true,
					answer: q.answer,
					evidence: { paragraph: questions.indexOf(q) + 1, before: '', after: '' }
				}
			});
			const { feedback } = data as { feedback: { nextDue: string; evidence: { mark: string } } };
			expect(feedback.evidence.mark).toContain(`brought ${q.answer} ministers`);
			// Known now, after a miss: back tomorrow, not in this session.
			expect(Date.parse(feedback.nextDue)).toBeGreaterThan(Date.now() + 23 * 60 * 60_000);
			expect((await load('/review')).data).toMatchObject({ view: 'card', due: 1 });
		});

		it('refuses forged answers with a 400 and a message, and hides others’ answers', async () => {
			const { card } = (await load()).data as CardView;
			const forged = await answer({ showing: card.showingId, choice: 'forty-two' });
			expect(forged).toMatchObject({ status: 400, data: { message: expect.any(String) } });
			expect(await answer({ showing: 'made-up', choice: 'x' })).toMatchObject({ status: 400 });
			expect(await answer({ showing: card.showingId })).toMatchObject({
				status: 400,
				data: { message: 'Choose one of the answers first.' }
			});
			expect(await answer({ showing: card.showingId, choice: 'x' }, null)).toMatchObject({
				status: 400
			});
			const stranger = await person(t.db, 'guest');
			const posted = await answer({ showing: card.showingId, choice: card.choices[0] });
			expect((await load(posted.location, stranger)).status).toBe(404);
		});

		it('leaves a retired question out of the queue', async () => {
			const { card } = (await load()).data as CardView;
			await retireQuestion(t.db, card.questionId);
			const next = (await load()).data as CardView;
			expect(next.due).toBe(1);
			expect(next.card.questionId).not.toBe(card.questionId);
			await retireQuestion(t.db, next.card.questionId);
			expect((await load()).data).toMatchObject({ view: 'empty', due: 0 });
		});
	});
