/**
 * The bank's files and the database's rows say the same things in two shapes; these
 * conversions and hashes let import and export compare them without caring which came first.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { serializeArticle, serializeQuestions } from '../../bank/files';
import type { Article, Question, QuestionKind } from '../../bank/schema';
import type { ArticleRow, Database, QuestionRow, QuestionVersionRow } from '../db/types';

export type CurrentQuestionRow = QuestionRow &
	Pick<
		QuestionVersionRow,
		| 'prompt'
		| 'answer'
		| 'distractors'
		| 'evidence_start'
		| 'evidence_end'
		| 'evidence_text'
		| 'explanation'
	>;

/** Questions with the content of their current version, in bank order. */
export function selectCurrentQuestions(db: Kysely<Database>) {
	return db
		.selectFrom('question as q')
		.innerJoin('question_version as v', (join) =>
			join.onRef('v.question_id', '=', 'q.id').onRef('v.version', '=', 'q.current_version')
		)
		.selectAll('q')
		.select([
			'v.prompt',
			'v.answer',
			'v.distractors',
			'v.evidence_start',
			'v.evidence_end',
			'v.evidence_text',
			'v.explanation'
		])
		.orderBy('q.article_slug')
		.orderBy('q.position')
		.orderBy('q.bank_id');
}

export function articleFromRow(row: ArticleRow): Article {
	return {
		slug: row.slug,
		meta: {
			title: row.title,
			source: row.source,
			url: row.url ?? undefined,
			published: row.published_on,
			place: row.place ?? undefined,
			language: row.language,
			tags: JSON.parse(row.tags),
			status: row.status === 'draft' ? 'draft' : undefined
		},
		body: row.body
	};
}

export function questionFromRow(row: CurrentQuestionRow): Question {
	return {
		id: row.bank_id,
		kind: row.kind as QuestionKind,
		status: row.status,
		origin: row.origin,
		asOf: row.as_of,
		tags: JSON.parse(row.tags),
		prompt: row.prompt,
		answer: row.answer,
		distractors: JSON.parse(row.distractors),
		explanation: row.explanation ?? undefined,
		evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text }
	};
}

function sha256(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Hashes of the canonical file form, so a file and a row with the same content hash alike. */
export const articleHash = (a: Article) => sha256(serializeArticle(a.meta, a.body));
export const questionHash = (q: Question) => sha256(serializeQuestions([q]));
