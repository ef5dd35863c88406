import { describe, expect, it } from 'vitest';
import { mergeQuestions } from './merge';
import type { Question } from './schema';

const body = 'Governor Wanjiru Kamau said the bank would cut rates in Nairobi on Tuesday.';
const q = (id: string, over: Partial<Question> = {}): Question => ({
	id,
	kind: 'who',
	prompt: 'Who said the bank would cut rates?',
	answer: 'Wanjiru Kamau',
	distractors: ['Hassan Omondi', 'Amina Diallo', 'Li Wei'],
	evidence: { start: 0, end: body.length, text: body },
	status: 'draft',
	origin: 'generated',
	tags: [],
	asOf: '2025-03-04',
	...over
});

describe('mergeQuestions', () => {
	it('adds new questions and refreshes generated drafts under the same id', () => {
		const before = [q('a', { prompt: 'Who spoke?' })];
		const r = mergeQuestions(before, [q('a'), q('b')]);
		expect(r.questions.map((x) => [x.id, x.prompt])).toEqual([
			['a', 'Who said the bank would cut rates?'],
			['b', 'Who said the bank would cut rates?']
		]);
		expect([r.added, r.updated, r.staled]).toEqual([1, 1, 0]);
	});

	it('never overwrites a teacher question or a published one', () => {
		const teacher = q('t', { origin: 'teacher', prompt: 'Which governor announced the cut?' });
		const published = q('p', { status: 'published', distractors: ['X Y', 'Z W', 'Q R'] });
		const r = mergeQuestions([teacher, published], [q('t'), q('p')]);
		expect(r.questions).toEqual([teacher, published]);
		expect(r.updated).toBe(0);
	});

	it('marks generated drafts that no longer come out as stale instead of deleting them', () => {
		const r = mergeQuestions(
			[q('gone'), q('kept', { status: 'published' }), q('mine', { origin: 'teacher' })],
			[]
		);
		expect(r.questions.map((x) => [x.id, x.status])).toEqual([
			['gone', 'stale'],
			['kept', 'published'],
			['mine', 'draft']
		]);
		expect(r.staled).toBe(1);
		expect(mergeQuestions(r.questions, []).staled).toBe(0);
	});

	it('brings a stale question back when it comes out again', () => {
		const r = mergeQuestions([q('a', { status: 'stale' })], [q('a')]);
		expect(r.questions[0].status).toBe('draft');
	});
});
