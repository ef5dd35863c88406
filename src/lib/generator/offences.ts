import type { Analysis } from './analyse';
import type { Sentence } from './sentences';
import { span, type Span } from './span';

/** What a court or the police hold against someone: "sentenced … for embezzling public funds". */
export interface Offence {
	answer: Span;
	prompt: string;
}

const CHARGED =
	/\b(sentenced|convicted|jailed|imprisoned|fined|charged|arrested|indicted|accused|prosecuted|detained|acquitted|found guilty)\b[^.;]{0,120}?\b(for|of)\s+(?=\p{Ll}+ing\b)/gu;
const PHRASE_WORDS = ['Noun', 'Adjective', 'Determiner', 'Possessive', 'Value'];
const PHRASE_ENDS = ['Verb', 'Preposition', 'Conjunction', 'Pronoun'];

/** Other offences, offered beside the article's own: written as deeds, like the answers. */
export const OFFENCES = [
	'laundering money',
	'taking bribes',
	'evading taxes',
	'rigging contracts',
	'falsifying accounts',
	'forging documents',
	'abusing public office'
];

export function findOffences(a: Analysis, s: Sentence): Offence[] {
	const out: Offence[] = [];
	for (const m of s.text.matchAll(CHARGED)) {
		const verbAt = s.start + m.index;
		const from = verbAt + m[0].length;
		const tokens = a.parse.tokensIn(from, s.end);
		if (!tokens[0]?.tags.has('Gerund')) continue;
		let end = tokens[0].end;
		// The deed and what it was done to: "embezzling public funds", not what the funds were for.
		for (const t of tokens.slice(1, 5)) {
			if (/[,;:]$/.test(a.body.slice(end, t.start).trim())) break;
			if (
				PHRASE_ENDS.some((tag) => t.tags.has(tag)) ||
				!PHRASE_WORDS.some((tag) => t.tags.has(tag))
			)
				break;
			end = t.end;
		}
		const person = whoWasCharged(a, s, verbAt, from);
		if (!person) continue;
		out.push({ answer: span(a.body, from, end), prompt: `What was ${person} ${m[1]} ${m[2]}?` });
	}
	return out;
}

/** "sentenced José Luis Márquez Peña, …, for": the person after the verb, or before "was". */
function whoWasCharged(a: Analysis, s: Sentence, verbAt: number, to: number): string | undefined {
	const after = a.entities.in(verbAt, to).find((m) => m.entity.type === 'person');
	if (after) return after.entity.name;
	if (!/\b(?:was|were|been|is|are)\s+$/.test(a.body.slice(s.start, verbAt))) return undefined;
	const before = a.entities.in(s.start, verbAt).filter((m) => m.entity.type === 'person');
	return before[before.length - 1]?.entity.name;
}
