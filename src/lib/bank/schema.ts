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
		// A link is shown as href: only web addresses, never javascript: or data: ones.
		url: z
			.url({ protocol: /^https?$/, error: 'url must start with http:// or https://' })
			.optional(),
		published: isoDate,
		place: z.string().trim().min(1).optional(),
		language: z.string().regex(/^[a-z]{2}$/, 'language must be a two-letter code such as "en"'),
		tags: z.array(z.string().trim().min(1)).default([]),
		/** Absent means published; an article still under review in the app is exported as draft. */
		status: z.enum(['draft', 'published']).optional()
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

/** A problem with one field of a question, which a file reader can place on its line. */
export interface QuestionIssue {
	field: 'prompt' | 'answer' | 'distractors' | 'evidence';
	message: string;
}

/** Problems that need the article body, which a field-by-field schema cannot see. */
export function questionIssues(q: Question, body: string): QuestionIssue[] {
	const issues: QuestionIssue[] = [];
	const { start, end, text } = q.evidence;
	if (end > body.length)
		issues.push({
			field: 'evidence',
			message: `ends at ${end}, past the article's end (${body.length})`
		});
	else if (body.slice(start, end) !== text) {
		const found = body.indexOf(text);
		issues.push({
			field: 'evidence',
			message:
				found < 0
					? 'text is not verbatim in the article'
					: `text is not the article's text at ${start}-${end} (it is at ${found}-${found + text.length})`
		});
	}
	const answer = normalizeChoice(q.answer);
	const seen = new Set([answer]);
	for (const d of q.distractors) {
		const n = normalizeChoice(d);
		if (n === answer) issues.push({ field: 'distractors', message: `"${d}" repeats the answer` });
		else if (seen.has(n)) issues.push({ field: 'distractors', message: `"${d}" appears twice` });
		seen.add(n);
	}
	if (q.kind !== 'source' && !normalizeChoice(text).includes(answer))
		issues.push({ field: 'answer', message: `"${q.answer}" is not in its evidence` });
	if (answer.length > 2 && normalizeChoice(q.prompt).includes(answer))
		issues.push({ field: 'prompt', message: `gives away its answer "${q.answer}"` });
	return issues;
}

export function questionProblems(q: Question, body: string): string[] {
	return questionIssues(q, body).map((i) => `${i.field}: ${i.message}`);
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
