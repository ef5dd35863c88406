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
	/** The main verb is in the past tense: "signed", "has signed". */
	past: boolean;
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

/** A term as compromise keeps it; `implicit` is the word a contraction stands for ("didn't" → did). */
type Term = {
	text: string;
	pre: string;
	post: string;
	normal: string;
	implicit?: string;
	tags?: Set<string>;
};
type ToInfinitive = (word: string, model: object, tense?: string) => string;

const { toInfinitive } = (
	nlp.methods() as { two: { transform: { verb: { toInfinitive: ToInfinitive } } } }
).two.transform.verb;
const model = nlp.model();

const tagged = (terms: Term[], tag: string) => terms.some((t) => t.tags?.has(tag));
const HELPER_TAGS = ['Negative', 'Auxiliary', 'Modal', 'Adverb', 'Prefix'];
const AUXILIARY_SKIP = ['Adverb', 'Negative', 'Prefix'];
const TENSES = ['Infinitive', 'Participle', 'PastTense', 'Gerund', 'PresentTense'];

/**
 * compromise's own reading of a verb phrase (that of its `verbs().json()`), done on the terms
 * the parse already tagged: the main verb is the last run of words that are no auxiliary, modal,
 * negation or adverb, and what precedes it is the auxiliary. `json()` re-parsed every phrase for
 * a grammar Lede never reads and took a fifth of the generator's time.
 */
function readVerb(terms: Term[]): Omit<Verb, 'start' | 'end'> {
	const word = (t: Term) => t.implicit ?? t.normal;
	const has = (i: number, tags: string[]) => tags.some((tag) => terms[i].tags?.has(tag));
	const all = terms.map((_, i) => i);
	const mainRuns =
		terms.length > 1 ? runs(all.filter((i) => !has(i, HELPER_TAGS))).slice(-1) : [all];
	// Only auxiliaries ("cannot be"): they are the verb, less the negation.
	const root = mainRuns.length ? mainRuns : runs(all.filter((i) => !has(i, ['Negative'])));
	// The auxiliary is what comes before the main verb, unless the main verb opens the phrase.
	const auxiliaryEnd = root.map((run) => run[0]).find((i) => i > 0) ?? 0;
	const main = root.flat().map((i) => terms[i]);
	return {
		text: terms
			.map((t) => t.pre + t.text + t.post)
			.join('')
			.trim(),
		infinitive: toInfinitive(
			main.map(word).join(' '),
			model,
			TENSES.find((tag) => tagged(main, tag))
		),
		auxiliary: all
			.slice(0, auxiliaryEnd)
			.filter((i) => !has(i, AUXILIARY_SKIP))
			.map((i) => word(terms[i]))
			.join(' '),
		past: tagged(main, 'PastTense'),
		copula: tagged(main, 'Copula'),
		negative: tagged(terms, 'Negative')
	};
}

/** Consecutive numbers grouped: [1, 2, 4] → [[1, 2], [4]]. */
function runs(indices: number[]): number[][] {
	const out: number[][] = [];
	for (const i of indices) {
		const last = out[out.length - 1];
		if (last && last[last.length - 1] === i - 1) last.push(i);
		else out.push([i]);
	}
	return out;
}

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
	for (const terms of doc.verbs().docs as Term[][]) {
		const v = readVerb(terms);
		const at = body.indexOf(v.text, cursor);
		if (at < 0) continue;
		cursor = at + v.text.length;
		verbs.push({ start: at, end: cursor, ...v });
	}
}
