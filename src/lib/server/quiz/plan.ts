/**
 * An attempt's plan: which version of each question the learner sees, in which order, with the
 * choices in which order. Made once when the attempt starts and stored with it, so a reload, a
 * second tab or a restarted server shows the same quiz, and an edit made mid-quiz changes nothing.
 */
import { z } from 'zod';

export const planItem = z.object({
	questionId: z.string(),
	versionId: z.string(),
	choices: z.array(z.string()).min(2)
});
export type PlanItem = z.infer<typeof planItem>;
export const plan = z.array(planItem);
export type Plan = z.infer<typeof plan>;

export interface Plannable {
	questionId: string;
	versionId: string;
	answer: string;
	distractors: string[];
}

/** Shuffles questions and each question's choices, the same way every time for the same seed. */
export function makePlan(questions: Plannable[], seed: string): Plan {
	const random = seededRandom(seed);
	return shuffle(questions, random).map((q) => ({
		questionId: q.questionId,
		versionId: q.versionId,
		choices: shuffle([q.answer, ...q.distractors], random)
	}));
}

export function parsePlan(json: string): Plan {
	return plan.parse(JSON.parse(json));
}

/** Fisher–Yates on a copy. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * mulberry32 seeded with an FNV-1a hash of the seed: not for secrets (the plan's order is no
 * secret), only so one seed always gives one order.
 */
export function seededRandom(seed: string): () => number {
	let state = 0x811c9dc5;
	for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x01000193);
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
