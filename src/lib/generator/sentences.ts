import { span, trimSpan, type Span } from './span';

export interface Sentence extends Span {
	index: number;
	paragraph: number;
}

export interface Dateline {
	place?: Span;
	date?: Span;
	/** Where the story itself begins, after the dash or colon. */
	leadStart: number;
}

const MONTH =
	'(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DATELINE = new RegExp(
	`^(\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ -]\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3})` +
		`(?:,\\s*(\\p{Lu}[\\p{L}\\p{M}.]*(?: \\p{Lu}[\\p{L}\\p{M}.]*)?))?` +
		`(?:,\\s*(${MONTH}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?))?` +
		`\\s*(?:\\([^)]{1,30}\\)\\s*)?(?:[-\u2013\u2014]|:)\\s+`,
	'u'
);

/** "Seoul, August 21 - …", "Shillong, September 13: …", "LONDON (Reuters) - …". */
export function findDateline(body: string): Dateline | undefined {
	const m = DATELINE.exec(body);
	if (!m) return undefined;
	// A plain sentence opening such as "Markets: …" is not a dateline: ask for a date or an agency.
	if (!m[3] && !/\(/.test(m[0]) && !/^[\p{Lu} .'-]+$/u.test(m[1])) return undefined;
	const at = (text: string | undefined, from: number) => {
		if (!text) return undefined;
		const start = body.indexOf(text, from);
		return span(body, start, start + text.length);
	};
	const place = at(m[1], 0);
	return { place, date: at(m[3], place?.end ?? 0), leadStart: m[0].length };
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms dr prof sr jr st gen gov sen rep lt col capt cmdr sgt adm rev hon pres supt ' +
		'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
		'no nos vs etc approx est inc corp co ltd dept univ ave blvd mt ft fig al op cf'
	).split(' ')
);

const CLOSERS = '"\u201D\u2019\')]';
const SPEECH_AFTER =
	/^\s*(?:[\p{Lu}][\p{L}\p{M}'’-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|emphasi[sz]ed|noted|insisted|declared)\b/u;

function endsSentence(text: string, dot: number): boolean {
	const ch = text[dot];
	let after = dot + 1;
	while (after < text.length && CLOSERS.includes(text[after])) after++;
	const rest = text.slice(after);
	if (!/^\s+/.test(rest)) return false;
	const next = rest.trimStart();
	if (!/^[\p{Lu}\d"\u201C\u2018'(]/u.test(next)) return false;
	// A question or exclamation closing a quote, followed by its speaker, is one sentence.
	if (ch !== '.' && after > dot + 1 && SPEECH_AFTER.test(rest)) return false;
	if (ch !== '.') return true;
	const word = /([\p{L}.]+)$/u.exec(text.slice(0, dot))?.[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// Initials ("J. K. Rowling") and dotted acronyms ("U.S.") keep going, unless the
	// acronym is followed by a typical sentence opener.
	if (/^\p{Lu}$/u.test(word)) return false;
	if (/^(?:\p{L}\.)+\p{L}$/u.test(word))
		return /^(?:The|A|An|It|Its|He|His|She|Her|They|Their|We|Our|I|There|These|Those|But|And|In|On|At|This|That|However)\b/.test(
			next
		);
	return true;
}

/** Splits the body into sentences with offsets; every newline ends a sentence too. */
export function splitSentences(body: string, from = 0): Sentence[] {
	const sentences: Sentence[] = [];
	let paragraph = 0;
	const push = (start: number, end: number) => {
		const s = trimSpan(body, span(body, start, end));
		if (s.text.length > 0) sentences.push({ ...s, index: sentences.length, paragraph });
	};
	const lineStarts = [from];
	for (let i = from; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
	for (let l = 0; l < lineStarts.length; l++) {
		const start = lineStarts[l];
		const end = l + 1 < lineStarts.length ? lineStarts[l + 1] - 1 : body.length;
		const line = body.slice(start, end);
		let sentenceStart = 0;
		let depth = 0;
		let quoteOpenedAt = 0;
		for (let i = 0; i < line.length; i++) {
			const c = line[i];
			if (c === '\u201C' || (c === '"' && depth === 0)) {
				depth++;
				quoteOpenedAt = i;
			} else if (c === '\u201D' || c === '"') depth = Math.max(0, depth - 1);
			if ((c === '.' || c === '?' || c === '!') && endsSentence(line, i)) {
				let after = i + 1;
				while (after < line.length && CLOSERS.includes(line[after])) after++;
				// Inside a quotation that goes on, keep going (unless the quote mark was a stray).
				const quoteGoesOn = depth > 0 && !/[\u201D"]/.test(line.slice(i + 1, after));
				if (quoteGoesOn && i - quoteOpenedAt < 600) continue;
				push(start + sentenceStart, start + after);
				sentenceStart = after;
				depth = 0;
			}
		}
		push(start + sentenceStart, end);
		if (line.trim()) paragraph++;
	}
	return sentences;
}
