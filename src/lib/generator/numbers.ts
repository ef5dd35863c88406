import type { Parse } from './parse';
import { span, type Span } from './span';

export type Measure = 'percent' | 'money' | 'count' | 'duration' | 'fraction' | 'bare';

export interface Quantity extends Span {
	value: number;
	measure: Measure;
	/** What is counted or the currency ("people", "tons", "dollars", "$"); '' for a bare number. */
	unit: string;
	/** Just the figure ("120 million"), inside the span. */
	figure: Span;
}

const WORD_NUMBERS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90,
	hundred: 100,
	dozen: 12
};
export const NUMBER_WORDS = Object.keys(WORD_NUMBERS);
const SCALES: Record<string, number> = {
	thousand: 1e3,
	million: 1e6,
	billion: 1e9,
	trillion: 1e12
};
const CURRENCY_WORDS =
	/^(?:dollars?|pesos?|euros?|pounds?|yen|yuan|renminbi|rupees?|rupiah|rubles?|roubles?|won|francs?|reais|real|rand|naira|kwacha|birr|taka|dong|shillings?|dinars?|dirhams?|riyals?|lira|kronor|kroner|krona|krone|zlotys?|cedis?|bahts?|ringgits?|pesos?|hryvnias?|forints?)$/i;
const DURATION_WORDS =
	/^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/i;
const NOT_UNITS =
	/^(?:of|and|or|to|in|on|at|from|for|by|with|a|an|the|per|than|as|percent|is|was|were|are|will|would|has|had|have|more|less|after|before|since)$/i;

const NUMBER_RE = new RegExp(
	String.raw`(?<![\p{L}\d.,-])((?:US)?[$€£¥₹])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|` +
		`(?:${NUMBER_WORDS.join('|')})\\b)` +
		String.raw`(?:\s+(thousand|million|billion|trillion)\b)?(?:\s*(%|percent\b|per cent\b|percentage points?\b))?`,
	'giu'
);

export function parseFigure(text: string): number | undefined {
	const m = /^(?:(?:US)?[$€£¥₹])?\s?([\d,.]+|[a-z]+)(?:\s+([a-z]+))?/i.exec(text.trim());
	if (!m) return undefined;
	const base = /\d/.test(m[1]) ? Number(m[1].replace(/,/g, '')) : WORD_NUMBERS[m[1].toLowerCase()];
	if (base === undefined || Number.isNaN(base)) return undefined;
	return base * (SCALES[m[2]?.toLowerCase() ?? ''] ?? 1);
}

/** Figures with their units: "54.3 percent", "$2.1 billion", "120 million dollars", "3,000 people". */
export function findQuantities(body: string, parse: Parse, skip: Span[]): Quantity[] {
	const out: Quantity[] = [];
	for (const m of body.matchAll(NUMBER_RE)) {
		const start = m.index;
		const figureEnd =
			start + (m[4] ? m[0].slice(0, m[0].lastIndexOf(m[4])).trimEnd().length : m[0].length);
		let end = start + m[0].length;
		if (skip.some((s) => start < s.end && end > s.start)) continue;
		const [, currency, digits, scale, percent] = m;
		const isWord = !/\d/.test(digits);
		const before = body.slice(Math.max(0, start - 2), start);
		// Inside a name ("Soyuz-2") or a code ("Rossiya 1"): not a quantity.
		if (/[-\p{L}]$/u.test(before.trimEnd()) && before.endsWith('-')) continue;
		// A clock time ("6:04 p.m.") or a score ("2:1") is no amount.
		if (/\d:$/.test(before) || /^:\d/.test(body.slice(figureEnd, figureEnd + 2))) continue;
		const prevWord = /(\S+)\s*$/.exec(body.slice(Math.max(0, start - 30), start))?.[1] ?? '';
		let measure: Measure = 'bare';
		let unit = '';
		if (percent) {
			measure = 'percent';
			unit = 'percent';
		} else if (currency) {
			measure = 'money';
			unit = currency;
		}
		if (!percent) {
			const after = /^\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/.exec(body.slice(end, end + 40));
			const w1 = after?.[1];
			let counted: Span | undefined;
			if (w1 && !NOT_UNITS.test(w1)) {
				const tags = parse.tokenAt(end + after[0].indexOf(w1))?.tags;
				const w2 = after?.[2];
				if (CURRENCY_WORDS.test(w1)) {
					measure = 'money';
					unit = w1;
					end += after[0].indexOf(w1) + w1.length;
				} else if (DURATION_WORDS.test(w1)) {
					measure = 'duration';
					unit = w1;
					end += after[0].indexOf(w1) + w1.length;
				} else if (!currency && (counted = countedPhrase(body, end, parse))) {
					unit = counted.text;
					end = counted.end;
					measure = 'count';
				} else if (
					!currency &&
					tags &&
					(tags.has('Noun') || tags.has('Adjective') || /s$/.test(w1)) &&
					!tags.has('Pronoun') &&
					!tags.has('Preposition')
				) {
					// "square meters", "young children": an adjective before the counted noun.
					const w2tags = w2 ? parse.tokenAt(end + after[0].lastIndexOf(w2))?.tags : undefined;
					const two =
						!!w2 &&
						((tags.has('Adjective') && w2tags?.has('Plural')) ||
							/^(?:square|cubic)$/.test(w1) ||
							/^(?:metres|meters|kilometres|kilometers|miles|feet|hectares|acres|tonnes|tons)$/.test(
								w2
							));
					if (
						tags.has('Plural') ||
						two ||
						tags.has('Noun') ||
						(/s$/.test(w1) && !tags.has('Adverb'))
					) {
						unit = two ? `${w1} ${w2}` : w1;
						end += after[0].indexOf(w1) + unit.length;
						measure = 'count';
					}
				}
			}
		}
		if (isWord && measure === 'bare') continue;
		const value = parseFigure(`${currency ?? ''}${digits}${scale ? ' ' + scale : ''}`);
		if (value === undefined) continue;
		// Years, days of the month and ages belong to dates and people.
		if (measure === 'bare' && !scale && /^(1[89]|20)\d\d$/.test(digits)) continue;
		if (measure === 'bare' && /^\p{Lu}/u.test(prevWord) && !/[,.]$/.test(prevWord) && value < 100)
			continue;
		if (
			measure === 'bare' &&
			/^,\s*$/.test(body.slice(start - 2, start)) &&
			/^,/.test(body.slice(end, end + 1)) &&
			value < 120
		)
			continue;
		// "the two leaders", "one topic": too slight to ask about.
		if (isWord && value < 3) continue;
		out.push({
			...span(body, start, end),
			value,
			measure,
			unit,
			figure: span(body, start, Math.min(figureEnd, end))
		});
	}
	for (const m of body.matchAll(FRACTION_RE)) {
		const value = fractionValue(m[0]);
		if (skip.some((s) => m.index < s.end && m.index + m[0].length > s.start)) continue;
		const figure = span(body, m.index, m.index + m[0].length);
		out.push({ ...figure, value, measure: 'fraction', unit: '', figure });
	}
	return out.sort((x, y) => x.start - y.start);
}

