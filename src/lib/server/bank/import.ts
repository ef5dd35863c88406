/**
 * Brings the bank in `questions/` into the database. Each article folder is one transaction,
 * so a folder that fails leaves nothing half-written. The files are the source only for what
 * they last put there: content changed in the app since the last import is never overwritten,
 * and the difference is reported as a conflict instead.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { formatProblem, readBank } from '../../bank/files';
import type { Article, Question } from '../../bank/schema';
import type { Database } from '../db/types';
import {
	articleFromRow,
	articleHash,
	questionFromRow,
	questionHash,
	selectCurrentQuestions,
	type CurrentQuestionRow
} from './rows';

export interface ImportCounts {
	added: number;
	updated: number;
	unchanged: number;
}

export interface ImportReport {
	articles: ImportCounts;
	questions: ImportCounts;
	/** What the files would have changed but the app had changed first; the app's version stays. */
	conflicts: string[];
	/** Folders not imported at all, each problem as `file:line: message`. */
	problems: string[];
}

const noCounts = (): ImportCounts => ({ added: 0, updated: 0, unchanged: 0 });

export async function importBank(db: Kysely<Database>, root = 'questions'): Promise<ImportReport> {
	const report: ImportReport = {
		articles: noCounts(),
		questions: noCounts(),
		conflicts: [],
		problems: []
	};
	for (const folder of readBank(root)) {
		if (folder.problems.length || !folder.article) {
			report.problems.push(...folder.problems.map(formatProblem));
			continue;
		}
		const article = folder.article;
		try {
			// Counted only once the transaction has committed, so the report matches the database.
			const result = await db
				.transaction()
				.execute((trx) => importFolder(trx, article, folder.questions));
			report.articles[result.article]++;
			for (const outcome of result.questions) report.questions[outcome]++;
			report.conflicts.push(...result.conflicts);
		} catch (e) {
			report.problems.push(`${folder.dir}: not imported: ${(e as Error).message}`);
		}
	}
	return report;
}

export function summarizeImport(r: ImportReport): string {
	const counts = (c: ImportCounts) =>
		`${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged`;
	return (
		`bank import: articles ${counts(r.articles)}; questions ${counts(r.questions)}; ` +
		`${r.conflicts.length} conflict(s) kept as edited in the app; ${r.problems.length} problem(s)`
	);
}

type Outcome = keyof ImportCounts;

interface FolderResult {
	article: Outcome;
	questions: Outcome[];
	conflicts: string[];
}

async function importFolder(
	trx: Transaction<Database>,
	article: Article,
	questions: Question[]
): Promise<FolderResult> {
	const now = new Date().toISOString();
	const result: FolderResult = { article: 'unchanged', questions: [], conflicts: [] };
	const row = await trx
		.selectFrom('article')
		.selectAll()
		.where('slug', '=', article.slug)
		.executeTakeFirst();
	const fileHash = articleHash(article);
	const columns = {
		title: article.meta.title,
		source: article.meta.source,
		url: article.meta.url ?? null,
		published_on: article.meta.published,
		place: article.meta.place ?? null,
		language: article.meta.language,
		tags: JSON.stringify(article.meta.tags),
		body: article.body,
		status: article.meta.status ?? 'published',
		file_hash: fileHash
	};
	if (!row) {
		await trx
			.insertInto('article')
			.values({ slug: article.slug, ...columns, owner_id: null, created_at: now, updated_at: now })
			.execute();
		result.article = 'added';
	} else {
		const inDatabase = articleFromRow(row);
		const dbHash = articleHash(inDatabase);
		if (dbHash !== fileHash) {
			if (row.file_hash === dbHash) {
				await trx
					.updateTable('article')
					.set({ ...columns, updated_at: now })
					.where('slug', '=', article.slug)
					.execute();
				result.article = 'updated';
			} else {
				// The questions' offsets point into the file's body; against another body they would be wrong.
				const sameBody = inDatabase.body === article.body;
				result.conflicts.push(
					`${article.slug}: the article was changed in the app; its file was not imported` +
						(sameBody ? '' : ', nor its questions (the text differs)')
				);
				if (!sameBody) return result;
			}
		}
	}

	const existing = new Map(
		(await selectCurrentQuestions(trx).where('q.article_slug', '=', article.slug).execute()).map(
			(r) => [r.bank_id, r]
		)
	);
	for (const [position, q] of questions.entries()) {
		const current = existing.get(q.id);
		if (!current) {
			await addQuestion(trx, article.slug, q, position, now);
			result.questions.push('added');
			continue;
		}
		const fileQuestionHash = questionHash(q);
		const dbHash = questionHash(questionFromRow(current));
		if (dbHash === fileQuestionHash) {
			if (current.position !== position)
				await trx.updateTable('question').set({ position }).where('id', '=', current.id).execute();
			result.questions.push('unchanged');
		} else if (current.edited_in_app || current.file_hash !== dbHash) {
			result.conflicts.push(
				`${article.slug}/${q.id}: edited in the app; the file's version was not imported`
			);
			result.questions.push('unchanged');
		} else {
			await updateQuestion(trx, current, q, position, now);
			result.questions.push('updated');
		}
	}
	return result;
}

function questionColumns(q: Question, position: number) {
	return {
		kind: q.kind,
		status: q.status,
		origin: q.origin,
		tags: JSON.stringify(q.tags),
		as_of: q.asOf,
		position,
		file_hash: questionHash(q)
	};
}

function versionColumns(q: Question) {
	return {
		prompt: q.prompt,
		answer: q.answer,
		distractors: JSON.stringify(q.distractors),
		evidence_start: q.evidence.start,
		evidence_end: q.evidence.end,
		evidence_text: q.evidence.text,
		explanation: q.explanation ?? null
	};
}

async function addVersion(
	trx: Transaction<Database>,
	questionId: string,
	version: number,
	q: Question,
	now: string
) {
	await trx
		.insertInto('question_version')
		.values({
			id: randomUUID(),
			question_id: questionId,
			version,
			...versionColumns(q),
			created_at: now,
			created_by: null
		})
		.execute();
}

async function addQuestion(
	trx: Transaction<Database>,
	slug: string,
	q: Question,
	position: number,
	now: string
) {
	const id = randomUUID();
	await trx
		.insertInto('question')
		.values({
			id,
			article_slug: slug,
			bank_id: q.id,
			...questionColumns(q, position),
			current_version: 1,
			edited_in_app: 0,
			created_at: now,
			updated_at: now
		})
		.execute();
	await addVersion(trx, id, 1, q, now);
}

/** A change of what is asked makes a new version; status, tags and order change in place. */
async function updateQuestion(
	trx: Transaction<Database>,
	current: CurrentQuestionRow,
	q: Question,
	position: number,
	now: string
) {
	const next = versionColumns(q);
	const asked = Object.entries(next).some(
		([key, value]) => current[key as keyof typeof next] !== value
	);
	const version = asked ? current.current_version + 1 : current.current_version;
	if (asked) await addVersion(trx, current.id, version, q, now);
	await trx
		.updateTable('question')
		.set({ ...questionColumns(q, position), current_version: version, updated_at: now })
		.where('id', '=', current.id)
		.execute();
}
