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
const DATE_RE = new RegExp(
	[
		`(?<md>\\b${MONTH_RE}\\s+(?<mdDay>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<mdYear>\\d{4}))?)`,
		`(?<dm>\\b(?<dmDay>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE.replace('(', '(?<dmMonth>')}(?:,?\\s+(?<dmYear>\\d{4}))?)`,
		`(?<my>\\b${MONTH_RE.replace('(', '(?<myMonth>')}(?:\\s+(?:of\\s+)?(?<myYear>\\d{4}))?\\b)`,
		`(?<wd>\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`,
		`(?<decade>\\b(?:the\\s+)?(?:1[89]|20)\\d0s\\b)`,
		`(?<year>(?<=\\b(?:in|since|by|until|till|from|of|before|after|to|between|and|during|early|late|mid-?)\\s)(?:1[89]|20)\\d\\d\\b(?![-\\d]))`,
		`(?<rel>\\b(?:last|next|this)\\s+(?:year|month|week|summer|winter|spring|autumn)\\b|\\b(?:yesterday|tomorrow)\\b)`
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
		} else if (g.decade) {
			out.push({ ...base, kind: 'decade', year: Number(/\d{4}/.exec(m[0])![0]) });
		} else if (g.year) {
			out.push({ ...base, kind: 'year', year: Number(m[0]), resolved: m[0] });
		} else if (g.rel) {
			const word = m[0].toLowerCase();
			let resolved: string | undefined;
			if (pubYear && word.endsWith('year'))
				resolved = String(
					pubYear + (word.startsWith('last') ? -1 : word.startsWith('next') ? 1 : 0)
				);
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
		case 'year':
			return pick([-2, -1, 1, 2, -3, 3]).map((off) => String(d.year! + off));
		case 'decade':
			return pick([-20, -10, 10, 20]).map((off) => text.replace(/\d{4}/, String(d.year! + off)));
		case 'weekday': {
			const i = WEEKDAYS.indexOf(text);
			return pick([1, 2, -1, -2, 3]).map((off) => WEEKDAYS[(i + off + 7) % 7]);
		}
		case 'relative': {
			const options = [
				'last year',
				'this year',
				'next year',
				'last month',
				'next month',
				'last week',
				'next week'
			];
			const cap = /^\p{Lu}/u.test(text);
			return options
				.filter(
					(o) =>
						o.split(' ')[1] === text.toLowerCase().split(' ')[1] ||
						o.split(' ')[0] === text.toLowerCase().split(' ')[0]
				)
				.map((o) => (cap ? o[0].toUpperCase() + o.slice(1) : o));
		}
	}
}
