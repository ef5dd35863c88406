import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import {
	finishedAttempt,
	person,
	publishedQuiz,
	quizBody
} from '../../../../tests/support/teaching';
import type { CurrentQuestionRow } from '../bank/rows';
import { recordAnswer } from '../quiz/answers';
import * as attempts from '../quiz/attempts';
import { askedVersion } from '../quiz/versions';
import * as questions from './question';

function wordsOf(q: questions.EditableQuestion): questions.QuestionWords {
	return {
		kind: 'who',
		prompt: q.prompt,
		answer: q.answer,
		distractors: JSON.parse(q.distractors),
		explanation: q.explanation,
		evidence: { start: q.evidence_start, end: q.evidence_end, text: q.evidence_text }
	};
}

for (const dialect of testDialects)
	describe(`editing questions (${dialect})`, () => {
		let t: TestDatabase;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
		});
		afterEach(async () => t.close());

		it('edits a draft in place but gives a published question a new version, keeping past answers on the old one', async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			const [publishedId, draftId] = await publishedQuiz(t.db, 'budget', teacher);
			await t.db
				.updateTable('question')
				.set({ status: 'draft' })
				.where('id', '=', draftId)
				.execute();
			await finishedAttempt(t.db, student, 'budget', 2);

			const published = (await questions.get(t.db, 'budget', publishedId))!;
			await questions.update(
				t.db,
				published,
				{ ...wordsOf(published), prompt: 'Who is the mayor?' },
				teacher.id
			);
			const after = (await questions.get(t.db, 'budget', publishedId))!;
			expect(after).toMatchObject({
				current_version: 2,
				prompt: 'Who is the mayor?',
				edited_in_app: 1,
				file_hash: null
			});
			const answer = await t.db
				.selectFrom('answer')
				.innerJoin('question_version as v', 'v.id', 'answer.question_version_id')
				.select(['v.version', 'v.prompt', 'answer.correct'])
				.where('answer.question_id', '=', publishedId)
				.executeTakeFirstOrThrow();
			expect(answer).toEqual({ version: 1, prompt: published.prompt, correct: 1 });

			// The draft was answered too (in this test's attempt), so its edit must not rewrite that.
			const draft = (await questions.get(t.db, 'budget', draftId))!;
			await questions.update(t.db, draft, { ...wordsOf(draft), kind: 'when' }, teacher.id);
			expect((await questions.get(t.db, 'budget', draftId))!.current_version).toBe(2);
		});

		it('changes an unanswered draft without adding versions', async () => {
			const teacher = await person(t.db, 'teacher');
			const [id] = await publishedQuiz(t.db, 'budget', teacher);
			await t.db.updateTable('question').set({ status: 'draft' }).where('id', '=', id).execute();
			const draft = (await questions.get(t.db, 'budget', id))!;
			await questions.update(t.db, draft, { ...wordsOf(draft), answer: 'Ruiz' }, teacher.id);
			const versions = await t.db
				.selectFrom('question_version')
				.select('answer')
				.where('question_id', '=', id)
				.execute();
			expect(versions).toEqual([{ answer: 'Ruiz' }]);
		});

		it('grades a learner mid-quiz on the question as asked, though it went back to draft and was edited', async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			const [id] = await publishedQuiz(t.db, 'budget', teacher);
			const attempt = (await attempts.start(t.db, { userId: student.id, slug: 'budget' }))!;
			const asked = attempt.plan.find((item) => item.questionId === id)!;
			const answerOf = async (versionId: string) => (await askedVersion(t.db, versionId))?.answer;
			const askedAnswer = await answerOf(asked.versionId); // and now this process remembers it
			await t.db.updateTable('question').set({ status: 'draft' }).where('id', '=', id).execute();
			const draft = (await questions.get(t.db, 'budget', id))!;
			await questions.update(t.db, draft, { ...wordsOf(draft), answer: 'Ruiz' }, teacher.id);

			const edited = (await questions.get(t.db, 'budget', id))!;
			expect(edited).toMatchObject({ current_version: 2, answer: 'Ruiz' });
			expect(await answerOf(edited.version_id)).toBe('Ruiz');
			const { answer } = await recordAnswer(t.db, {
				attempt,
				questionId: id,
				choice: askedAnswer!,
				msTaken: null
			});
			expect(answer).toMatchObject({ question_version_id: asked.versionId, correct: 1 });
		});

		it('publishes what passes the bank checks and says what to fix in the rest', async () => {
			const teacher = await person(t.db, 'teacher');
			const [goodId, badId] = await publishedQuiz(t.db, 'budget', teacher);
			await t.db.updateTable('question').set({ status: 'draft' }).execute();
			await t.db.updateTable('article').set({ status: 'draft' }).execute();
			const bad = (await questions.get(t.db, 'budget', badId))!;
			await questions.update(
				t.db,
				bad,
				{
					...wordsOf(bad),
					kind: 'when',
					prompt: 'When was the budget approved on Monday',
					distractors: ['Monday']
				},
				teacher.id
			);
			const drafts = await questions.listForArticle(t.db, 'budget');
			const outcome = await questions.publish(t.db, 'budget', quizBody, drafts);
			expect(outcome.published).toEqual([goodId]);
			expect(outcome.failed).toEqual([
				{
					id: badId,
					prompt: 'When was the budget approved on Monday',
					problems: expect.arrayContaining([
						'prompt: prompt must end with "?"',
						'distractors: needs at least two distractors'
					])
				}
			]);
			const article = await t.db.selectFrom('article').select('status').executeTakeFirstOrThrow();
			expect(article.status).toBe('published');
		});

		it('finds a second answer and a give-away prompt like bank:check does', () => {
			const q: CurrentQuestionRow = {
				id: 'x',
				article_slug: 'budget',
				bank_id: 'who-mayor',
				kind: 'who',
				status: 'draft',
				origin: 'teacher',
				tags: '[]',
				as_of: '2024-03-04',
				position: 0,
				current_version: 1,
				file_hash: null,
				edited_in_app: 1,
				created_at: '',
				updated_at: '',
				prompt: 'Which mayor, Ana Ruiz, spoke?',
				answer: 'Ana Ruiz',
				distractors: JSON.stringify(['ana ruiz', 'Cara Lind']),
				evidence_start: 0,
				evidence_end: 10,
				evidence_text: 'The city c',
				explanation: null
			};
			expect(questions.publishProblems(q, quizBody)).toEqual([
				expect.stringMatching(/"ana ruiz" repeats the answer/),
				expect.stringMatching(/is not in its evidence/),
				expect.stringMatching(/gives away its answer/)
			]);
		});

		it('retires a question in a quiz under way, and a learner can still answer it', async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			await publishedQuiz(t.db, 'budget', teacher);
			const attempt = (await attempts.start(t.db, { userId: student.id, slug: 'budget' }))!;
			const [item] = attempt.plan;
			expect(await questions.remove(t.db, item.questionId)).toBe('retired');
			const { answer } = await recordAnswer(t.db, {
				attempt,
				questionId: item.questionId,
				choice: item.choices[0],
				msTaken: null
			});
			expect(answer.question_id).toBe(item.questionId);
		});

		it('retires an answered question instead of deleting it, and deletes an unanswered one', async () => {
			const teacher = await person(t.db, 'teacher');
			const student = await person(t.db, 'student');
			const [answeredId] = await publishedQuiz(t.db, 'budget', teacher);
			await finishedAttempt(t.db, student, 'budget', 1);
			const [freshId] = await publishedQuiz(t.db, 'other', teacher);
			expect(await questions.remove(t.db, answeredId)).toBe('retired');
			expect(await questions.remove(t.db, freshId)).toBe('deleted');
			expect(
				await t.db
					.selectFrom('answer')
					.select('question_id')
					.where('question_id', '=', answeredId)
					.execute()
			).toHaveLength(1);
			expect((await questions.listForArticle(t.db, 'budget')).map((q) => q.id)).not.toContain(
				answeredId
			);
			expect(await questions.get(t.db, 'other', freshId)).toBeUndefined();
		});
	});