const DENOMINATORS: Record<string, number> = {
	half: 2,
	third: 3,
	quarter: 4,
	fifth: 5,
	sixth: 6,
	eighth: 8,
	tenth: 10
};
const FRACTION_RE = new RegExp(
	`\\b(?:one|two|three|four|five|seven|nine)-(?:${Object.keys(DENOMINATORS).join('|')})s?\\b`,
	'gi'
);
const FRACTIONS = [
	'one-tenth',
	'one-fifth',
	'one-quarter',
	'one-third',
	'two-fifths',
	'one-half',
	'three-fifths',
	'two-thirds',
	'three-quarters',
	'four-fifths'
];

function fractionValue(text: string): number {
	const [n, d] = text.toLowerCase().split('-');
	return WORD_NUMBERS[n] / DENOMINATORS[d.replace(/s$/, '')];
}

/** "Two-thirds" → "Three-quarters", "One-half", …: the shares nearest to it, written like it. */
export function nearbyFractions(q: Quantity): string[] {
	const capital = /^\p{Lu}/u.test(q.text);
	return FRACTIONS.filter((f) => fractionValue(f) !== q.value)
		.sort((x, y) => Math.abs(fractionValue(x) - q.value) - Math.abs(fractionValue(y) - q.value))
		.slice(0, 4)
		.map((f) => (capital ? f[0].toUpperCase() + f.slice(1) : f));
}

const NOT_MODIFIERS = ['Pronoun', 'Preposition', 'Determiner', 'Conjunction', 'Verb'];

/**
 * "11,000 commune health stations", "40 police officers": what is counted is the plural noun
 * the modifiers lead up to, not the first of them.
 */
function countedPhrase(body: string, from: number, parse: Parse): Span | undefined {
	const word = / +([a-z][a-z-]*)/y;
	word.lastIndex = from;
	let start = 0;
	let end = 0;
	for (let i = 0; i < 4; i++) {
		const m = word.exec(body);
		if (!m || NOT_UNITS.test(m[1])) break;
		const at = word.lastIndex - m[1].length;
		start ||= at;
		const tags = parse.tokenAt(at)?.tags;
		if (!tags || !(tags.has('Noun') || tags.has('Adjective'))) break;
		if (NOT_MODIFIERS.some((t) => tags.has(t) && !tags.has('Noun'))) break;
		if (tags.has('Plural')) end = word.lastIndex;
	}
	return end ? span(body, start, end) : undefined;
}

/** Writes `value` the way `like` was written: same currency sign, scale word, decimals and unit. */
export function formatLike(q: Quantity, value: number): string {
	const fig = q.figure.text;
	const m =
		/^((?:US)?[$€£¥₹])?(\s?)([\d,.]+|[a-z]+)(?:(\s+)(thousand|million|billion|trillion))?/i.exec(
			fig
		);
	if (!m) return q.text;
	const [, currency = '', gap, digits, sp = '', scale = ''] = m;
	const scaleValue = SCALES[scale.toLowerCase()] ?? 1;
	const base = value / scaleValue;
	let written: string;
	if (!/\d/.test(digits)) {
		const word = Object.entries(WORD_NUMBERS).find(([, v]) => v === Math.round(base))?.[0];
		written = word ?? String(Math.round(base));
		if (/^\p{Lu}/u.test(digits)) written = written[0].toUpperCase() + written.slice(1);
	} else {
		const decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
		written = base.toFixed(decimals);
		if (digits.includes(',') || base >= 10000) {
			const [int, frac] = written.split('.');
			written = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? '.' + frac : '');
		}
	}
	return currency + gap + written + sp + scale + q.text.slice(q.figure.end - q.start);
}
