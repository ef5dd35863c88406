import { question as questionSchema, questionProblems, type Question } from '../bank/schema';
import { analyse, type Analysis } from './analyse';
import { neighboursOf, pickDistractors } from './distractors';
import { extractFacts, type Fact } from './facts';
import { rank } from './rank';
import { sanityProblem } from './sanity';
import { fold, hash } from './span';

export interface GeneratorInput {
	body: string;
	/** The article's date, YYYY-MM-DD: resolves "on Wednesday" and dates every question. */
	published?: string;
	title?: string;
	place?: string;
}

export interface GeneratorOptions {
	/** Other articles of the bank: their names serve as distractors. */
	otherArticles?: { body: string }[];
	/** The date questions are "as of" when the article gives none (default: today). */
	today?: string;
}

export interface GeneratorResult {
	questions: Question[];
	warnings: string[];
}

/** Input the generator cannot work with; the message is one line, fit to show a user. */
export class GeneratorInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'GeneratorInputError';
	}
}

export const MAX_ARTICLE_CHARS = 1_000_000;

const ENGLISH = new Set(
	'the of and to in a is was for on that with by said as at from it his her he she they have has were be will are an this which who not but its their after'.split(
		' '
	)
);

function checkInput(body: string): void {
	if (!body.trim()) throw new GeneratorInputError('the article is empty');
	if (body.length > MAX_ARTICLE_CHARS)
		throw new GeneratorInputError(
			`the article is too large (${body.length} characters; the limit is ${MAX_ARTICLE_CHARS})`
		);
	// eslint-disable-next-line no-control-regex -- control characters are what marks a binary file
	const control = body.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
	if (control > 0 && control / body.length > 0.001)
		throw new GeneratorInputError('the file looks binary, not text');
	const words = body.toLowerCase().match(/\p{L}+/gu) ?? [];
	if (words.length < 8)
		throw new GeneratorInputError('the article is too short to ask anything about');
	const english = words.filter((w) => ENGLISH.has(w)).length / words.length;
	if (english < 0.1) throw new GeneratorInputError('the article does not look like English text');
}

function slug(s: string, max: number): string {
	return fold(s)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, max)
		.replace(/-$/, '');
}

/** From the fact, not its position: the same fact keeps its id when the bank is regenerated. */
export function questionId(kind: string, answer: string, evidence: string): string {
	const evidenceWords = fold(evidence)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
	return `${kind}-${slug(answer, 24) || 'x'}-${hash(evidenceWords).toString(36)}`;
}

function explanationOf(f: Fact): string | undefined {
	const parts: string[] = [];
	if (f.entity && f.type === 'person' && fold(f.answer.text) !== fold(f.entity.name))
		parts.push(`${f.answer.text} is ${f.entity.name}, named earlier in the article.`);
	if (f.date?.resolved && f.date.kind !== 'year')
		parts.push(`${f.answer.text} here means ${f.date.resolved}.`);
	if (f.evidence.start < f.sentence.start)
		parts.push('The speaker is named in the sentence before the quote.');
	return parts.length ? parts.join(' ') : undefined;
}

/** A prompt that says "Kim" when two Kims are named points at nobody in particular. */
function namesSomeoneAmbiguous(a: Analysis, f: Fact): boolean {
	return a.entities
		.in(f.evidence.start, f.evidence.end)
		.some(
			(m) =>
				m.ambiguous &&
				new RegExp(
					`(?<![\\p{L}-])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-]| \\p{Lu})`,
					'u'
				).test(f.prompt)
		);
}

export function generate(input: GeneratorInput, options: GeneratorOptions = {}): GeneratorResult {
	checkInput(input.body);
	const warnings: string[] = [];
	const a = analyse(input.body, input.published);
	const published = a.published ?? options.today ?? new Date().toISOString().slice(0, 10);
	if (!a.published) warnings.push(`no publication date given: questions are dated ${published}`);
	const named = a.entities.list.filter((e) => e.type !== 'thing');
	if (named.length === 0 && a.quantities.length === 0)
		throw new GeneratorInputError(
			'the article names no people, places, organisations or figures to ask about'
		);
	const near = neighboursOf(
		(options.otherArticles ?? [])
			.filter((o) => o.body !== input.body && o.body.trim())
			.map((o) => analyse(o.body))
	);
	const questions: Question[] = [];
	const ids = new Set<string>();
	for (const f of rank(extractFacts(a))) {
		const distractors = pickDistractors(a, f, near);
		if (distractors.length < 3) continue;
		const id = questionId(f.kind, f.answer.text, f.evidence.text);
		if (ids.has(id)) continue;
		const candidate = {
			id,
			kind: f.kind,
			prompt: f.prompt,
			answer: f.answer.text,
			distractors,
			evidence: { start: f.evidence.start, end: f.evidence.end, text: f.evidence.text },
			explanation: explanationOf(f),
			status: 'draft' as const,
			origin: 'generated' as const,
			tags: [f.kind, f.template],
			asOf: published
		};
		if (!candidate.explanation) delete candidate.explanation;
		// A prompt that opens a quotation must close it.
		if ((f.prompt.match(/[“”"]/g)?.length ?? 0) % 2 === 1) continue;
		if (sanityProblem(f.prompt, [f.answer.text, ...distractors], input.body)) continue;
		if (namesSomeoneAmbiguous(a, f)) continue;
		const parsed = questionSchema.safeParse(candidate);
		if (!parsed.success || questionProblems(parsed.data, input.body).length) continue;
		ids.add(id);
		questions.push(parsed.data);
	}
	if (questions.length === 0) warnings.push('no question could be asked without ambiguity');
	return { questions, warnings };
}
