import type { Fact } from './facts';
import { fold } from './span';

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
	const prompts = new Set<string>();
	return [...best.values()]
		.sort((a, b) => b.score - a.score || a.evidence.start - b.evidence.start)
		.filter((f) => {
			const key = fold(f.prompt);
			if (prompts.has(key)) return false;
			prompts.add(key);
			return true;
		});
}
