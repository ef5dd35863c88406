/**
 * npm run generate -- [--json] [--out questions/<slug>] FILE...
 * Prints or merges generated questions; bad input gets one line on stderr and a non-zero exit.
 */
import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { generate, GeneratorInputError, MAX_ARTICLE_CHARS } from '../lib/generator/index.ts';
import { hash } from '../lib/generator/span.ts';

interface Source {
	file: string;
	body: string;
	published?: string;
}

function readSource(file: string): Source {
	const size = statSync(file).size;
	if (size > MAX_ARTICLE_CHARS * 4)
		throw new GeneratorInputError(`the article is too large (${size} bytes)`);
	const text = readFileSync(file, 'utf8');
	const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!front) return { file, body: text };
	const meta = parseYaml(front[1]) as { published?: string | Date };
	const published =
		meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : meta.published;
	return { file, body: text.slice(front[0].length), published };
}

/** Choices in an order that depends on the question, not on the run. */
function shuffled(id: string, choices: string[]): string[] {
	return choices
		.map((c) => ({ c, k: hash(id + c) }))
		.sort((x, y) => x.k - y.k)
		.map((x) => x.c);
}

function main(argv: string[]): void {
	const json = argv.includes('--json');
	const outAt = argv.indexOf('--out');
	const out = outAt >= 0 ? argv[outAt + 1] : undefined;
	const files = argv.filter((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
	if (files.length === 0)
		throw new GeneratorInputError(
			'usage: npm run generate -- [--json] [--out questions/<slug>] FILE...'
		);
	const sources = files.map(readSource);
	const all = [];
	for (const s of sources) {
		const others = sources.filter((o) => o !== s);
		const { questions, warnings } = generate(
			{ body: s.body, published: s.published },
			{ otherArticles: others }
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
	} else if (!out)
		for (const q of all)
			process.stdout.write(`${q.kind}\t${q.prompt}\t${q.answer}\t| ${q.distractors.join(' | ')}\n`);
}

try {
	main(process.argv.slice(2));
} catch (e) {
	const message =
		e instanceof GeneratorInputError
			? e.message
			: e instanceof Error && 'code' in e
				? e.message
				: String(e);
	process.stderr.write(`generate: ${message.split('\n')[0]}\n`);
	process.exit(1);
}
