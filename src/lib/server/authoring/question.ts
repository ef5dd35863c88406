/**
 * Questions as a teacher edits them. A question's words live in question_version rows: a
 * published or answered version is never changed, an edit adds the next version, so every
 * stored answer still points at exactly what its learner was asked.
 */
import type { Kysely, Transaction } from 'kysely';
import {
	question as questionSchema,
	questionProblems,
	type Question,
	type QuestionKind
} from '$lib/bank/schema';
import { questionFromRow, selectCurrentQuestions, type CurrentQuestionRow } from '../bank/rows';
import type { Database, QuestionVersionRow } from '../db/types';
import { retireQuestion } from '../questions/status';

/** A question with the words of its current version, and that version's id. */
export type EditableQuestion = CurrentQuestionRow & { version_id: string };

export interface QuestionWords {
	kind: QuestionKind;
	prompt: string;
	answer: string;
	distractors: string[];
	explanation: string | null;
	evidence: { start: number; end: number; text: string };
}

function withCurrentVersion(db: Kysely<Database>) {
	return selectCurrentQuestions(db).select('v.id as version_id');
}

/** Retired questions are out of use and out of the editor; stale ones stay visible to be fixed. */
export async function listForArticle(
	db: Kysely<Database>,
	slug: string
): Promise<EditableQuestion[]> {
	return withCurrentVersion(db)
		.where('q.article_slug', '=', slug)
		.where('q.status', '!=', 'retired')
		.execute();
}

export async function get(
	db: Kysely<Database>,
	slug: string,
	id: string
): Promise<EditableQuestion | undefined> {
	return withCurrentVersion(db)
		.where('q.article_slug', '=', slug)
		.where('q.id', '=', id)
		.where('q.status', '!=', 'retired')
		.executeTakeFirst();
}

/** The question as it would be after an edit, for checking before anything is stored. */
export function withWords<Q extends CurrentQuestionRow>(q: Q, words: QuestionWords): Q {
	return {
		...q,
		kind: words.kind,
		prompt: words.prompt,
		answer: words.answer,
		distractors: JSON.stringify(words.distractors),
		explanation: words.explanation,
		evidence_start: words.evidence.start,
		evidence_end: words.evidence.end,
		evidence_text: words.evidence.text
	};
}

/** What stands between a question and publishing, in words a teacher can act on. */
export function problems(q: Question, body: string): string[] {
	const checked = questionSchema.safeParse(q);
	if (!checked.success)
		return checked.error.issues.map((issue) => {
			const field = issue.path.map(String).join(' ');
			return field ? `${field}: ${issue.message}` : issue.message;
		});
	return questionProblems(checked.data, body);
}

/** What a question would need fixed to be published, whatever its status now. */
export function publishProblems(q: CurrentQuestionRow, body: string): string[] {
	return problems({ ...questionFromRow(q), status: 'published' }, body);
}

function versionColumns(words: QuestionWords, by: string | null) {
	return {
		prompt: words.prompt,
		answer: words.answer,
		distractors: JSON.stringify(words.distractors),
		evidence_start: words.evidence.start,
		evidence_end: words.evidence.end,
		evidence_text: words.evidence.text,
		explanation: words.explanation,
		created_at: new Date().toISOString(),
		created_by: by
	};
}

function versionRow(
	questionId: string,
	version: number,
	words: QuestionWords,
	by: string | null
): QuestionVersionRow {
	return {
		id: crypto.randomUUID(),
		question_id: questionId,
		version,
		...versionColumns(words, by)
	};
}

export type Draft = QuestionWords & {
	bankId: string;
	origin: 'generated' | 'teacher';
	tags: string[];
};

