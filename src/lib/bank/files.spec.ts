import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	formatProblem,
	parseArticle,
	readBank,
	readFolder,
	serializeArticle,
	serializeQuestions,
	writeArticle,
	writeQuestions
} from './files';
import type { ArticleMeta, Question } from './schema';

const body =
	'Nairobi, 4 March: The city council approved a budget of 12 billion shillings on Tuesday.\n' +
	'"We have waited too long," said Mayor Amina Otieno.\n\n---\nA line of dashes stays in the body.';

const meta: ArticleMeta = {
	title: 'Nairobi council approves its budget',
	source: 'Test Wire',
	published: '2024-03-04',
	place: 'Nairobi',
	language: 'en',
	tags: ['city', 'budget']
};

function sentence(text: string) {
	const start = body.indexOf(text);
	return { start, end: start + text.length, text };
}

const budget: Question = {
	id: 'council-budget-amount',
	kind: 'number',
	status: 'published',
	origin: 'teacher',
	asOf: '2024-03-04',
	tags: [],
	prompt: 'How large a budget did the city council approve?',
	answer: '12 billion shillings',
	distractors: ['8 billion shillings', '15 billion shillings', '21 billion shillings'],
	evidence: sentence(
		'Nairobi, 4 March: The city council approved a budget of 12 billion shillings on Tuesday.'
	)
};

const mayor: Question = {
	id: 'mayor-waited-too-long',
	kind: 'who',
	status: 'draft',
	origin: 'generated',
	asOf: '2024-03-04',
	tags: ['quote'],
	prompt: 'Who said "We have waited too long"?',
	answer: 'Amina Otieno',
	distractors: ['Grace Wanjiru', 'Peter Kamau', 'Joseph Mwangi'],
	explanation: "The mayor's words, reported after the vote: a colon: and 'quotes' survive.",
	evidence: sentence('"We have waited too long," said Mayor Amina Otieno.')
};

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'lede-bank-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A bank folder with a valid article and the given questions.yaml text. */
function folder(questionsYaml: string | null, articleText = serializeArticle(meta, body)) {
	const dir = join(root, 'nairobi-budget');
	mkdirSync(dir, { recursive: true });
	if (articleText !== null) writeFileSync(join(dir, 'article.md'), articleText);
	if (questionsYaml !== null) writeFileSync(join(dir, 'questions.yaml'), questionsYaml);
	return dir;
}

function problemsOf(dir: string): string[] {
	return readFolder(dir).problems.map(formatProblem);
}

describe('round trip', () => {
	it('reads back what it wrote, and writes it again byte for byte', () => {
		const dir = join(root, 'nairobi-budget');
		writeArticle(dir, { meta, body });
		writeQuestions(dir, [budget, mayor]);
		const read = readFolder(dir);
		expect(read.problems).toEqual([]);
		expect(read.article).toEqual({ slug: 'nairobi-budget', meta, body });
		expect(read.questions).toEqual([budget, mayor]);

		const before = ['article.md', 'questions.yaml'].map((f) => readFileSync(join(dir, f), 'utf8'));
		expect(writeArticle(dir, read.article!)).toBe(false);
		expect(writeQuestions(dir, read.questions)).toBe(false);
		expect(serializeArticle(read.article!.meta, read.article!.body)).toBe(before[0]);
		expect(serializeQuestions(read.questions)).toBe(before[1]);
	});

	it('keeps the body exactly, including a later line of dashes and no final newline', () => {
		const parsed = parseArticle(serializeArticle(meta, body), 'article.md');
		expect(parsed.body).toBe(body);
		expect(parsed.problems).toEqual([]);
	});

	it('writes keys in one order whatever order the object had', () => {
		const shuffled = Object.fromEntries(Object.entries(mayor).reverse()) as Question;
		expect(serializeQuestions([shuffled])).toBe(serializeQuestions([mayor]));
		expect(serializeQuestions([mayor])).toMatch(/^questions:\n {2}- id: mayor-waited-too-long\n/);
	});

	it('reads every folder of a bank in slug order', () => {
		writeArticle(join(root, 'b-second'), { meta, body });
		writeArticle(join(root, 'a-first'), { meta, body });
		expect(readBank(root).map((f) => f.slug)).toEqual(['a-first', 'b-second']);
		expect(readBank(join(root, 'absent'))).toEqual([]);
	});
});

