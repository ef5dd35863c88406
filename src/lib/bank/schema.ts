/**
 * The one definition of the question bank: the generator emits it, the loader and
 * `bank:check` parse with it, the database import trusts only what passed it.
 */
import { z } from 'zod';

export const questionKinds = ['who', 'where', 'what', 'number', 'when', 'source'] as const;
export const questionKind = z.enum(questionKinds);
export type QuestionKind = z.infer<typeof questionKind>;

/** stale: generated earlier but no longer produced; retired: a teacher took it out of use. */
export const questionStatus = z.enum(['draft', 'published', 'stale', 'retired']);
export type QuestionStatus = z.infer<typeof questionStatus>;

export const questionOrigin = z.enum(['generated', 'teacher']);
export type QuestionOrigin = z.infer<typeof questionOrigin>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const slug = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const evidence = z
	.object({
		start: z.number().int().nonnegative(),
		end: z.number().int().positive(),
		text: z.string().min(1)
	})
	.strict()
	.refine((e) => e.end > e.start, { message: 'evidence end must come after its start' });
export type Evidence = z.infer<typeof evidence>;

export const question = z
	.object({
		id: z
			.string()
			.regex(/^[a-z0-9][a-z0-9-]*$/, 'id must be lower-case letters, digits and hyphens'),
		kind: questionKind,
		prompt: z
			.string()
			.trim()
			.min(5)
			.refine((p) => p.endsWith('?'), 'prompt must end with "?"'),
		answer: z.string().trim().min(1),
		distractors: z.array(z.string().trim().min(1)).min(2, 'needs at least two distractors'),
		evidence,
		explanation: z.string().trim().min(1).optional(),
		status: questionStatus,
		origin: questionOrigin,
		tags: z.array(z.string().trim().min(1)).default([]),
		/** The article's date: facts in the news go out of date, so every question says when it held. */
		asOf: isoDate
	})
	.strict();
export type Question = z.infer<typeof question>;

export const articleMeta = z
	.object({
		title: z.string().trim().min(1),
		source: z.string().trim().min(1),
		url: z.url().optional(),
		published: isoDate,
		place: z.string().trim().min(1).optional(),
		language: z.string().regex(/^[a-z]{2}$/, 'language must be a two-letter code such as "en"'),
		tags: z.array(z.string().trim().min(1)).default([])
	})
	.strict();
export type ArticleMeta = z.infer<typeof articleMeta>;

export const questionsFile = z.object({ questions: z.array(question) }).strict();
export type QuestionsFile = z.infer<typeof questionsFile>;

export const articleSlug = slug;

/** An article as the app and the generator see it: metadata plus the body the offsets point into. */
export interface Article {
	slug: string;
	meta: ArticleMeta;
	body: string;
}

/** Problems that need the article body, which a field-by-field schema cannot see. */
export function questionProblems(q: Question, body: string): string[] {
	const problems: string[] = [];
	const { start, end, text } = q.evidence;
	if (end > body.length)
		problems.push(`evidence ends at ${end}, past the article's end (${body.length})`);
	else if (body.slice(start, end) !== text)
		problems.push(`evidence text is not the article's text at ${start}-${end}`);
	if (!body.includes(text)) problems.push('evidence is not verbatim in the article');
	const choices = [q.answer, ...q.distractors].map(normalizeChoice);
	if (new Set(choices).size !== choices.length)
		problems.push('choices repeat (the answer must appear once)');
	if (!normalizeChoice(text).includes(normalizeChoice(q.answer)) && q.kind !== 'source')
		problems.push('answer is not in its evidence');
	if (
		normalizeChoice(q.answer).length > 2 &&
		normalizeChoice(q.prompt).includes(normalizeChoice(q.answer))
	)
		problems.push('prompt gives away its answer');
	return problems;
}

/** Case, quote style and spacing do not make two choices different. */
export function normalizeChoice(s: string): string {
	return s
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
