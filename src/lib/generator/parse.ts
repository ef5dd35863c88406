import nlp from 'compromise';

export interface Token {
	start: number;
	end: number;
	text: string;
	tags: Set<string>;
}

export interface Verb {
	start: number;
	end: number;
	text: string;
	infinitive: string;
	auxiliary: string;
	tense: string;
	copula: boolean;
	negative: boolean;
}

export interface Parse {
	tokens: Token[];
	verbs: Verb[];
	/** Token starting at this offset, if any. */
	tokenAt(offset: number): Token | undefined;
	/** Tokens wholly inside [start, end). */
	tokensIn(start: number, end: number): Token[];
}

interface VerbJson {
	text: string;
	verb: {
		infinitive: string;
		auxiliary: string;
		negative: boolean;
		grammar: { tense: string; copula: boolean };
	};
}

/**
 * The verb's text and grammar only: the JSON of its terms would be built and thrown away.
 * compromise reads `terms: false`; its types only know term options.
 */
const VERB_ONLY = { text: true, normal: false, terms: false } as unknown as { text: boolean };

/**
 * A compromise pass per paragraph: its cost grows faster than the text, so one pass over a long
 * article would take minutes, while paragraphs keep it linear (no sentence spans a line break).
 * Its offsets are not trusted: every term is found again in the body, from where the previous
 * one ended, so offsets stay exact even with curly quotes, accents and dashes.
 */
export function parse(body: string): Parse {
	const tokens: Token[] = [];
	const verbs: Verb[] = [];
	let paragraphStart = 0;
	for (const paragraph of body.split('\n')) {
		if (paragraph.trim()) parseParagraph(body, paragraphStart, nlp(paragraph), tokens, verbs);
		paragraphStart += paragraph.length + 1;
	}
	const byStart = new Map(tokens.map((t) => [t.start, t]));
	return {
		tokens,
		verbs,
		tokenAt: (offset) => byStart.get(offset),
		tokensIn: (start, end) => tokens.filter((t) => t.start >= start && t.end <= end)
	};
}

function parseParagraph(
	body: string,
	from: number,
	doc: ReturnType<typeof nlp>,
	tokens: Token[],
	verbs: Verb[]
): void {
	let cursor = from;
	// The terms themselves, not their JSON: serialising every term costs as much as tagging them.
	for (const sentence of doc.docs) {
		for (const term of sentence) {
			const at = body.indexOf(term.text, cursor);
			if (at < 0 || term.text === '') continue;
			tokens.push({
				start: at,
				end: at + term.text.length,
				text: term.text,
				tags: new Set(term.tags)
			});
			cursor = at + term.text.length;
		}
	}
	cursor = from;
	for (const v of doc.verbs().json(VERB_ONLY) as VerbJson[]) {
		const at = body.indexOf(v.text, cursor);
		if (at < 0) continue;
		cursor = at + v.text.length;
		verbs.push({
			start: at,
			end: cursor,
			text: v.text,
			infinitive: v.verb.infinitive,
			auxiliary: v.verb.auxiliary.trim(),
			tense: v.verb.grammar.tense,
			copula: v.verb.grammar.copula,
			negative: v.verb.negative
		});
	}
}
