/**
 * npm run generate -- [--json] [--out questions/<slug>] FILE...
 * Prints generated questions, or merges them into a bank folder. Bad input gets one line on
 * stderr and a non-zero exit.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
	articleFileName,
	parseArticle,
	readBank,
	readFolder,
	writeArticle,
	writeQuestions
} from '../lib/bank/files.ts';
import { mergeQuestions } from '../lib/bank/merge.ts';
import type { Question } from '../lib/bank/schema.ts';
import { generate, GeneratorInputError, MAX_ARTICLE_CHARS } from '../lib/generator/index.ts';
import { hash } from '../lib/generator/span.ts';

interface Source {
	file: string;
	body: string;
	published?: string;
}

function readSource(file: string): Source {
	if (!existsSync(file)) throw new GeneratorInputError(`${file}: no such file`);
	const stat = statSync(file);
	if (stat.isDirectory()) throw new GeneratorInputError(`${file}: a folder, not an article file`);
	const size = stat.size;
	if (size > MAX_ARTICLE_CHARS * 4)
		throw new GeneratorInputError(`${file}: the article is too large (${size} bytes)`);
	const text = readFileSync(file, 'utf8');
	if (!file.endsWith('.md') || !text.startsWith('---')) return { file, body: text };
	const { meta, body, problems } = parseArticle(text, file);
	if (!meta)
		throw new GeneratorInputError(problems[0]?.message ?? `${file}: unreadable front matter`);
	return { file, body, published: meta.published };
}

/** Choices in an order that depends on the question, not on the run. */
function shuffled(id: string, choices: string[]): string[] {
	return choices
		.map((c) => ({ c, k: hash(id + c) }))
		.sort((x, y) => x.k - y.k)
		.map((x) => x.c);
}

function run(source: Source, others: { body: string }[]) {
	try {
		return generate({ body: source.body, published: source.published }, { otherArticles: others });
	} catch (e) {
		if (e instanceof GeneratorInputError)
			throw new GeneratorInputError(`${source.file}: ${e.message}`);
		throw e;
	}
}

function writeBank(dir: string, source: Source): void {
	const folder = readFolder(dir);
	if (existsSync(join(dir, articleFileName)) && !folder.article)
		throw new GeneratorInputError(
			`${dir}: its ${articleFileName} is invalid; run npm run bank:check`
		);
	if (folder.problems.some((p) => p.file.endsWith('questions.yaml')))
		throw new GeneratorInputError(
			`${dir}: its questions have problems; run npm run bank:check first`
		);
	const body = folder.article?.body ?? source.body;
	if (
		folder.article &&
		body !== source.body &&
		resolve(source.file) !== resolve(dir, articleFileName)
	)
		throw new GeneratorInputError(`${source.file} is not the article already in ${dir}`);
	const published = folder.article?.meta.published ?? source.published;
	const neighbours = readBank(dirname(dir))
		.filter((f) => resolve(f.dir) !== resolve(dir) && f.article)
		.map((f) => ({ body: f.article!.body }));
	const { questions, warnings } = run({ ...source, body, published }, neighbours);
	for (const w of warnings) process.stderr.write(`${source.file}: ${w}\n`);
	if (!folder.article) {
		const firstLine = body.trim().split('\n')[0];
		writeArticle(dir, {
			body,
			meta: {
				title: firstLine.length > 90 ? firstLine.slice(0, 87).trimEnd() + '…' : firstLine,
				source: source.file,
				published: questions[0]?.asOf ?? new Date().toISOString().slice(0, 10),
				language: 'en',
				tags: []
			}
		});
	}
	const merged = mergeQuestions(folder.questions, questions);
	writeQuestions(dir, merged.questions);
	process.stderr.write(
		`${dir}: ${merged.questions.length} questions (${merged.added} new, ${merged.updated} refreshed, ${merged.staled} now stale)\n`
	);
}

function main(argv: string[]): void {
	const json = argv.includes('--json');
	const outAt = argv.indexOf('--out');
	const out = outAt >= 0 ? argv[outAt + 1] : undefined;
	const files = argv.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
	if (files.length === 0 || (outAt >= 0 && !out))
		throw new GeneratorInputError(
			'usage: npm run generate -- [--json] [--out questions/<slug>] FILE...'
		);
	const sources = files.map(readSource);
	if (out) {
		if (sources.length !== 1) throw new GeneratorInputError('--out takes exactly one article');
		writeBank(out, sources[0]);
		return;
	}
	const all: Question[] = [];
	for (const s of sources) {
		const { questions, warnings } = run(
			s,
			sources.filter((o) => o !== s)
		);
		if (!json) for (const w of warnings) process.stderr.write(`${s.file}: ${w}\n`);
		all.push(...questions);
	}
	if (json) {
		const rows = all.map((q) => ({
			id: q.id,
			kind: q.kind,
			prompt: q.prompt,
			choices: shuffled(q.id, [q.answer, ...q.distractors]),
			answer: q.answer,
			evidence: q.evidence
		}));
		process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
	} else
		for (const q of all)
			process.stdout.write(`${q.kind}\t${q.prompt}\t${q.answer}\t| ${q.distractors.join(' | ')}\n`);
}

try {
	main(process.argv.slice(2));
} catch (e) {
	const message =
		e instanceof GeneratorInputError ? e.message : e instanceof Error ? e.message : String(e);
	process.stderr.write(`generate: ${message.split('\n')[0]}\n`);
	process.exit(1);
}
