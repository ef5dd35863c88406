/**
 * Evidence is a character range of the article body; an article's paragraphs are its non-empty
 * lines. Pure helpers shared by the article page, the quiz feedback and authoring, so every part
 * of the app numbers paragraphs and cuts highlights the same way.
 */

export interface Range {
	start: number;
	end: number;
}

export interface Paragraph extends Range {
	/** 1-based, the `p-N` anchor of the paragraph on the article page. */
	number: number;
	text: string;
}

export interface Segment {
	/** Offset of the segment's first character in the article body. */
	start: number;
	text: string;
	marked: boolean;
}

/** The body's non-empty lines with their offsets, so a paragraph maps back to body offsets. */
export function paragraphs(body: string): Paragraph[] {
	const result: Paragraph[] = [];
	let start = 0;
	for (const text of body.split('\n')) {
		if (text.trim())
			result.push({ number: result.length + 1, start, end: start + text.length, text });
		start += text.length + 1;
	}
	return result;
}

/**
 * Splits a paragraph into plain and marked runs, so a highlight is plain text in elements and
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

export interface Excerpt {
	paragraph: number;
	before: string;
	mark: string;
	after: string;
}

/**
 * The paragraph where the evidence starts, cut around it. Evidence is one sentence, so it sits in
 * one paragraph; should it run past the paragraph's end, the mark stops there.
 */
export function excerpt(body: string, evidence: Range): Excerpt | null {
	const paragraph = paragraphs(body).find(
		(p) => evidence.start >= p.start && evidence.start < p.end
	);
	if (!paragraph || evidence.end <= evidence.start) return null;
	const at = (offset: number) => Math.min(offset, paragraph.end) - paragraph.start;
	return {
		paragraph: paragraph.number,
		before: paragraph.text.slice(0, at(evidence.start)),
		mark: paragraph.text.slice(at(evidence.start), at(evidence.end)),
		after: paragraph.text.slice(at(evidence.end))
	};
}
