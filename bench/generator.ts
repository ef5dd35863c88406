/**
 * Generator speed against the bare compromise parse of the same texts, in the same run.
 * Prints a markdown section for BENCHMARKS.md.  Run: npx tsx bench/generator.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { generate } from '../src/lib/generator/index.ts';

const RUNS = 15;

function articles(): { name: string; body: string }[] {
	const out: { name: string; body: string }[] = [];
	for (const slug of readdirSync('questions')) {
		const text = readFileSync(join('questions', slug, 'article.md'), 'utf8');
		out.push({ name: slug, body: text.slice(text.indexOf('\n---\n') + 5) });
	}
	const dir = 'tests/fixtures/articles';
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')))
		out.push({ name: f.replace(/\.txt$/, ''), body: readFileSync(join(dir, f), 'utf8') });
	return out;
}

function median(run: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		run();
		times.push(performance.now() - t);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)];
}

export function benchGenerator(): string {
	const all = articles();
	// Warm both up, so neither pays for loading compromise's lexicon.
	for (const a of all) {
		nlp(a.body).json();
		generate({ body: a.body, published: '2024-01-01' });
	}
	const rows: string[] = [];
	let parseTotal = 0;
	let genTotal = 0;
	let kbTotal = 0;
	for (const a of all) {
		const kb = Buffer.byteLength(a.body) / 1024;
		const parse = median(() => nlp(a.body).json());
		const gen = median(() => generate({ body: a.body, published: '2024-01-01' }));
		parseTotal += parse;
		genTotal += gen;
		kbTotal += kb;
		rows.push(
			`| ${a.name} | ${kb.toFixed(1)} | ${parse.toFixed(1)} | ${gen.toFixed(1)} | ${(gen / kb).toFixed(1)} | ${(gen / parse).toFixed(2)}× |`
		);
	}
	return [
		'## Generator',
		'',
		`Full pipeline (\`generate()\`: parse, entities, quotes, facts, distractors, validation) against the`,
		`bare compromise parse (\`nlp(text).json()\`) of the same text, median of ${RUNS} runs after a warm-up,`,
		`Node ${process.version}.`,
		'',
		'| article | KB | bare parse ms | pipeline ms | pipeline ms/KB | pipeline / parse |',
		'| --- | ---: | ---: | ---: | ---: | ---: |',
		...rows,
		`| **all** | ${kbTotal.toFixed(1)} | ${parseTotal.toFixed(1)} | ${genTotal.toFixed(1)} | ${(genTotal / kbTotal).toFixed(1)} | ${(genTotal / parseTotal).toFixed(2)}× |`,
		''
	].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(benchGenerator() + '\n');
