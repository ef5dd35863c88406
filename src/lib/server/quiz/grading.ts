/**
 * Grading runs only here, on the server: the browser never learns which choice is right
 * before its answer is stored.
 */
import { normalizeChoice } from '$lib/bank/schema';
import type { Plan, PlanItem } from './plan';

/** A post our own page could not have sent: the learner gets a 400 with this message. */
export class Rejected extends Error {}

export function itemOf(plan: Plan, questionId: string): PlanItem {
	const item = plan.find((i) => i.questionId === questionId);
	if (!item) throw new Rejected('That question is not part of this quiz.');
	return item;
}

/** Whether `choice` is the answer; a choice that was never offered is refused, not marked wrong. */
export function grade(item: PlanItem, answer: string, choice: string): boolean {
	if (!item.choices.includes(choice)) throw new Rejected('That choice is not one of the options.');
	return normalizeChoice(choice) === normalizeChoice(answer);
}
