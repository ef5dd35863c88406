import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { question, questionProblems } from '../bank/schema';
import { generate, GeneratorInputError } from './index';

const article = `Nairobi, March 4 - Kenya's central bank cut its main lending rate by half a point on Tuesday, its first cut in two years, as inflation slowed to 4.1 percent in February.
Governor Wanjiru Kamau told reporters the bank would keep watching food prices. "We are not declaring victory yet," Kamau said.
The Kenyan shilling fell 2 percent against the dollar after the decision, and the Nairobi Securities Exchange rose 1.5 percent.
Finance Minister Hassan Omondi welcomed the cut and promised to publish a new budget in June.`;

describe('generate', () => {
	const { questions, warnings } = generate({ body: article, published: '2025-03-04' });

	it('returns schema-valid draft questions whose evidence is verbatim', () => {
		expect(questions.length).toBeGreaterThan(5);
		expect(warnings).toEqual([]);
		for (const q of questions) {
			expect(question.parse(q)).toEqual(q);
			expect(questionProblems(q, article)).toEqual([]);
			expect(article.slice(q.evidence.start, q.evidence.end)).toBe(q.evidence.text);
			expect(q.status).toBe('draft');
			expect(q.origin).toBe('generated');
			expect(q.asOf).toBe('2025-03-04');
			expect(q.prompt.endsWith('?')).toBe(true);
			expect(new Set([q.answer, ...q.distractors]).size).toBe(q.distractors.length + 1);
		}
	});

	it('attributes a quote to its speaker', () => {
		const q = questions.find((q) => q.prompt.includes('not declaring victory'));
		expect(q?.answer).toBe('Kamau');
	});

	it('gives the same ids however often it runs', () => {
		const again = generate({ body: article, published: '2025-03-04' }).questions.map((q) => q.id);
		expect(again).toEqual(questions.map((q) => q.id));
	});

	it('keeps ids when an unrelated paragraph is inserted', () => {
		const lines = article.split('\n');
		const body = [lines[0], 'Rain fell in Mombasa on Monday.', ...lines.slice(1)].join('\n');
		const ids = new Set(generate({ body, published: '2025-03-04' }).questions.map((q) => q.id));
		const kept = questions.filter((q) => ids.has(q.id));
		expect(kept.length).toBeGreaterThan(questions.length * 0.8);
	});

	it('works on a seed article of the bank', () => {
		const text = readFileSync('questions/putin-kim-summit-vostochny/article.md', 'utf8');
		const body = text.slice(text.indexOf('\n---\n') + 5);
		const out = generate({ body, published: '2023-09-13' });
		const kinds = new Set(out.questions.map((q) => q.kind));
		for (const k of ['who', 'where', 'what', 'number', 'when']) expect(kinds).toContain(k);
	});
});

describe('bad input', () => {
	const rejects = (body: string, message: RegExp) => {
		expect(() => generate({ body })).toThrow(GeneratorInputError);
		expect(() => generate({ body })).toThrow(message);
	};

	it('refuses empty, binary, oversized, non-English and entity-free text with one line', () => {
		rejects('   \n', /empty/);
		rejects('\u0000\u0001\u0002PK\u0003\u0004 binary junk '.repeat(50), /binary/);
		rejects('Word and the text. '.repeat(70000), /too large/);
		rejects(
			'Der Bundestag hat am Mittwoch über das neue Gesetz abgestimmt, sagte die Sprecherin der Regierung.',
			/English/
		);
		rejects(
			'it was a quiet day and nothing at all happened to anyone in the town that week.',
			/names no/
		);
	});
});
