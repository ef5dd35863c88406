import { describe, expect, it } from 'vitest';
import { makePlan, parsePlan, seededRandom, shuffle } from './plan';

const questions = Array.from({ length: 8 }, (_, i) => ({
	questionId: `q${i}`,
	versionId: `v${i}`,
	answer: `answer ${i}`,
	distractors: [`wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`]
}));

describe('makePlan', () => {
	it('gives the same plan for the same seed, so a reload shows the same quiz', () => {
		expect(makePlan(questions, 'attempt-1')).toEqual(makePlan(questions, 'attempt-1'));
	});

	it('orders questions and choices differently for different attempts', () => {
		const orders = new Set(
			['a', 'b', 'c', 'd', 'e'].map((seed) =>
				JSON.stringify(makePlan(questions, seed).map((i) => [i.questionId, i.choices]))
			)
		);
		expect(orders.size).toBe(5);
	});

	it('keeps every question once and every choice of each question once', () => {
		const plan = makePlan(questions, 'seed');
		expect(plan.map((i) => i.questionId).sort()).toEqual(questions.map((q) => q.questionId).sort());
		for (const item of plan) {
			const q = questions.find((x) => x.questionId === item.questionId)!;
			expect(item.versionId).toBe(q.versionId);
			expect([...item.choices].sort()).toEqual([q.answer, ...q.distractors].sort());
		}
	});

	it('does not keep the answer in one place: over many attempts it lands in every slot', () => {
		const slots = new Set<number>();
		for (let n = 0; n < 40; n++)
			for (const item of makePlan(questions, `s${n}`))
				slots.add(
					item.choices.indexOf(questions.find((q) => q.questionId === item.questionId)!.answer)
				);
		expect([...slots].sort()).toEqual([0, 1, 2, 3]);
	});

	it('survives the round trip through the database column', () => {
		const plan = makePlan(questions, 'x');
		expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
		expect(() => parsePlan('[{"questionId":1}]')).toThrow();
	});
});

describe('shuffle', () => {
	it('leaves its input alone', () => {
		const input = [1, 2, 3, 4];
		shuffle(input, seededRandom('z'));
		expect(input).toEqual([1, 2, 3, 4]);
	});
});
