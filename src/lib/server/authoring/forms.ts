/** Form posts of the authoring pages, read into checked values or messages for each field. */
import { z } from 'zod';
import { articleMeta, articleSlug, questionKind } from '$lib/bank/schema';
import { locateEvidence } from '$lib/authoring/evidence';
import type { QuestionWords } from './question';

export type FieldErrors = Record<string, string>;

const text = (form: FormData, name: string) => {
	const value = form.get(name);
	return typeof value === 'string' ? value.trim() : '';
};

const offset = (form: FormData, name: string) => {
	const value = text(form, name);
	return /^\d+$/.test(value) ? Number(value) : undefined;
};

export interface QuestionValues {
	kind: string;
	prompt: string;
	answer: string;
	distractors: string[];
	explanation: string;
	evidence_text: string;
	evidence_start: number | null;
	evidence_end: number | null;
}

const questionFields = z.object({
	kind: questionKind,
	prompt: z.string().min(1, 'Write the question.'),
	answer: z.string().min(1, 'Give the right answer.'),
	distractors: z.array(z.string()).min(2, 'Give at least two wrong choices.')
});

/**
 * Reads a question form. The evidence is placed by the selection's offsets when they still
 * match, otherwise by finding its text in the article, so the form works without JavaScript.
 */
export function readQuestion(
	form: FormData,
	body: string
): { values: QuestionValues; words?: QuestionWords; errors: FieldErrors } {
	const values: QuestionValues = {
		kind: text(form, 'kind'),
		prompt: text(form, 'prompt'),
		answer: text(form, 'answer'),
		distractors: form
			.getAll('distractor')
			.map((d) => (typeof d === 'string' ? d.trim() : ''))
			.filter(Boolean),
		explanation: text(form, 'explanation'),
		evidence_text: text(form, 'evidence_text'),
		evidence_start: offset(form, 'evidence_start') ?? null,
		evidence_end: offset(form, 'evidence_end') ?? null
	};
	const errors: FieldErrors = {};
	const fields = questionFields.safeParse(values);
	if (!fields.success)
		for (const issue of fields.error.issues) errors[String(issue.path[0])] ??= issue.message;
	const located = locateEvidence(body, values.evidence_text, {
		start: values.evidence_start ?? undefined,
		end: values.evidence_end ?? undefined
	});
	if (!located.ok) errors.evidence = located.error;
	if (!fields.success || !located.ok) return { values, errors };
	const { start, end } = located.range;
	return {
		values,
		errors,
		words: {
			...fields.data,
			explanation: values.explanation || null,
			evidence: { start, end, text: body.slice(start, end) }
		}
	};
}

export interface ArticleValues {
	title: string;
	source: string;
	url: string;
	published: string;
	place: string;
	slug: string;
}

/** The article's metadata, checked by the bank's own schema so it exports as a valid article.md. */
export function readArticleMeta(form: FormData) {
	const values: ArticleValues = {
		title: text(form, 'title'),
		source: text(form, 'source'),
		url: text(form, 'url'),
		published: text(form, 'published'),
		place: text(form, 'place'),
		slug: text(form, 'slug').toLowerCase()
	};
	const errors: FieldErrors = {};
	const meta = articleMeta.safeParse({
		title: values.title,
		source: values.source,
		url: values.url || undefined,
		published: values.published,
		place: values.place || undefined,
		language: 'en',
		tags: []
	});
	if (!meta.success)
		for (const issue of meta.error.issues)
			errors[String(issue.path[0])] ??= messages[String(issue.path[0])] ?? issue.message;
	if (values.slug && !articleSlug.safeParse(values.slug).success)
		errors.slug = 'Use lower-case letters, digits and single hyphens, like "budget-vote-2024".';
	return { values, errors, meta: meta.success ? meta.data : undefined };
}

const messages: Record<string, string> = {
	title: 'Give the article a title.',
	source: 'Say where the article comes from (the newspaper or site).',
	url: 'The link must be a full address starting with https://, or left empty.',
	published: 'Give the date the article was published.'
};
