/**
 * Writes the database's articles and the current version of every question back to the bank
 * files, in the canonical form, so app edits can be reviewed and committed like any change.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import {
	formatProblem,
	questionsFileName,
	readFolder,
	writeArticle,
	writeQuestions
} from '../../bank/files';
import type { Question } from '../../bank/schema';
import type { Database } from '../db/types';
import { articleFromRow, questionFromRow, selectCurrentQuestions } from './rows';

export interface ExportReport {
	articles: number;
	questions: number;
	/** Files whose content changed; unchanged files are not touched. */
	written: string[];
	/** What `bank:check` would say about the exported folders. */
	problems: string[];
}

export async function exportBank(db: Kysely<Database>, root = 'questions'): Promise<ExportReport> {
	const articles = await db.selectFrom('article').selectAll().orderBy('slug').execute();
	const bySlug = new Map<string, Question[]>();
	for (const row of await selectCurrentQuestions(db).execute()) {
		const list =
			bySlug.get(row.article_slug) ?? bySlug.set(row.article_slug, []).get(row.article_slug)!;
		list.push(questionFromRow(row));
	}
	const report: ExportReport = { articles: 0, questions: 0, written: [], problems: [] };
	for (const row of articles) {
		const dir = join(root, row.slug);
		const questions = bySlug.get(row.slug) ?? [];
		if (writeArticle(dir, articleFromRow(row))) report.written.push(join(dir, 'article.md'));
		// An article without questions has no questions file to begin with; do not invent one.
		if (questions.length || existsSync(join(dir, questionsFileName)))
			if (writeQuestions(dir, questions)) report.written.push(join(dir, questionsFileName));
		report.articles++;
		report.questions += questions.length;
		report.problems.push(...readFolder(dir).problems.map(formatProblem));
	}
	return report;
}
