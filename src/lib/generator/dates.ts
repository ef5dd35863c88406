import { span, type Span } from './span';

export type DateKind = 'day' | 'month' | 'year' | 'weekday' | 'decade' | 'relative';

export interface DateMention extends Span {
	kind: DateKind;
	year?: number;
	/** 1-12 */
	month?: number;
	day?: number;
	/** The calendar date (or month, or year) it stands for, when the article's date lets us say. */
	resolved?: string;
}

export const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
export const WEEKDAYS = [
	'Sunday',
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday'
];

const MONTH_RE =
	'(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const PERIOD = '(?:year|month|week|decade|quarter|summer|winter|spring|autumn)';
const COUNT = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|\\d{1,3})`;
/**
 * Deadlines and times told against the article's date: "by the end of the year", "by next
 * March", "within two years", "later this month". The preposition belongs to the answer: "by"
 * and "within" are what make it a deadline.
 */
const RELATIVE = [
	`\\b(?:(?:by|before|until|from|at|in|towards?)\\s+)?(?:the\\s+)?(?:end|start|beginning|middle|turn|close)\\s+of\\s+(?:(?:the|this|next|last)\\s+${PERIOD}|${MONTH_RE}(?:\\s+\\d{4})?|\\d{4})\\b`,
	`\\b(?:(?:by|before|until)\\s+)?(?:next|last|this)\\s+(?:${PERIOD}|${MONTH_RE})\\b`,
	`\\b(?:within|in\\s+the\\s+next)\\s+(?:the\\s+next\\s+)?${COUNT}\\s+(?:years?|months?|weeks?|days?|decades?)\\b`,
	`\\b(?:in\\s+)?${COUNT}\\s+(?:years?|months?|weeks?)['’]\\s+time\\b`,
	`\\b(?:later|earlier)\\s+(?:(?:this|next|last)\\s+${PERIOD}|today|tonight)\\b`,
	`\\b(?:(?:by|in|until|before)\\s+)?(?:early|late|mid)[-\\s](?:(?:next|this|last)\\s+${PERIOD}|\\d{4})\\b`,
	`\\bin\\s+the\\s+(?:coming|next)\\s+(?:few\\s+)?(?:days|weeks|months|years)\\b`,
	`\\b(?:yesterday|tomorrow)\\b`
]
	.join('|')
	// A sentence may open with the deadline ("By the end of the year, …").
	.replace(
		/\b(by|before|until|from|at|in|the|within|next|last|this|later|earlier|yesterday|tomorrow)\b/g,
		(w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`
	);
const DATE_RE = new RegExp(
	[
		`(?<md>\\b${MONTH_RE}\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<mdYear>\\d{4}))?)`,
		`(?<dm>\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE.replace('(', '(?<dmMonth>')}(?:,?\\s+(?<dmYear>\\d{4}))?)`,
		`(?<my>\\b${MONTH_RE.replace('(', '(?<myMonth>')}(?:\\s+(?:of\\s+)?(?<myYear>\\d{4}))?\\b)`,
		`(?<wd>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`,
		`(?<era>\\b\\d{1,4}\\s+(?:BC|BCE|AD|CE)\\b)`,
		`(?<decade>\\b(?:the\\s+)?(?:1[89]|20)\\d0s\\b)`,
		`(?<year>(?<=\\b(?:in|since|by|until|till|from|of|before|after|to|between|and|during|early|late|mid-?)\\s)(?:1[89]|20)\\d\\d\\b(?![-\\d]))`,
		`(?<rel>${RELATIVE})`
	].join('|'),
	'gu'
);

function monthIndex(name: string): number {
	return (
		MONTHS.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1
	);
}

/** "December 28" in an article of 3 January is the December just gone, not the one to come. */
function nearestYear(pub: Date | undefined, month: number, day: number): number | undefined {
	if (!pub) return undefined;
	const y = pub.getUTCFullYear();
	const away = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - pub.getTime());
	return [y - 1, y + 1].reduce((best, year) => (away(year) < away(best) ? year : best), y);
}

/** A month written as `like` is: a full name stays full, "Aug." or "Sept" turns into "Oct." or "Oct". */
function monthLike(like: string, month: number): string {
	const name = MONTHS[(month + 12) % 12];
	if (MONTHS.includes(like) || name === 'May') return name;
	return name.slice(0, 3) + (like.endsWith('.') ? '.' : '');
}

const iso = (y: number, m: number, d?: number) =>
	`${y}-${String(m).padStart(2, '0')}${d ? '-' + String(d).padStart(2, '0') : ''}`;

/**
 * Dates in the text, resolved against the article's date where it helps: a weekday is the
 * latest such day on or before publication (news reports the recent past), unless the
 * sentence looks ahead ("will", "next").
 */
export function findDates(
	body: string,
	published?: string,
	sentenceOf?: (at: number) => string
): DateMention[] {
	const out: DateMention[] = [];
	const pub = published ? new Date(`${published}T00:00:00Z`) : undefined;
	const pubYear = pub?.getUTCFullYear();
	for (const m of body.matchAll(DATE_RE)) {
		const g = m.groups ?? {};
		const start = m.index;
		const base = span(body, start, start + m[0].length);
		if (g.md || g.dm) {
			const month = monthIndex(g.md ? m[2] : g.dmMonth);
			const day = Number(g.md ? g.mdDay : g.dmDay);
			const year = Number(g.mdYear ?? g.dmYear) || nearestYear(pub, month, day);
			if (day < 1 || day > 31) continue;
			out.push({
				...base,
				kind: 'day',
				month,
				day,
				year,
				resolved: year ? iso(year, month, day) : undefined
			});
		} else if (g.my) {
			// "May" alone is too often a verb; a month needs a year or a preposition before it.
			const preceding = body.slice(Math.max(0, start - 8), start);
			if (
				!g.myYear &&
				!/\b(?:in|since|by|until|from|of|early|late|mid-|last|next|this)\s+$/i.test(preceding)
			)
				continue;
			const month = monthIndex(g.myMonth);
			const year = Number(g.myYear) || undefined;
			out.push({
				...base,
				kind: year ? 'month' : 'month',
				month,
				year,
				resolved: year ? iso(year, month) : undefined
			});
		} else if (g.wd) {
			const weekday = WEEKDAYS.indexOf(m[0]);
			let resolved: string | undefined;
			if (pub) {
				const ahead = sentenceOf
					? /\b(?:will|next|to be|is due|are due|plans?)\b/.test(sentenceOf(start))
					: false;
				const diff = ahead
					? (weekday - pub.getUTCDay() + 7) % 7
					: -((pub.getUTCDay() - weekday + 7) % 7);
				const d = new Date(pub.getTime() + diff * 86400000);
				resolved = iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
			}
			out.push({ ...base, kind: 'weekday', resolved });
		} else if (g.era) {
			out.push({ ...base, kind: 'year', year: Number(/\d+/.exec(m[0])![0]) });
		} else if (g.decade) {
			out.push({ ...base, kind: 'decade', year: Number(/\d{4}/.exec(m[0])![0]) });
		} else if (g.year) {
			out.push({ ...base, kind: 'year', year: Number(m[0]), resolved: m[0] });
		} else if (g.rel) {
			const word = m[0].toLowerCase();
			let resolved: string | undefined;
			const year = /^(last|next|this) year$/.exec(word);
			if (pubYear && year)
				resolved = String(pubYear + (year[1] === 'last' ? -1 : year[1] === 'next' ? 1 : 0));
			out.push({ ...base, kind: 'relative', resolved });
		}
	}
	return out;
}

/** Nearby dates written the same way, for distractors. */
export function nearbyDates(d: DateMention, seed: number): string[] {
	const text = d.text;
	const pick = (offsets: number[]) => {
		const k = seed % offsets.length;
		return [...offsets.slice(k), ...offsets.slice(0, k)];
	};
	switch (d.kind) {
		case 'day': {
			const monthName = /\p{L}+\.?/u.exec(text)![0];
			return pick([-7, 5, -3, 9, 12, -10, 2])
				.flatMap((off) => {
					const day = d.day! + off;
					if (day < 1 || day > 28) return [];
					return [text.replace(/\b\d{1,2}(?=(?:st|nd|rd|th)?\b(?!\d))/, String(day))];
				})
				.concat(
					pick([-1, 1, 2]).map((off) =>
						text.replace(monthName, monthLike(monthName, d.month! - 1 + off))
					)
				);
		}
		case 'month': {
			const name = /\p{L}+\.?/u.exec(text)![0];
			return pick([-2, -1, 1, 2, 3, -3]).map((off) =>
				text.replace(name, monthLike(name, d.month! - 1 + off))
			);
		}
		case 'year': {
			// "1200 BC" moves by centuries, a calendar year by years.
			const step = /\D$/.test(text) ? 100 : 1;
			return pick([-2, -1, 1, 2, -3, 3])
				.map((off) => d.year! + off * step)
				.filter((y) => y > 0)
				.map((y) => text.replace(/\d+/, String(y)));
		}
		case 'decade':
			return pick([-20, -10, 10, 20]).map((off) => text.replace(/\d{4}/, String(d.year! + off)));
		case 'weekday': {
			const i = WEEKDAYS.indexOf(text);
			return pick([1, 2, -1, -2, 3]).map((off) => WEEKDAYS[(i + off + 7) % 7]);
		}
		case 'relative': {
			const variants = relativeVariants(text);
			return pick(variants.map((_, k) => k)).map((k) => variants[k]);
		}
	}
}

/** Words a relative time may swap for its neighbours: each swap is another time, written alike. */
const SWAPS = [
	['last', 'this', 'next'],
	['later', 'earlier'],
	['end', 'start', 'middle'],
	['early', 'mid', 'late'],
	['days', 'weeks', 'months', 'years'],
	['year', 'month', 'week'],
	['summer', 'autumn', 'winter', 'spring'],
	['yesterday', 'tomorrow'],
	['a', 'an', 'one', 'two', 'three', 'five', 'six', 'ten']
];

/** "by the end of the year" → "by the start of the year", "by the end of the month", … */
function relativeVariants(text: string): string[] {
	const out = new Set<string>();
	for (const m of text.matchAll(/\p{L}+|\d+/gu)) {
		const word = m[0];
		const lower = word.toLowerCase();
		const month = MONTHS.indexOf(word);
		let swaps: string[];
		if (/^\d{4}$/.test(word)) swaps = [1, -1, 2].map((k) => String(Number(word) + k));
		else if (/^\d+$/.test(word)) swaps = [Number(word) + 1, Number(word) * 2].map(String);
		else if (month >= 0) swaps = [1, -1, 2].map((k) => MONTHS[(month + k + 12) % 12]);
		else swaps = SWAPS.find((g) => g.includes(lower))?.filter((w) => w !== lower) ?? [];
		// "later last month", "by last March": a deadline or "later" only looks ahead.
		const ahead = /^(?:by|before|until|within|later|earlier)\b/i.test(text);
		for (const swap of swaps) {
			if (/^(?:an?|one)$/.test(swap) && /^(?:an?|one)$/.test(lower)) continue;
			if (/^an?$/.test(swap) || (ahead && /^(?:last|this|next)$/.test(lower) && swap === 'last'))
				continue;
			if (/^(?:later|earlier)\b/i.test(text) && /^(?:this|next)$/.test(lower)) continue;
			const written = /^\p{Lu}/u.test(word) ? swap[0].toUpperCase() + swap.slice(1) : swap;
			let variant = text.slice(0, m.index) + written + text.slice(m.index + word.length);
			// "within a year" becomes "within two years": the noun follows the count.
			if (/^(?:a|an|one)$/.test(lower))
				variant = variant.replace(/\b(year|month|week|day|decade)\b/, '$1s');
			else if (swap === 'one')
				variant = variant.replace(/\b(year|month|week|day|decade)s(['’]?)/, (_, unit, mark) =>
					mark ? `${unit}${mark}s` : unit
				);
			// "mid-2026" is hyphenated, "early 2026" is not.
			out.add(variant.replace(/\b(early|late)-(\d)/gi, '$1 $2').replace(/\b(mid) (\d)/gi, '$1-$2'));
		}
	}
	return [...out];
}
