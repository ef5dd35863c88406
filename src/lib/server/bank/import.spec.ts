import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { readFolder, writeArticle, writeQuestions } from '../../bank/files';
import type { Question } from '../../bank/schema';
import type { Database } from '../db/types';
import { exportBank } from './export';
import { importBank } from './import';

const summit = 'putin-kim-summit-vostochny';
const spaceport = 'putin-kim-meet-vostochny-spaceport';

/** Everything an import may touch, in a fixed order, timestamps included. */
async function snapshot(db: Kysely<Database>) {
	return {
		articles: await db.selectFrom('article').selectAll().orderBy('slug').execute(),
		questions: await db.selectFrom('question').selectAll().orderBy('id').execute(),
		versions: await db.selectFrom('question_version').selectAll().orderBy('id').execute()
	};
}

async function questionRow(db: Kysely<Database>, bankId: string) {
	return db
		.selectFrom('question')
		.selectAll()
		.where('bank_id', '=', bankId)
		.executeTakeFirstOrThrow();
}

async function versionsOf(db: Kysely<Database>, bankId: string) {
	const { id } = await questionRow(db, bankId);
	return db
		.selectFrom('question_version')
		.selectAll()
		.where('question_id', '=', id)
		.orderBy('version')
		.execute();
}

/** What a teacher's edit in the app amounts to: a new current version, flagged as edited. */
async function editInApp(db: Kysely<Database>, bankId: string, prompt: string) {
	const row = await questionRow(db, bankId);
	const [current] = (await versionsOf(db, bankId)).slice(-1);
	await db
		.insertInto('question_version')
		.values({ ...current, id: crypto.randomUUID(), version: row.current_version + 1, prompt })
		.execute();
	await db
		.updateTable('question')
		.set({ current_version: row.current_version + 1, edited_in_app: 1, file_hash: null })
		.where('id', '=', row.id)
		.execute();
}

