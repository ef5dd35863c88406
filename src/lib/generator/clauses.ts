import type { Analysis } from './analyse';
import type { Verb } from './parse';
import type { Sentence } from './sentences';
import { span, type Span } from './span';

/** The subject and finite verb that govern a position in a sentence. */
export interface Frame {
	subject: Span;
	verb: Verb;
	sentence: Sentence;
}

/** Words that report: what follows them is a clause of its own ("said the plant would …"). */
export const REPORTING =
	'said|says|added|adds|announced|noted|stated|warned|explained|insisted|argued|claimed|confirmed|stressed|saying|adding|announcing|noting|stating|warning|explaining|insisting|arguing|claiming|confirming|stressing';
const STRONG_BOUNDARY = new RegExp(
	`(?:\\bthat\\s+|;\\s+|:\\s+|[“”"]\\s*|\u2014\\s*|\\s[-\u2013]\\s+|\\b(?:${REPORTING})\\s+)`,
	'gu'
);
const PRONOUNS = /^(?:he|she|it|they|we|i|you|this|that|there|which|who)$/i;
const VERB_TAGS = ['Verb', 'Modal', 'Auxiliary', 'Copula'];

function insideQuote(s: Sentence, at: number): boolean {
	const before = s.text.slice(0, at - s.start);
	const curly = (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
	return curly || (before.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The clause whose finite verb comes last before `at`, with its subject; undefined when unclear. */
export function frameAt(a: Analysis, s: Sentence, at: number): Frame | undefined {
	const verbs = a.parse.verbs.filter(
		(v) => v.start >= s.start && v.end <= at && !insideQuote(s, v.start)
	);
	for (let i = verbs.length - 1; i >= 0; i--) {
		const v = verbs[i];
		if (/\bto\s+$/.test(a.body.slice(v.start - 4, v.start)) || /ing$/.test(v.text.split(' ')[0]))
			continue;
		// "The trial, led by …", "a firm founded by …": a participle describing a noun, not the
		// clause's verb (an active verb is hardly ever followed by "by").
		if (!v.auxiliary && /^\s+by\b/.test(a.body.slice(v.end))) continue;
		// "Fenwick, founded in 2009 by …, employs": a participle set off by commas right after the
		// name it describes (after a second comma it is the verb: "Traoré, the minister, welcomed").
		if (
			!v.auxiliary &&
			v.past &&
			!new RegExp(`^(?:${REPORTING})$`).test(v.text) &&
			/^[^,]+[^\d],\s*$/.test(a.body.slice(s.start, v.start)) &&
			a.body.slice(v.end, s.end).includes(',')
		)
			continue;
		let from = s.start;
		for (const m of a.body.slice(s.start, v.start).matchAll(STRONG_BOUNDARY))
			from = s.start + m.index + m[0].length;
		const pre = a.body.slice(from, v.start);
		const segments = pre.split(/,\s+/);
		// "Dr. Moussa Traoré, health minister of Mali, welcomed …": the appositive is skipped.
		const subjectText = pre.trimEnd().endsWith(',') ? segments[0] : segments[segments.length - 1];
		const offset = pre.trimEnd().endsWith(',') ? from : from + pre.lastIndexOf(subjectText);
		// "after Washington offered …": the subordinating word is not part of the subject.
		const lead =
			/^(?:after|before|when|while|as|if|because|although|though|since|once|until|and|but|so|together|also|now|still)\s+/i.exec(
				subjectText
			)?.[0] ?? '';
		const subject = span(a.body, offset + lead.length, offset + subjectText.trimEnd().length);
		if (
			/^(?:where|which|who|whom|whose|what|how|why|in|on|at|for|with|by|to|from|during|despite|regarding|under|over|about|among|between|into|through|of)\b/i.test(
				subject.text
			)
		)
			return undefined;
		if (
			a.dates.some((d) => d.start < subject.end && d.end > subject.start) ||
			/^\d/.test(subject.text)
		)
			return undefined;
		const words = subject.text.split(/\s+/).filter(Boolean);
		if (words.length === 0 || words.length > 10) return undefined;
		// "employs 6,500 people and [runs]": a coordinated verb phrase, not a subject.
		if (/^(?:and|or|but|nor)$/i.test(words[words.length - 1])) return undefined;
		const hasVerb = a.parse
			.tokensIn(subject.start, subject.end)
			.some(
				(t) =>
					VERB_TAGS.some((tag) => t.tags.has(tag)) &&
					!t.tags.has('Noun') &&
					!t.tags.has('Adjective')
			);
		if (hasVerb) return undefined;
		return { subject, verb: v, sentence: s };
	}
	return undefined;
}

export const isPronoun = (text: string) => PRONOUNS.test(text.trim());

/** "did the Gates Foundation pledge", "will the plant make", "was Rojas": the verb turned for a question. */
export function invert(subject: string, v: Verb): string | undefined {
	if (v.negative) return undefined;
	const words = v.text.split(/\s+/);
	const aux = v.auxiliary.split(/\s+/).filter(Boolean);
	if (aux.length) {
		const rest = words.slice(1).join(' ');
		return `${words[0]} ${subject}${rest ? ' ' + rest : ''}`;
	}
	if (words.length === 1 && /^(?:is|was|are|were|am)$/i.test(words[0]))
		return `${words[0]} ${subject}`;
	if (words.length !== 1 || !v.infinitive) return undefined;
	if (v.past) return `did ${subject} ${v.infinitive}`;
	const plural =
		/^(?:they|we|you|i)$/i.test(subject) ||
		(/s$/.test(subject) &&
			!/ss$/.test(subject) &&
			/^(?:the|these|those|many|some)\b/i.test(subject));
	return `${plural ? 'do' : 'does'} ${subject} ${v.infinitive}`;
}

/** " and was reached …", " and said …": a conjunction followed by a verb of its own. */
function startsVerb(a: Analysis, at: number, here: string): boolean {
	const m = /^\s(?:and|or|but)\s+/.exec(here);
	if (!m) return false;
	const token = a.parse.tokenAt(at + m[0].length);
	if (!token) return false;
	const { tags } = token;
	// "grants and tax credits": a noun modifier compromise reads as a verb.
	const next = a.parse.tokenAt(token.end + 1);
	return (
		VERB_TAGS.some((t) => tags.has(t)) &&
		!tags.has('Noun') &&
		!tags.has('Adjective') &&
		!tags.has('Gerund') &&
		!next?.tags.has('Plural')
	);
}

/** Text from `from` to the end of its clause (next comma, semicolon, dash or quote), without end punctuation. */
export function clauseRest(a: Analysis, s: Sentence, from: number, mustReach = from): string {
	const tail = a.body.slice(from, s.end);
	let cut = tail.length;
	let quoted = false;
	for (let i = 0; i < tail.length; i++) {
		const c = tail[i];
		if (c === '“' || (c === '"' && !quoted)) {
			quoted = true;
			continue;
		}
		if (c === '”' || c === '"') {
			quoted = false;
			continue;
		}
		if (quoted || from + i < mustReach) continue;
		const here = tail.slice(i);
		// A comma, semicolon, dash or bracket ends the clause; so does "and" starting a new one,
		// or a second verb ("… concede defeat and said …"), whose tense a question cannot carry.
		if (
			/^(?:,\s|;\s|\s[\u2013\u2014-]\s|\s\(|\sand\s+(?:the|a|an|its|his|her|their|it|he|she|they|that|whether)\s)/.test(
				here
			) ||
			startsVerb(a, from + i, here)
		) {
			cut = i;
			break;
		}
	}
	const rest = tail
		.slice(0, cut)
		.replace(/[.!?]+[”"’]?$/, '')
		.replace(/\s+/g, ' ')
		.trim();
	return (rest.match(/[“”"]/g)?.length ?? 0) % 2 === 0 ? rest : rest.replace(/[“”"]/g, '');
}

/** "The plant" → "the plant", "A new vaccine" → "the new vaccine"; names keep their capitals. */
export function subjectForQuestion(a: Analysis, subject: Span): string {
	const first = a.parse.tokenAt(subject.start);
	let text = subject.text;
	const named = a.entities.mentions.some((m) => m.start === subject.start);
	// "Health Minister Ana Lima": an office written before a name keeps its capitals.
	const office = /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text) && !first?.tags.has('Determiner');
	if (
		first &&
		!named &&
		!office &&
		(first.tags.has('Determiner') ||
			first.tags.has('Possessive') ||
			(!first.tags.has('ProperNoun') && !first.tags.has('Acronym')))
	) {
		if (/^(?:A|An)\s/.test(text)) text = text.replace(/^An?\s/, 'the ');
		else if (!/^\p{Lu}{2}/u.test(text)) text = text[0].toLowerCase() + text.slice(1);
	}
	return text;
}