/** Inserts questions as drafts (generated or hand-written), after those already there. */
export async function insertDrafts(
	db: Kysely<Database> | Transaction<Database>,
	slug: string,
	drafts: Draft[],
	asOf: string,
	by: string | null
): Promise<string[]> {
	const last = await db
		.selectFrom('question')
		.select((eb) => eb.fn.max<number>('position').as('p'))
		.where('article_slug', '=', slug)
		.executeTakeFirst();
	let position = Number(last?.p ?? -1) + 1;
	const now = new Date().toISOString();
	const ids: string[] = [];
	for (const draft of drafts) {
		const id = crypto.randomUUID();
		await db
			.insertInto('question')
			.values({
				id,
				article_slug: slug,
				bank_id: draft.bankId,
				kind: draft.kind,
				status: 'draft',
				origin: draft.origin,
				tags: JSON.stringify(draft.tags),
				as_of: asOf,
				position: position++,
				current_version: 1,
				file_hash: null,
				edited_in_app: draft.origin === 'teacher' ? 1 : 0,
				created_at: now,
				updated_at: now
			})
			.execute();
		await db
			.insertInto('question_version')
			.values(versionRow(id, 1, draft, by))
			.execute();
		ids.push(id);
	}
	return ids;
}

/**
 * Saves a teacher's edit. A draft no quiz has asked is changed in place; anything published or
 * asked gets a new version, so results keep pointing at what was actually asked.
 */
export async function update(
	db: Kysely<Database>,
	current: EditableQuestion,
	words: QuestionWords,
	by: string
): Promise<void> {
	await db.transaction().execute(async (tx) => {
		// A version some attempt was given stays as asked, answered or not: the learner mid-quiz is
		// graded on it, and the answer path keeps it in memory (quiz/versions.ts). A draft asked in
		// an earlier life gets a new version too, which costs nothing and needs no search by version.
		const asked = await askedInAnAttempt(tx, current.id);
		let version = current.current_version;
		if (current.status === 'draft' && !asked) {
			await tx
				.updateTable('question_version')
				.set(versionColumns(words, by))
				.where('id', '=', current.version_id)
				.execute();
		} else {
			version += 1;
			await tx
				.insertInto('question_version')
				.values(versionRow(current.id, version, words, by))
				.execute();
		}
		await tx
			.updateTable('question')
			.set({
				kind: words.kind,
				current_version: version,
				edited_in_app: 1,
				file_hash: null,
				updated_at: new Date().toISOString()
			})
			.where('id', '=', current.id)
			.execute();
	});
}

/**
 * Publishes those of the given questions that pass every bank check and reports the rest with
 * what to fix. The article goes live with its first published question.
 */
export async function publish(
	db: Kysely<Database>,
	slug: string,
	body: string,
	candidates: EditableQuestion[]
): Promise<{ published: string[]; failed: { id: string; prompt: string; problems: string[] }[] }> {
	const published: string[] = [];
	const failed: { id: string; prompt: string; problems: string[] }[] = [];
	for (const q of candidates) {
		const found = publishProblems(q, body);
		if (found.length) failed.push({ id: q.id, prompt: q.prompt, problems: found });
		else published.push(q.id);
	}
	if (published.length)
		await db.transaction().execute(async (tx) => {
			const now = new Date().toISOString();
			await tx
				.updateTable('question')
				.set({ status: 'published', updated_at: now })
				.where('id', 'in', published)
				.execute();
			await tx
				.updateTable('article')
				.set({ status: 'published', updated_at: now })
				.where('slug', '=', slug)
				.execute();
		});
	return { published, failed };
}

/**
 * Whether any attempt has been given the question, in any version: one index lookup. Answers
 * come only from attempts that asked their question, and review cards only from answers, so
 * this covers everything a learner did with it.
 */
async function askedInAnAttempt(db: Kysely<Database>, questionId: string): Promise<boolean> {
	const asked = await db
		.selectFrom('attempt_question')
		.select('attempt_id')
		.where('question_id', '=', questionId)
		.limit(1)
		.executeTakeFirst();
	return asked !== undefined;
}

/**
 * Deletes a question nobody has been asked; one in any attempt (answered or still to come) is
 * retired instead, so no learner's results change and no quiz under way loses a question.
 */
export async function remove(db: Kysely<Database>, id: string): Promise<'deleted' | 'retired'> {
	return db.transaction().execute(async (tx) => {
		if (await askedInAnAttempt(tx, id)) {
			await retireQuestion(tx, id);
			return 'retired';
		}
		await tx.deleteFrom('question').where('id', '=', id).execute();
		return 'deleted';
	});
}
