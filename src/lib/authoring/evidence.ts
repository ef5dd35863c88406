/**
 * Evidence is a character range of the article body. These helpers are shared by the browser
 * (turning a selection into offsets, highlighting) and the server (checking what was posted),
 * so both agree on every offset.
 */

export interface Range {
	start: number;
	end: number;
}

export interface Paragraph extends Range {
	text: string;
}

export interface Segment {
	/** Offset of the segment's first character in the article body. */
	start: number;
	text: string;
	marked: boolean;
}

/** The body's lines with where each starts, so a paragraph's text maps back to body offsets. */
export function paragraphs(body: string): Paragraph[] {
	const result: Paragraph[] = [];
	let start = 0;
	for (const text of body.split('\n')) {
		result.push({ start, end: start + text.length, text });
		start += text.length + 1;
	}
	return result.filter((p) => p.text.trim());
}

/**
 * Splits a paragraph into plain and marked runs, so highlighting is plain text in elements and
 * never HTML built from the article.
 */
export function segments(paragraph: Paragraph, mark: Range | null): Segment[] {
	const from = mark ? Math.max(mark.start, paragraph.start) : paragraph.end;
	const to = mark ? Math.min(mark.end, paragraph.end) : paragraph.end;
	if (from >= to) return [{ start: paragraph.start, text: paragraph.text, marked: false }];
	const cut = (a: number, b: number, marked: boolean): Segment => ({
		start: a,
		text: paragraph.text.slice(a - paragraph.start, b - paragraph.start),
		marked
	});
	return [
		cut(paragraph.start, from, false),
		cut(from, to, true),
		cut(to, paragraph.end, false)
	].filter((s) => s.text);
}

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
