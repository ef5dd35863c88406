import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFolder, writeQuestions } from '../../src/lib/bank/files';
import { importBank } from '../../src/lib/server/bank/import';
import type { UserRow } from '../../src/lib/server/db/types';
import { recordAnswer } from '../../src/lib/server/quiz/answers';
import * as attempts from '../../src/lib/server/quiz/attempts';
import { catchUp } from '../../src/lib/server/review/cards';
import { countDue } from '../../src/lib/server/review/queue';
import { retention } from '../../src/lib/server/review/stats';
import * as review from '../../src/routes/review/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { rightChoice, seedSlug, wrongChoice } from '../support/quiz';
import { person } from '../support/teaching';

type Page =
	| { view: 'card'; card: { showingId: string; questionId: string; asOf: string } }
	| { view: 'empty' };

for (const dialect of testDialects)
	describe(`questions that went stale in the bank (${dialect})`, { timeout: 60_000 }, () => {
		let t: TestDatabase;
		let root: string;
		let learner: UserRow;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			root = mkdtempSync(join(tmpdir(), 'lede-stale-'));
			cpSync('questions', root, { recursive: true });
			await importBank(t.db, root);
			learner = await person(t.db, 'guest');
		});
		afterEach(async () => {
			await t.close();
			rmSync(root, { recursive: true, force: true });
		});

		/** Six questions of the seed quiz, answered wrong a quarter of an hour ago: due now. */
		async function missSome() {
			const started = new Date(Date.now() - 15 * 60_000);
			const questionIds = (await attempts.quizQuestions(t.db, seedSlug))
				.slice(0, 6)
				.map((q) => q.questionId);
			const attempt = (await attempts.start(
				t.db,
				{ userId: learner.id, slug: seedSlug, questionIds },
				started
			))!;
			for (const item of attempt.plan)
				await recordAnswer(
					t.db,
					{
						attempt,
						questionId: item.questionId,
						choice: await wrongChoice(t.db, item),
						msTaken: 5000
					},
					started
				);
			return attempt.plan.map((item) => item.questionId);
		}

		/** Every card /review shows now, each answered right. */
		async function reviewAll() {
			const shown: { questionId: string; asOf: string }[] = [];
			for (;;) {
				const { data } = await run(review.load, requestEvent(t.db, learner, { path: '/review' }));
				const page = data as Page;
				if (page.view !== 'card') return shown;
				shown.push({ questionId: page.card.questionId, asOf: page.card.asOf });
				const choice = await rightChoice(t.db, page.card.questionId);
				await run(
					review.actions.answer,
					requestEvent(t.db, learner, {
						path: '/review',
						form: { showing: page.card.showingId, choice }
					})
				);
			}
		}

		it('leaves every review queue, the due count and the figures at the next import', async () => {
			const asked = await missSome();
			expect(await countDue(t.db, await catchUp(t.db, learner.id), new Date())).toBe(asked.length);
			const folder = join(root, seedSlug);
			const { article, questions } = readFolder(folder);
			// A regeneration marks a generated question that no longer comes out stale; a teacher
			// editing the files retires one whose facts changed.
			const askedBankIds = (
				await t.db.selectFrom('question').select('bank_id').where('id', 'in', asked).execute()
			).map((q) => q.bank_id);
			const [stale, retired] = questions.filter((q) => askedBankIds.includes(q.id));
			writeQuestions(
				folder,
				questions.map((q) =>
					q.id === stale.id
						? { ...q, status: 'stale' }
						: q.id === retired.id
							? { ...q, status: 'retired' }
							: q
				)
			);
			expect((await importBank(t.db, root)).problems).toEqual([]);

			const gone = (
				await t.db
					.selectFrom('question')
					.select('id')
					.where('article_slug', '=', seedSlug)
					.where('bank_id', 'in', [stale.id, retired.id])
					.execute()
			).map((q) => q.id);
			expect(gone).toHaveLength(2);
			expect(await countDue(t.db, await catchUp(t.db, learner.id), new Date())).toBe(
				asked.length - 2
			);
			const shown = await reviewAll();
			expect(shown.map((s) => s.questionId).sort()).toEqual(
				asked.filter((id) => !gone.includes(id)).sort()
			);
			// Each card says when its facts held: the article's date.
			expect(new Set(shown.map((s) => s.asOf))).toEqual(new Set([article!.meta.published]));
			const figures = await retention(t.db, await catchUp(t.db, learner.id), new Date());
			expect(figures.byState.reduce((sum, s) => sum + s.cards, 0)).toBe(asked.length - 2);
		});
	});
