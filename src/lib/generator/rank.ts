import type { Fact } from './facts';
import { fold } from './span';

const MAX_PER_ANSWER = 3;
const MAX_PER_SENTENCE = 6;

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
	const perAnswer = new Map<string, number>();
	const perSentence = new Map<number, number>();
	const bump = <K>(m: Map<K, number>, k: K) => m.set(k, (m.get(k) ?? 0) + 1).get(k)!;
	return [...best.values()]
		.sort((a, b) => b.score - a.score || a.evidence.start - b.evidence.start)
		.filter((f) => {
			const key = fold(f.prompt);
			if (prompts.has(key)) return false;
			// The same name asked again and again teaches little: a few questions per answer.
			const answer = f.entity ? `e${f.entity.id}` : fold(f.answer.text);
			if (
				(perAnswer.get(answer) ?? 0) >= MAX_PER_ANSWER ||
				(perSentence.get(f.sentence.index) ?? 0) >= MAX_PER_SENTENCE
			)
				return false;
			prompts.add(key);
			bump(perAnswer, answer);
			bump(perSentence, f.sentence.index);
			return true;
		});
}
