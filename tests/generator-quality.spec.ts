import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/lib/generator/index';
import { score, type GoldFact } from '../src/lib/generator/score';

const dir = 'tests/fixtures';

describe('generator on the fixture articles it was not tuned to', () => {
	const gold = readFileSync(join(dir, 'gold.jsonl'), 'utf8')
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l) as GoldFact);
	const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt'));
	const articles = files.map((f) => {
		const body = readFileSync(join(dir, 'articles', f), 'utf8');
		const questions = generate({ body }, { today: '2025-06-01' }).questions.map((q) => ({
			...q,
			choices: [q.answer, ...q.distractors]
		}));
		return { name: f.replace(/\.txt$/, ''), body, questions };
	});
	const result = score(articles, gold);

	it('asks about at least 75% of the gold facts', () => {
		expect(result.missed.length).toBeLessThanOrEqual(result.total * 0.25);
		expect(result.covered / result.total).toBeGreaterThanOrEqual(0.75);
	});

	it('asks only valid questions', () => {
		expect(result.invalid).toEqual([]);
		expect(result.generated).toBeGreaterThan(articles.length * 5);
	});

	it('does not let the longest choice give the answer away', () => {
		expect(result.longest / result.generated).toBeLessThanOrEqual(0.33);
	});

	it('dates the questions by the article when its first sentence gives a full date', () => {
		const lander = articles.find((a) => a.name === 'south-pole-lander');
		expect(lander?.questions[0].asOf).toBe('2025-08-14');
	});
});
