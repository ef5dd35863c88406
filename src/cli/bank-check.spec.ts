import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { serializeArticle } from '../lib/bank/files';

const root = mkdtempSync(join(tmpdir(), 'lede-check-'));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function bankCheck() {
	return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bank-check.ts', root], {
		encoding: 'utf8'
	});
}

// Runs the real command twice, on a loaded machine a few seconds each.
it(
	'exits 0 with a summary on a good bank, and 1 with file:line problems on a broken one',
	{ timeout: 60_000 },
	() => {
		const meta = {
			title: 'A test',
			source: 'Test',
			published: '2024-01-02',
			language: 'en',
			tags: []
		};
		const dir = join(root, 'a-test');
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			join(dir, 'article.md'),
			serializeArticle(meta, 'Ada Lovelace wrote the notes.\n')
		);
		const good = bankCheck();
		expect(good.status).toBe(0);
		expect(good.stdout).toBe(`${root}: 1 articles, 0 questions, no problems\n`);

		writeFileSync(join(dir, 'questions.yaml'), 'questions:\n  - id: x\n    kind: who\n');
		mkdirSync(join(root, 'no-article'));
		const bad = bankCheck();
		expect(bad.status).toBe(1);
		expect(bad.stdout).toContain(
			`${join(dir, 'questions.yaml')}:2: questions[0].prompt: is missing\n`
		);
		expect(bad.stdout).toContain(`${join(root, 'no-article', 'article.md')}: missing`);
		expect(bad.stderr).toMatch(/problem\(s\) in 2 of 2 folder\(s\)/);
	}
);
