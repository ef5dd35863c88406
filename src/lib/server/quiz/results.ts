/**
 * An attempt question by question. What proves an answer (the right choice, the explanation,
 * the evidence) is filled in only for questions this attempt has answered, so a page built from
 * these items cannot show the key early.
 */
import type { Kysely } from 'kysely';
import { excerpt, type Excerpt } from '$lib/evidence';
import type { Database } from '../db/types';
import { listForAttempt } from './answers';
import type { Attempt } from './attempts';

export interface Outcome {
	choice: string;
	correct: boolean;
	answer: string;
	explanation: string | null;
	evidence: Excerpt | null;
	answeredAt: string;
}

export interface Item {
	/** 1-based position in this attempt. */
	number: number;
	questionId: string;
	kind: string;
	prompt: string;
	asOf: string;
	choices: string[];
	outcome: Outcome | null;
}

export async function items(
	db: Kysely<Database>,
	attempt: Attempt,
	articleBody: string
): Promise<Item[]> {
	const versionIds = attempt.plan.map((i) => i.versionId);
	const [versions, answers] = await Promise.all([
		db
			.selectFrom('question_version as v')
			.innerJoin('question as q', 'q.id', 'v.question_id')
			.where('v.id', 'in', versionIds)
			.select([
				'v.id',
				'q.kind',
				'q.as_of',
				'v.prompt',
				'v.answer',
				'v.explanation',
				'v.evidence_start',
				'v.evidence_end'
			])
			.execute(),
		listForAttempt(db, attempt.id)
	]);
	const versionById = new Map(versions.map((v) => [v.id, v]));
	const answerByQuestion = new Map(answers.map((a) => [a.question_id, a]));
	return attempt.plan.map((planned, index) => {
		const v = versionById.get(planned.versionId)!;
		const a = answerByQuestion.get(planned.questionId);
		return {
			number: index + 1,
			questionId: planned.questionId,
			kind: v.kind,
			prompt: v.prompt,
			asOf: v.as_of,
			choices: planned.choices,
			outcome: a
				? {
						choice: a.choice,
						correct: a.correct === 1,
						answer: v.answer,
						explanation: v.explanation,
						evidence: excerpt(articleBody, { start: v.evidence_start, end: v.evidence_end }),
						answeredAt: a.answered_at
					}
				: null
		};
	});
}

export function score(list: Item[]): { correct: number; total: number } {
	return { correct: list.filter((i) => i.outcome?.correct).length, total: list.length };
}
