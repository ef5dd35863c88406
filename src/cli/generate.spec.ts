import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readFolder, writeQuestions } from '../lib/bank/files';
import type { Question } from '../lib/bank/schema';

const root = mkdtempSync(join(tmpdir(), 'lede-generate-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** The real command, as `npm run generate -- …` runs it. */
async function generate(...args: string[]): Promise<Run> {
	try {
		const { stdout, stderr } = await promisify(execFile)(
			process.execPath,
			['--import', 'tsx', 'src/cli/generate.ts', ...args],
			{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }
		);
		return { code: 0, stdout, stderr };
	} catch (e) {
		const failed = e as { code: number; stdout: string; stderr: string };
		return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
	}
}

const article = `Valparaíso, April 9 - Chile's senate approved a law on Tuesday that will protect 1.2 million hectares of coastal forest, after a debate that lasted three days.
Environment Minister Camila Rojas said the vote was "a victory for every family that lives from the sea."
The law bans new salmon farms in the region of Aysén, where 40 percent of the forest lies.
Opposition senator Tomás Herrera voted against it and said the ban would cost 3,000 jobs.
According to the newspaper El Mercurio, the president will sign the law in May.`;

function file(name: string, content: string | Buffer): string {
	const path = join(root, name);
	writeFileSync(path, content);
	return path;
}

// Each run starts Node and the NLP library afresh: seconds each, a minute on a loaded machine.
// An article without names is refused by the library's own tests (index.spec.ts), the same path.
describe('npm run generate', { timeout: 300_000 }, () => {
	it('--json prints only a JSON array of questions whose choices hold the answer once', async () => {
		const run = await generate('--json', file('forest.txt', article));
		expect(run.code).toBe(0);
		expect(run.stderr).toBe('');
		const rows = JSON.parse(run.stdout) as Record<string, unknown>[];
		expect(rows.length).toBeGreaterThan(5);
		for (const row of rows) {
			expect(Object.keys(row).sort()).toEqual(
				['answer', 'choices', 'evidence', 'id', 'kind', 'prompt'].sort()
			);
			const { answer, choices, evidence } = row as {
				answer: string;
				choices: string[];
				evidence: { text: string; start: number; end: number };
			};
			expect(Object.keys(evidence).sort()).toEqual(['end', 'start', 'text']);
			expect(choices.filter((c) => c === answer)).toHaveLength(1);
			expect(new Set(choices).size).toBeGreaterThanOrEqual(4);
			expect(article.slice(evidence.start, evidence.end)).toBe(evidence.text);
		}
		const ids = rows.map((r) => r.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('--out writes a new bank, then merges a second run into it without losing anyone’s work', async () => {
		const dir = join(root, 'questions', 'chile-forest-law');
		const source = file('forest-law.txt', article);
		const first = await generate('--out', dir, source);
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('');
		const written = readFolder(dir);
		expect(written.problems).toEqual([]);
		expect(written.article?.body).toBe(article);
		const generated = written.questions;
		expect(generated.length).toBeGreaterThan(5);
		expect(generated.every((q) => q.status === 'draft' && q.origin === 'generated')).toBe(true);

		// A teacher edits one question, publishes another and writes her own; one draft is of an
		// earlier generator run that no longer asks it.
		const [edited, published, ...rest] = generated;
		const teacherEdit: Question = {
			...edited,
			origin: 'teacher',
			prompt: 'Which question did the teacher rewrite?'
		};
		const own: Question = {
			...published,
			id: 'teacher-own-question',
			origin: 'teacher',
			prompt: 'Which minister called the vote a victory?'
		};
		const old: Question = { ...rest[0], id: 'who-from-an-older-run-1a2b3c' };
		writeQuestions(dir, [teacherEdit, { ...published, status: 'published' }, ...rest, own, old]);
		const before = readFileSync(join(dir, 'questions.yaml'), 'utf8');

		const second = await generate('--out', dir, join(dir, 'article.md'));
		expect(second.code).toBe(0);
		expect(second.stderr).toContain('0 new');
		expect(second.stderr).toContain('1 now stale');
		const merged = readFolder(dir);
		expect(merged.problems).toEqual([]);
		const byId = new Map(merged.questions.map((q) => [q.id, q]));
		expect(merged.questions.map((q) => q.id)).toEqual([
			...generated.map((q) => q.id),
			own.id,
			old.id
		]);
		expect(byId.get(edited.id)).toEqual(teacherEdit);
		expect(byId.get(published.id)?.status).toBe('published');
		expect(byId.get(own.id)).toEqual(own);
		expect(byId.get(old.id)?.status).toBe('stale');
		expect(before).not.toBe(readFileSync(join(dir, 'questions.yaml'), 'utf8'));
	});

	it('refuses bad input with one clear line naming the file, and no stack trace', async () => {
		const cases: [string[], RegExp][] = [
			[[file('empty.txt', '')], /empty\.txt: the article is empty$/],
			[
				[file('photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3, 0, 0, 0, 0xff]))],
				/photo\.txt: .*binary/
			],
			[
				[file('huge.txt', 'The council met again. '.repeat(230_000))],
				/huge\.txt: the article is too large/
			],
			[
				[
					file(
						'german.txt',
						'Der Bundestag hat am Mittwoch über das neue Gesetz zur Rente abgestimmt, sagte eine Sprecherin der Regierung in Berlin.'
					)
				],
				/german\.txt: .*not look like English/
			],
			[[join(root, 'missing.txt')], /missing\.txt: no such file/],
			[[root], /a folder, not an article file/]
		];
		const runs = await Promise.all(cases.map(([args]) => generate('--json', ...args)));
		runs.forEach((run, i) => {
			expect(run.code, cases[i][0].join(' ')).toBe(1);
			expect(run.stdout).toBe('');
			const lines = run.stderr.trimEnd().split('\n');
			expect(lines, run.stderr).toHaveLength(1);
			expect(lines[0]).toMatch(/^generate: /);
			expect(lines[0]).toMatch(cases[i][1]);
		});
	});
});