describe('problems are reported at their file and line', () => {
	const questionsPath = () => join(root, 'nairobi-budget', 'questions.yaml');

	it('points at the evidence whose offsets are off, and says where the text really is', () => {
		const shifted = { ...budget, evidence: { ...budget.evidence, start: 1, end: 89 } };
		const dir = folder(serializeQuestions([mayor, shifted]));
		const line = serializeQuestions([mayor, shifted])
			.split('\n')
			.findIndex(
				(l, i, all) => l.includes('evidence:') && i > all.indexOf('  - id: council-budget-amount')
			);
		expect(problemsOf(dir)).toEqual([
			`${questionsPath()}:${line + 1}: questions[1].evidence: text is not the article's text at 1-89 (it is at 0-88)`
		]);
	});

	it('reports evidence that is not in the article at all, and the answer missing from it', () => {
		const made = { ...budget, evidence: { start: 0, end: 10, text: 'Made up te' } };
		expect(problemsOf(folder(serializeQuestions([made])))).toEqual([
			`${questionsPath()}:8: questions[0].answer: "12 billion shillings" is not in its evidence`,
			`${questionsPath()}:13: questions[0].evidence: text is not verbatim in the article`
		]);
	});

	it('reports an unknown field, a missing one and a wrong kind on their own lines', () => {
		const text = [
			'questions:',
			'  - id: council-budget-amount',
			'    kind: how-much',
			'    status: published',
			'    origin: teacher',
			'    asOf: 2024-03-04',
			'    prompt: How large a budget did the city council approve?',
			'    answer: 12 billion shillings',
			'    distractors: [8 billion shillings, 15 billion shillings]',
			'    evidence: { start: 0, end: 88, text: x }',
			'    colour: red',
			'  - id: mayor',
			''
		].join('\n');
		const problems = problemsOf(folder(text));
		expect(problems).toContain(
			`${questionsPath()}:3: questions[0].kind: Invalid option: expected one of "who"|"where"|"what"|"number"|"when"|"source"`
		);
		expect(problems).toContain(`${questionsPath()}:11: questions[0].colour: unknown field`);
		expect(problems).toContain(`${questionsPath()}:12: questions[1].prompt: is missing`);
	});

	it('reports an answer repeated among the distractors, and a prompt that gives the answer away', () => {
		const repeated = { ...budget, distractors: ['12 Billion  shillings', '8 billion shillings'] };
		const telling = { ...mayor, prompt: 'Did Amina Otieno say "We have waited too long"?' };
		const problems = problemsOf(folder(serializeQuestions([repeated, telling])));
		expect(problems).toEqual([
			expect.stringMatching(
				/:9: questions\[0\]\.distractors: "12 Billion {2}shillings" repeats the answer$/
			),
			expect.stringMatching(/:\d+: questions\[1\]\.prompt: gives away its answer "Amina Otieno"$/)
		]);
	});

	it('reports a duplicate id with the line of the first one', () => {
		const problems = problemsOf(folder(serializeQuestions([budget, { ...mayor, id: budget.id }])));
		expect(problems).toEqual([
			expect.stringMatching(
				/questions\.yaml:\d+: questions\[1\]\.id: duplicate id "council-budget-amount" \(first at line 2\)$/
			)
		]);
	});

	it('reports broken YAML at its line', () => {
		const problems = problemsOf(folder('questions:\n  - id: a\n    prompt: [unclosed\n'));
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/questions\.yaml:\d+: YAML: /);
	});

	it('reports a missing article, and bad front matter at its line', () => {
		expect(problemsOf(folder(null, null as unknown as string))).toEqual([
			`${join(root, 'nairobi-budget', 'article.md')}: missing: every folder needs its article`
		]);
		rmSync(join(root, 'nairobi-budget'), { recursive: true });
		const article = join(root, 'nairobi-budget', 'article.md');
		expect(problemsOf(folder(null, 'Just text, no front matter.\n'))).toEqual([
			`${article}:1: front matter missing: the file must start with a "---" line and close it with another`
		]);
		const badDate = serializeArticle(meta, body).replace(
			'published: 2024-03-04',
			'published: 4 March 2024'
		);
		expect(problemsOf(folder(null, badDate))).toEqual([
			`${article}:4: published: must be a date as YYYY-MM-DD`
		]);
	});

	it('checks questions against the article only when the article is readable', () => {
		const dir = folder(serializeQuestions([budget]), '---\ntitle: [\n---\nbody\n');
		const problems = problemsOf(dir);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/article\.md:\d+: YAML: /);
		expect(readFolder(dir).questions).toEqual([budget]);
	});
});
