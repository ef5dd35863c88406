import type { Sentence } from './sentences';
import { hash, span, type Span } from './span';

/** "beating Egypt's Nile Eagles 3-1", "drew 1–1", "a 2-0 win": a result is a score, not a range. */
const SCORE =
	/(?<![\d.,:/-])(\d{1,2})\s?([-–])\s?(\d{1,2})(?![\d.,:/%-]|\s*(?:percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|seats?|votes?)\b)/g;
const RESULT_BEFORE =
	/\b(?:beat(?:s|ing|en)?|defeat(?:s|ed|ing)?|w[oi]n(?:s|ning)?|lost|los(?:e|es|ing)|dr[ae]w(?:s|ing)?|edg(?:ed|ing)|thrash(?:ed|ing)|rout(?:ed|ing)|overc(?:a|o)me|trail(?:ed|ing)|le(?:d|ading))\b[^,;.]{0,40}$/i;
const RESULT_AFTER =
	/^\s*(?:win|victory|defeat|loss|draw|lead|home win|away win|on aggregate|after extra time|in extra time|on penalties)\b/i;

export function findScores(body: string, s: Sentence): Span[] {
	const out: Span[] = [];
	for (const m of s.text.matchAll(SCORE)) {
		const at = s.start + m.index;
		const before = body.slice(Math.max(s.start, at - 60), at);
		if (RESULT_BEFORE.test(before) || RESULT_AFTER.test(body.slice(at + m[0].length)))
			out.push(span(body, at, at + m[0].length));
	}
	return out;
}

/**
 * "3-1" → three of "4-1", "4-2", "3-2", "2-1", …: the same side still ahead, a draw still a draw,
 * and taken as neighbours on a round of steps, so the answer is not the one in the middle.
 */
export function otherScores(score: string): string[] {
	const m = /^(\d+)(\s?[-–]\s?)(\d+)$/.exec(score);
	if (!m) return [];
	const [x, dash, y] = [Number(m[1]), m[2], Number(m[3])];
	const round = [
		[1, 0],
		[1, 1],
		[0, 1],
		[-1, 0],
		[-1, -1],
		[0, -1],
		[2, 1],
		[1, 2],
		[3, 2]
	];
	const start = hash(score) % round.length;
	const sign = Math.sign(x - y);
	return [...round.slice(start), ...round.slice(0, start)]
		.map(([dx, dy]) => (sign === 0 ? [x + dx, y + dx] : [x + dx, y + dy]))
		.filter(([a, b]) => a >= 0 && b >= 0 && Math.sign(a - b) === sign && (a !== x || b !== y))
		.map(([a, b]) => `${a}${dash}${b}`)
		.filter((t, i, all) => all.indexOf(t) === i)
		.slice(0, 3);
}