for (const dialect of testDialects)
	describe(`bank import and export (${dialect})`, () => {
		let t: TestDatabase;
		let root: string;
		const folder = (slug: string) => join(root, slug);
		function editFile(slug: string, change: (qs: Question[]) => Question[]) {
			writeQuestions(folder(slug), change(readFolder(folder(slug)).questions));
		}

		beforeEach(async () => {
			t = await freshDatabase(dialect);
			root = mkdtempSync(join(tmpdir(), 'lede-import-'));
			cpSync('questions', root, { recursive: true });
		});
		afterEach(async () => {
			await t.close();
			rmSync(root, { recursive: true, force: true });
		});

		it('imports the seed bank, and a second import changes nothing', async () => {
			const first = await importBank(t.db, root);
			expect(first.problems).toEqual([]);
			expect(first.articles).toEqual({ added: 2, updated: 0, unchanged: 0 });
			expect(first.questions.added).toBeGreaterThanOrEqual(16);
			const before = await snapshot(t.db);
			expect(before.versions).toHaveLength(before.questions.length);

			const second = await importBank(t.db, root);
			expect(second.articles).toEqual({ added: 0, updated: 0, unchanged: 2 });
			expect(second.questions).toEqual({ added: 0, updated: 0, unchanged: first.questions.added });
			expect(second.conflicts).toEqual([]);
			expect(await snapshot(t.db)).toEqual(before);
		});

		it('makes a new version when what is asked changes, and updates status in place', async () => {
			await importBank(t.db, root);
			const [asked, published] = readFolder(folder(summit)).questions;
			editFile(summit, (qs) =>
				qs.map((q) =>
					q.id === asked.id
						? { ...q, prompt: 'How many stages did the Vostochny summit have?' }
						: q.id === published.id
							? { ...q, status: 'retired' }
							: q
				)
			);
			const report = await importBank(t.db, root);
			expect(report.questions.updated).toBe(2);

			const versions = await versionsOf(t.db, asked.id);
			expect(versions.map((v) => v.prompt)).toEqual([
				asked.prompt,
				'How many stages did the Vostochny summit have?'
			]);
			expect((await questionRow(t.db, asked.id)).current_version).toBe(2);
			expect(await versionsOf(t.db, published.id)).toHaveLength(1);
			expect((await questionRow(t.db, published.id)).status).toBe('retired');
		});

		it('adds a new article and a new question from the files', async () => {
			await importBank(t.db, root);
			const { article, questions } = readFolder(folder(summit));
			writeArticle(folder('summit-copy'), article!);
			editFile(summit, (qs) => [...qs, { ...qs[0], id: 'summit-stages-again' }]);

			const report = await importBank(t.db, root);
			expect(report.articles).toEqual({ added: 1, updated: 0, unchanged: 2 });
			expect(report.questions.added).toBe(1);
			expect((await questionRow(t.db, 'summit-stages-again')).position).toBe(questions.length);
		});

		it('never overwrites a question edited in the app, and says so', async () => {
			await importBank(t.db, root);
			const [q] = readFolder(folder(spaceport)).questions;
			await editInApp(t.db, q.id, 'Where did the two leaders first meet on 13 September?');
			editFile(spaceport, (qs) => [
				{ ...qs[0], prompt: 'Where did the leaders meet?' },
				...qs.slice(1)
			]);
			const before = await snapshot(t.db);

			const report = await importBank(t.db, root);
			expect(report.conflicts).toEqual([
				`${spaceport}/${q.id}: edited in the app; the file's version was not imported`
			]);
			expect(report.questions.updated).toBe(0);
			expect(await snapshot(t.db)).toEqual(before);
		});

		it('treats a question changed in the app without the flag as edited too', async () => {
			await importBank(t.db, root);
			const [q] = readFolder(folder(spaceport)).questions;
			await t.db
				.updateTable('question')
				.set({ status: 'draft' })
				.where('bank_id', '=', q.id)
				.execute();
			editFile(spaceport, (qs) => [{ ...qs[0], tags: ['geography'] }, ...qs.slice(1)]);

			const report = await importBank(t.db, root);
			expect(report.conflicts).toEqual([
				`${spaceport}/${q.id}: edited in the app; the file's version was not imported`
			]);
			expect((await questionRow(t.db, q.id)).tags).toBe('[]');
		});

		it('reports an invalid folder at its line and writes nothing of it', async () => {
			const [q, ...rest] = readFolder(folder(summit)).questions;
			writeQuestions(folder(summit), [{ ...q, evidence: { ...q.evidence, start: 1 } }, ...rest]);

			const report = await importBank(t.db, root);
			expect(report.problems).toEqual([
				`${join(folder(summit), 'questions.yaml')}:13: questions[0].evidence: text is not the article's text at 1-${q.evidence.end} (it is at 0-${q.evidence.end})`
			]);
			const slugs = await t.db.selectFrom('article').select('slug').execute();
			expect(slugs).toEqual([{ slug: spaceport }]);
			const summitQuestions = await t.db
				.selectFrom('question')
				.where('article_slug', '=', summit)
				.select('id')
				.execute();
			expect(summitQuestions).toEqual([]);
		});

		it('keeps an article whose text was changed in the app, with its questions', async () => {
			await importBank(t.db, root);
			await t.db
				.updateTable('article')
				.set({ body: 'Rewritten in the app.\n' })
				.where('slug', '=', summit)
				.execute();
			editFile(summit, (qs) => qs.map((q) => ({ ...q, tags: ['summit'] })));
			const before = await snapshot(t.db);

			const report = await importBank(t.db, root);
			expect(report.conflicts).toEqual([
				`${summit}: the article was changed in the app; its file was not imported, nor its questions (the text differs)`
			]);
			expect(await snapshot(t.db)).toEqual(before);
		});

		it('exports exactly the files it imported, byte for byte', async () => {
			await importBank(t.db, root);
			const out = mkdtempSync(join(tmpdir(), 'lede-export-'));
			try {
				const report = await exportBank(t.db, out);
				expect(report.problems).toEqual([]);
				for (const slug of [summit, spaceport])
					for (const file of ['article.md', 'questions.yaml'])
						expect(readFileSync(join(out, slug, file), 'utf8')).toBe(
							readFileSync(join(root, slug, file), 'utf8')
						);
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		});

		it('writes app edits to the files, and importing them back changes nothing', async () => {
			await importBank(t.db, root);
			const [q] = readFolder(folder(summit)).questions;
			await editInApp(t.db, q.id, 'In how many parts was the Vostochny summit held?');
			await t.db
				.updateTable('article')
				.set({ status: 'draft' })
				.where('slug', '=', spaceport)
				.execute();

			const exported = await exportBank(t.db, root);
			expect(exported.written.sort()).toEqual([
				join(folder(spaceport), 'article.md'),
				join(folder(summit), 'questions.yaml')
			]);
			expect(readFolder(folder(summit)).questions[0].prompt).toBe(
				'In how many parts was the Vostochny summit held?'
			);
			expect(readFolder(folder(spaceport)).article?.meta.status).toBe('draft');

			const before = await snapshot(t.db);
			const report = await importBank(t.db, root);
			expect(report.conflicts).toEqual([]);
			expect(report.problems).toEqual([]);
			expect(await snapshot(t.db)).toEqual(before);
		});
	});
