/**
 * Placing evidence a teacher picked: shared by the browser (a selection into offsets) and the
 * server (checking what was posted), so both agree on every offset.
 */

import type { Range } from '$lib/evidence';

/** Shrinks a range past the spaces a mouse selection tends to catch at either end. */
export function trimRange(body: string, { start, end }: Range): Range {
	while (start < end && /\s/.test(body[start])) start++;
	while (end > start && /\s/.test(body[end - 1])) end--;
	return { start, end };
}

export type Located = { ok: true; range: Range } | { ok: false; error: string };

/**
 * Where the teacher's evidence sits in the body. Offsets from a selection are trusted only if
 * they still point at the same text; otherwise the text is searched for, and must occur once.
 */
export function locateEvidence(body: string, text: string, offsets: Partial<Range> = {}): Located {
	const wanted = text.trim();
	if (!wanted) return { ok: false, error: 'Choose the evidence: select it in the article.' };
	const { start, end } = offsets;
	if (
		start !== undefined &&
		end !== undefined &&
		Number.isInteger(start) &&
		Number.isInteger(end) &&
		start >= 0 &&
		end <= body.length &&
		start < end
	) {
		const range = trimRange(body, { start, end });
		if (body.slice(range.start, range.end) === wanted) return { ok: true, range };
	}
	const first = body.indexOf(wanted);
	if (first < 0)
		return {
			ok: false,
			error: 'The evidence is not in the article word for word; copy it from the article.'
		};
	if (body.indexOf(wanted, first + 1) >= 0)
		return {
			ok: false,
			error: 'The evidence occurs more than once in the article; add words around it.'
		};
	return { ok: true, range: { start: first, end: first + wanted.length } };
}
