import type { Question } from './schema';

export interface MergeResult {
	questions: Question[];
	added: number;
	updated: number;
	/** Generated drafts that no longer come out: kept, marked stale. */
	staled: number;
}

/**
 * Folds a fresh generator run into a bank. Ids are kept; a teacher's questions (written or
 * edited), published ones and retired ones are never touched; generated drafts are refreshed;
 * a generated draft that no longer comes out is marked stale, not deleted.
 */
export function mergeQuestions(existing: Question[], generated: Question[]): MergeResult {
	const fresh = new Map(generated.map((q) => [q.id, q]));
	let updated = 0;
	let staled = 0;
	const questions = existing.map((old) => {
		const next = fresh.get(old.id);
		fresh.delete(old.id);
		if (old.origin === 'teacher' || old.status === 'published' || old.status === 'retired')
			return old;
		if (!next) {
			if (old.status === 'stale') return old;
			staled++;
			return { ...old, status: 'stale' as const };
		}
		if (JSON.stringify(next) !== JSON.stringify(old)) updated++;
		return next;
	});
	const added = [...fresh.values()];
	return { questions: [...questions, ...added], added: added.length, updated, staled };
}
