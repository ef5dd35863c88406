import type { Entities, Entity, Mention } from './entities';
import type { Sentence } from './sentences';
import { span, type Span } from './span';

export interface Quote {
	/** The quoted words, without the quote marks. */
	text: Span;
	speaker: Entity;
	/** Where the speaker is named: in the quote's sentence, or the one before for "he said". */
	mention: Mention;
	sentence: Sentence;
}

const VERBS =
	'said|says|told|tells|added|adds|asked|noted|stressed|emphasi[sz]ed|warned|explained|insisted|argued|announced|declared|replied|wrote|suggested|clarified|continued|concluded|recalled|admitted|acknowledged|observed|remarked|claimed|stated|urged|promised|vowed|called';
const AFTER = new RegExp(
	`^\\s*(?:(?<subj>[^,.;“”"]{1,90}?)\\s+(?:${VERBS})\\b|(?:${VERBS})\\s+(?<obj>[^,.;“”"]{1,90}?)(?=\\s*(?:[,.;]|$|\\s+(?:who|on|at|in|after|before|during|when|to)\\b)))`,
	'u'
);
const BEFORE = new RegExp(
	`(?<subj>[^,.;“”"]{1,90}?)\\s+(?:${VERBS})(?:\\s+(?:that|reporters|journalists))?\\s*[,:]?\\s*$`,
	'u'
);
const PRONOUN = /^(?:he|she|they|the (?:[\p{L}-]+ ){0,3}[\p{L}-]+)$/iu;

/** Direct quotes attributed to a named speaker; a quote without a clear speaker is left out. */
export function findQuotes(body: string, sentences: Sentence[], entities: Entities): Quote[] {
	const out: Quote[] = [];
	for (const s of sentences) {
		for (const m of s.text.matchAll(/[“"]([^“”"]+)[”"]/gu)) {
			const open = s.start + m.index;
			const close = open + m[0].length;
			const inner = span(body, open + 1, close - 1);
			const words = inner.text.trim().split(/\s+/).length;
			if (words < 4) continue;
			const after = AFTER.exec(body.slice(close, s.end));
			let phrase: Span | undefined;
			if (after?.groups?.subj !== undefined || after?.groups?.obj !== undefined) {
				const text = after.groups.subj ?? after.groups.obj;
				const at = body.indexOf(text, close);
				phrase = span(body, at, at + text.length);
			} else {
				const before = BEFORE.exec(body.slice(s.start, open));
				if (before?.groups?.subj) {
					const text = before.groups.subj;
					const at = s.start + before.index + before[0].indexOf(text);
					phrase = span(body, at, at + text.length);
				}
			}
			if (!phrase) continue;
			const found = speakerOf(phrase, s, sentences, entities);
			if (found) out.push({ text: inner, sentence: s, ...found });
		}
	}
	return out;
}

function speakerOf(
	phrase: Span,
	s: Sentence,
	sentences: Sentence[],
	entities: Entities
): { speaker: Entity; mention: Mention } | undefined {
	const named = entities
		.in(phrase.start, phrase.end)
		.filter((m) => m.entity.type === 'person' || m.entity.type === 'org');
	if (named.length) {
		const m = named[named.length - 1];
		return m.ambiguous ? undefined : { speaker: m.entity, mention: m };
	}
	const text = phrase.text.trim();
	if (!PRONOUN.test(text)) return undefined;
	const described = /^the /i.test(text) ? entities.describe(text) : undefined;
	const here = entities
		.in(s.start, s.end)
		.filter((m) => m.entity.type === 'person' && !m.ambiguous);
	if (described) {
		const m = [...here, ...namedBefore(s, sentences, entities)].find((x) => x.entity === described);
		if (m) return { speaker: described, mention: m };
	}
	if (!/^(?:he|she)$/i.test(text)) return undefined;
	// "he said": the one person named in this sentence, or else in the sentence before.
	const people = (ms: Mention[]) => [
		...new Set(ms.filter((m) => m.entity.type === 'person').map((m) => m.entity))
	];
	const hereBefore = here.filter((m) => m.start < phrase.start);
	if (people(hereBefore).length === 1)
		return { speaker: hereBefore[0].entity, mention: hereBefore[0] };
	if (here.length) return undefined;
	const there = namedBefore(s, sentences, entities);
	const candidates = people(there);
	if (candidates.length !== 1) return undefined;
	return { speaker: candidates[0], mention: there.find((m) => m.entity === candidates[0])! };
}

/** The unambiguous names in the sentence before, where "he said" or "the minister said" looks. */
function namedBefore(s: Sentence, sentences: Sentence[], entities: Entities): Mention[] {
	const prev = sentences[s.index - 1];
	if (!prev || prev.paragraph !== s.paragraph - 1 + (prev.paragraph === s.paragraph ? 1 : 0))
		return [];
	return entities.in(prev.start, prev.end).filter((m) => !m.ambiguous);
}
