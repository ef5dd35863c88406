import type { Fact } from './facts';
import { fold } from './span';

const MAX_PER_ANSWER = 3;
const MAX_PER_SENTENCE = 6;

const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1).get(k)!;

/**
 * One question per fact: the same answer from the same sentence is asked once, by the best
 * rule; then the more central facts come first (higher score, earlier in the article).
 */
export function rank(facts: Fact[]): Fact[] {
	const best = new Map<string, Fact>();
	for (const f of facts) {
		const key = `${fold(f.answer.text)}@${f.sentence.index}`;
		const seen = best.get(key);
		if (!seen || f.score > seen.score) best.set(key, f);
	}
	const sorted = [...best.values()].sort(
		(a, b) => b.score - a.score || a.evidence.start - b.evidence.start
	);
	const perSentence = new Map<number, number>();
	for (const f of sorted) bump(perSentence, f.sentence.index);
	// A sentence with more facts than it may give asks one of each sort first (a count, a date, a
	// place…), then the best of the rest: three places from one sentence starve its count.
	const crowded = (f: Fact) => perSentence.get(f.sentence.index)! > MAX_PER_SENTENCE;
	const sortOf = (f: Fact) => `${f.sentence.index}:${f.type}`;
	const first = new Set<string>();
	const leading = new Set(
		sorted.filter((f) => {
			if (!crowded(f) || first.has(sortOf(f))) return !crowded(f);
			first.add(sortOf(f));
			return true;
		})
	);
	const chosen = select([...leading, ...sorted.filter((f) => !leading.has(f))]);
	return sorted.filter((f) => chosen.has(f));
}

function select(facts: Fact[]): Set<Fact> {
	const prompts = new Set<string>();
	const asked: Fact[] = [];
	const perAnswer = new Map<string, number>();
	const perSentence = new Map<number, number>();
	for (const f of facts) {
		const key = fold(f.prompt);
		if (prompts.has(key) || asked.some((g) => sameFact(f, g))) continue;
		// The same name asked again and again teaches little: a few questions per answer, and
		// one per place (where something happened is one fact, however many sentences repeat it).
		const answer = f.entity ? `e${f.entity.id}` : fold(f.answer.text);
		if (
			(perAnswer.get(answer) ?? 0) >= (f.kind === 'where' ? 1 : MAX_PER_ANSWER) ||
			(perSentence.get(f.sentence.index) ?? 0) >= MAX_PER_SENTENCE
		)
			continue;
		prompts.add(key);
		asked.push(f);
		bump(perAnswer, answer);
		bump(perSentence, f.sentence.index);
	}
	return new Set(asked);
}

const contentWords = (prompt: string) =>
	new Set(
		fold(prompt)
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 3)
	);

/**
 * The same answer asked by two prompts that share most of their words ("How many members does
 * the union have?" twice, from the lead and from a later paragraph) is one fact asked twice.
 */
function sameFact(f: Fact, g: Fact): boolean {
	if (fold(f.answer.text) !== fold(g.answer.text)) return false;
	const a = contentWords(f.prompt);
	const b = contentWords(g.prompt);
	const shared = [...a].filter((w) => b.has(w)).length;
	return shared / Math.min(a.size, b.size) >= 0.6;
}
