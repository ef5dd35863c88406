/** A piece of the article: `text === body.slice(start, end)` always holds. */
export interface Span {
	start: number;
	end: number;
	text: string;
}

export function span(body: string, start: number, end: number): Span {
	return { start, end, text: body.slice(start, end) };
}

/** Drops surrounding whitespace and the given characters, keeping offsets true. */
export function trimSpan(body: string, s: Span, chars = ''): Span {
	let { start, end } = s;
	const strip = (c: string) => /\s/.test(c) || chars.includes(c);
	while (start < end && strip(body[start])) start++;
	while (end > start && strip(body[end - 1])) end--;
	return span(body, start, end);
}

export const inside = (
	outer: { start: number; end: number },
	inner: { start: number; end: number }
) => inner.start >= outer.start && inner.end <= outer.end;

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

/** Case, accents, quote style and spacing do not make two names different. */
export function fold(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\u2018\u2019`]/g, "'")
		.replace(/[\u201C\u201D]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/** FNV-1a: a short stable hash, so ids and shuffles do not depend on position or run. */
export function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export const QUOTE_OPEN = '"\u201C';
export const QUOTE_CLOSE = '"\u201D';
