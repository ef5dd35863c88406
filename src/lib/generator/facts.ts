import type { QuestionKind } from '../bank/schema';
import type { Analysis } from './analyse';
import {
	clauseRest,
	frameAt,
	invert,
	isPronoun,
	REPORTING,
	subjectForQuestion,
	type Frame
} from './clauses';
import { MONTHS, type DateMention } from './dates';
import type { Entity, Mention } from './entities';
import { CITIES, COUNTRIES, DEMONYMS, PLACE_HEADS, REGIONS, ROLE_HEADS, TITLES } from './lexicon';
import type { Quantity } from './numbers';
import type { Sentence } from './sentences';
import { findOffences } from './offences';
import { findScores } from './scores';
import { fold, span, type Span } from './span';

export type AnswerType =
	| 'person'
	| 'place'
	| 'org'
	| 'thing'
	| 'quantity'
	| 'score'
	| 'offence'
	| 'date'
	| 'action'
	| 'object';

/** One thing the article states, turned into a question with its proof. */
export interface Fact {
	kind: QuestionKind;
	type: AnswerType;
	answer: Span;
	prompt: string;
	/** The sentence (or, for "he said", the two sentences) that proves the answer. */
	evidence: Span;
	sentence: Sentence;
	score: number;
	/** Which rule asked it: "cloze" prompts are the fallback and rank last. */
	template: string;
	entity?: Entity;
	quantity?: Quantity;
	date?: DateMention;
	explanation?: string;
	/** Who promised or offered, for an action: their other promises are no wrong choices. */
	actor?: string;
}

const SPEECH =
	/^(?:say|tell|add|ask|note|stress|emphasize|emphasise|warn|explain|insist|argue|announce|declare|reply|write)$/;
/** Verbs whose object is what was said: without a reported clause the question says nothing. */
const SAYING =
	/^(?:say|tell|add|reply|insist|stress|argue|explain|warn|emphasize|emphasise|state|claim)$/;
const MOVEMENT =
	/^(?:rise|fall|drop|climb|grow|increase|decrease|jump|slump|gain|lose|decline|surge|plunge|slide|sink|soar|shrink|tumble|dip|edge|expand|contract)$/;

export function asOfPhrase(published?: string): string | undefined {
	if (!published) return undefined;
	const [y, m] = published.split('-').map(Number);
	return `In ${MONTHS[m - 1]} ${y}`;
}

function typeWord(e: Entity | undefined, type: AnswerType): string {
	if (type === 'place') {
		if (e?.country) return 'country';
		if (e && CITIES.has(e.name.normalize('NFC'))) return 'city';
		return 'place';
	}
	if (type === 'org') {
		const head = e?.name
			.split(' ')
			.map((w) => w.toLowerCase())
			.find((w) =>
				/^(?:university|institute|foundation|agency|ministry|bank|party|company|council|court|newspaper|channel|union|committee)$/.test(
					w
				)
			);
		if (head) return head;
		if (
			e &&
			/(?:semiconductors?|securities|electronics|motors|holdings|industries|corp\.?|inc\.?|ltd\.?|plc|airlines|group)$/i.test(
				e.name
			)
		)
			return 'company';
		return 'organisation';
	}
	return 'thing';
}

function wh(e: Entity | undefined, type: AnswerType, answer = ''): string {
	if (type === 'person') return 'Who';
	if (type === 'thing') return 'What';
	const word = typeWord(e, type);
	// "South Korea and Indonesia" answers "Which countries", not "Which country".
	if (type === 'place' && /\sand\s/.test(answer))
		return `Which ${word === 'city' ? 'cities' : word === 'country' ? 'countries' : 'places'}`;
	return `Which ${word}`;
}

/** Whether the words after a speech verb report something (carry a verb), not only "on Monday". */
function reportsSomething(a: Analysis, from: number, to: number, skip?: Span): boolean {
	return a.parse.verbs.some(
		(v) => v.start >= from && v.start < to && !(skip && v.start >= skip.start && v.end <= skip.end)
	);
}

/** A place the gazetteer or its own name vouches for; a bare unknown name may be a team or firm. */
function knownPlace(e: Entity | undefined): boolean {
	if (!e) return false;
	const n = e.name.normalize('NFC');
	return (
		COUNTRIES.has(n) ||
		CITIES.has(n) ||
		REGIONS.has(n) ||
		n.split(' ').some((w) => PLACE_HEADS.has(w.toLowerCase()))
	);
}

const kindOf = (type: AnswerType): QuestionKind =>
	type === 'person' || type === 'org'
		? 'who'
		: type === 'place'
			? 'where'
			: type === 'quantity' || type === 'score'
				? 'number'
				: type === 'date'
					? 'when'
					: 'what';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function finish(prompt: string): string {
	const p = prompt
		.replace(/\s+/g, ' ')
		.replace(/\s+([,?])/g, '$1')
		.trim();
	return p[0].toUpperCase() + p.slice(1).replace(/[,;:]$/, '') + '?';
}

/** The question-ready subject: pronouns become the person they stand for, or the rule gives up. */
function subjectText(a: Analysis, f: Frame): string | undefined {
	// "her party" is "Rojas's party" when one person fits; "its chairman" cannot say whose.
	const owner = /^(his|her)\s+/i.exec(f.subject.text);
	if (owner) {
		const person = personBefore(a, f.sentence, f.subject.start);
		return person && `${person}’s ${f.subject.text.slice(owner[0].length)}`;
	}
	if (/^(?:its|their)\s/i.test(f.subject.text)) return undefined;
	if (isPronoun(f.subject.text)) {
		if (/^(?:it|they)$/i.test(f.subject.text)) return reporter(a, f);
		if (!/^(?:he|she)$/i.test(f.subject.text)) return undefined;
		return personBefore(a, f.sentence, f.subject.start);
	}
	return subjectForQuestion(a, f.subject);
}

const REPORTED_BY = new RegExp(`(?:^|\\s)(?:${REPORTING})\\s+(?:that\\s+)?$`);

/**
 * "The embassy issued a statement, saying it had agreed …", "The company said they would …":
 * "it" in a reported clause is whoever reports it, when that is no person.
 */
function reporter(a: Analysis, f: Frame): string | undefined {
	const lead = a.body.slice(f.sentence.start, f.subject.start);
	const m = REPORTED_BY.exec(lead);
	if (!m) return undefined;
	const verbAt = f.sentence.start + m.index + m[0].search(/\S/);
	const word = /^\p{L}+/u.exec(a.body.slice(verbAt))![0];
	// "…, saying it": the participle's subject is the main clause's; "X said it": X.
	const participle = word.endsWith('ing');
	const main = frameAt(a, f.sentence, participle ? verbAt : verbAt + word.length);
	if (!main || (!participle && main.verb.start !== verbAt) || isPronoun(main.subject.text))
		return undefined;
	const plural = /s$/.test(main.subject.text) && !/ss$/.test(main.subject.text);
	const person = a.entities
		.in(main.subject.start, main.subject.end)
		.some((x) => x.entity.type === 'person');
	if (person || plural !== /^they$/i.test(f.subject.text)) return undefined;
	return subjectText(a, main);
}

/** The one person "he" or "she" can stand for: named earlier in the sentence, or in the one before. */
function personBefore(a: Analysis, sentence: Sentence, at: number): string | undefined {
	const before = a.entities.in(sentence.start, at).filter((m) => m.entity.type === 'person');
	const prev = a.sentences[sentence.index - 1];
	const pool = before.length
		? before
		: prev
			? a.entities.in(prev.start, prev.end).filter((m) => m.entity.type === 'person')
			: [];
	const people = new Set(pool.map((m) => m.entity));
	if (people.size !== 1 || pool[0].ambiguous) return undefined;
	return pool[0].entity.short;
}

/** Only a title, a role or an article may stand beside the answer in a subject we replace by "who". */
function onlyRoleAround(subject: Span, m: Span): boolean {
	const rest = (
		subject.text.slice(0, m.start - subject.start) +
		' ' +
		subject.text.slice(m.end - subject.start)
	)
		.replace(/['’]s\b/g, '')
		.split(/[\s,]+/)
		.filter(Boolean);
	return rest.every(
		(w) =>
			/^(?:the|a|an|of|and)$/i.test(w) ||
			TITLES.has(w.toLowerCase()) ||
			DEMONYMS.has(w.toLowerCase()) ||
			/^\p{Lu}/u.test(w)
	);
}

interface Target {
	type: AnswerType;
	answer: Span;
	/** The words to take out of the clause with the answer ("in Kigali", "former mining engineer Valentina Rojas"). */
	remove?: Span;
	entity?: Entity;
	quantity?: Quantity;
	date?: DateMention;
}

/** ", and", " or ", " and Russian President ": what joins two names in a list. */
function joins(between: string): boolean {
	const m = /^\s*(,\s*)?((?:and|or|&)\s+)?(.*)$/su.exec(between);
	if (!m || !(m[1] || m[2])) return false;
	return m[3]
		.split(/\s+/)
		.filter(Boolean)
		.every(
			(w) => TITLES.has(w.toLowerCase()) || DEMONYMS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w)
		);
}

function mentionTarget(a: Analysis, m: Mention): Target | undefined {
	if (m.ambiguous) return undefined;
	const type = m.entity.type;
	// "Burkina Faso and Mali": asked as one answer, so neither half is a second right choice.
	const partner = a.entities.mentions.find(
		(o) =>
			o !== m &&
			o.entity.type === type &&
			o.sentence === m.sentence &&
			(joins(a.body.slice(m.end, o.start)) || joins(a.body.slice(o.end, m.start)))
	);
	if (partner) {
		if (type !== 'place' || partner.start < m.start) return undefined;
		if (!/^\s+and\s+$/.test(a.body.slice(m.end, partner.start))) return undefined;
		// "Russia, China, and North Korea": a longer list has no one answer.
		if (joins(a.body.slice(Math.max(0, m.start - 3), m.start))) return undefined;
		return { type, answer: span(a.body, m.start, partner.end), entity: m.entity };
	}
	return { type, answer: span(a.body, m.start, m.end), entity: m.entity };
}

export function extractFacts(a: Analysis): Fact[] {
	const facts: Fact[] = [];
	const asOf = asOfPhrase(a.published);
	const add = (f: Omit<Fact, 'kind'> & { kind?: QuestionKind }) =>
		facts.push({ kind: f.kind ?? kindOf(f.type), ...f });

	for (const q of a.quotes) {
		const evidence =
			q.mention.start < q.sentence.start
				? span(a.body, a.sentenceAt(q.mention.start)!.start, q.sentence.end)
				: q.sentence;
		const excerpt = quoteExcerpt(q.text.text);
		const org = q.speaker.type === 'org';
		// The fullest form the evidence gives the speaker: "Farhana Akter Chowdhury", not "Chowdhury".
		const fullest = a.entities
			.in(evidence.start, evidence.end)
			.filter((m) => m.entity === q.speaker)
			.reduce((x, y) => (y.text.length > x.text.length ? y : x), q.mention);
		add({
			type: org ? 'org' : 'person',
			kind: org ? 'source' : 'who',
			answer: span(a.body, fullest.start, fullest.end),
			prompt: `${org ? `Which ${typeWord(q.speaker, 'org')}` : 'Who'} said “${excerpt}”?`,
			evidence,
			sentence: q.sentence,
			score: 5,
			template: 'quote',
			entity: q.speaker
		});
	}

	for (const s of a.sentences) {
		const targets: Target[] = [];
		for (const m of a.entities.in(s.start, s.end)) {
			const t = mentionTarget(a, m);
			if (t) targets.push(t);
		}
		for (const q of a.quantities.filter((q) => q.start >= s.start && q.end <= s.end))
			targets.push({ type: 'quantity', answer: q, quantity: q });
		for (const d of a.dates.filter((d) => d.start >= s.start && d.end <= s.end))
			targets.push({ type: 'date', answer: d, date: d });
		for (const t of targets) {
			const base = { ...t, evidence: s as Span, sentence: s };
			const centrality = centralityOf(s);
			const role = t.entity && t.type === 'person' ? roleQuestion(a, s, t, asOf) : undefined;
			if (role) add({ ...base, prompt: role, score: 3.5 + centrality, template: 'role' });
			// "the Vostochny spaceport", "Kremlin spokesman": a name used as a modifier is only a gap-filler.
			const modifier = t.type !== 'quantity' && t.type !== 'date' && isModifier(a, t.answer);
			const clause = modifier ? undefined : clauseQuestion(a, s, t);
			if (clause)
				add({
					...base,
					prompt: clause.prompt,
					score: clause.score + centrality,
					template: clause.template
				});
			else if (!role) {
				const cloze = clozeQuestion(a, s, t);
				if (cloze)
					add({
						...base,
						prompt: cloze,
						score: (modifier ? 0.3 : 1) + centrality,
						template: 'cloze'
					});
			}
		}
		// The result of a match is asked as a gap to fill, before the crowd or the date beside it.
		for (const answer of findScores(a.body, s)) {
			const prompt = clozeQuestion(a, s, { type: 'score', answer });
			if (prompt)
				add({
					type: 'score',
					answer,
					prompt,
					evidence: s,
					sentence: s,
					score: 2 + centralityOf(s),
					template: 'score'
				});
		}
		for (const o of findOffences(a, s))
			add({
				kind: 'what',
				type: 'offence',
				answer: o.answer,
				prompt: o.prompt,
				evidence: s,
				sentence: s,
				score: 3.5 + centralityOf(s),
				template: 'offence'
			});
		const named = calledQuestion(a, s);
		if (named) add(named);
		const source = accordingTo(a, s);
		if (source) add(source);
		const reported = reportedBy(a, s);
		if (reported) add({ ...reported, score: reported.score + centralityOf(s) });
	}
	for (const o of findObjects(a)) {
		if (!o.prompt) continue;
		add({
			type: 'object',
			answer: o.answer,
			prompt: o.prompt,
			evidence: o.frame.sentence,
			sentence: o.frame.sentence,
			score: 3.5,
			template: 'object',
			actor: o.subject
		});
	}
	for (const act of findActions(a)) {
		const inverted = invert(act.subject, act.frame.verb);
		if (!inverted) continue;
		add({
			kind: 'what',
			type: 'action',
			answer: act.answer,
			prompt: finish(`What ${inverted}`),
			evidence: act.frame.sentence,
			sentence: act.frame.sentence,
			score: 3.5,
			template: 'action',
			actor: act.subject
		});
	}
	return facts;
}

/** The lead tells the story: its facts are worth asking first. */
const centralityOf = (s: Sentence) => (s.index < 2 ? 1.5 : s.index < 5 ? 0.5 : 0);

function isModifier(a: Analysis, answer: Span): boolean {
	const next = /^\s+([a-z][\w-]*)/.exec(a.body.slice(answer.end, answer.end + 30));
	if (!next) return /^['’]s\b/.test(a.body.slice(answer.end));
	const tags = a.parse.tokenAt(answer.end + next[0].indexOf(next[1]))?.tags;
	return !!tags && tags.has('Noun') && !tags.has('Verb') && !tags.has('Preposition');
}

const INTENT =
	/\b(?:promised|promises|pledged|pledges|offered|offers|agreed|agrees|vowed|vows|threatened|proposed|decided|plans|planned|refused|hopes|hoped)\s+(to\s+)/g;

export interface Action {
	/** "to produce 50 million doses a year from 2027" */
	answer: Span;
	frame: Frame;
	subject: string;
}

/** Distractors for each question of a kind draw on all of its kind: found once per analysis. */
function oncePerAnalysis<T>(find: (a: Analysis) => T): (a: Analysis) => T {
	const found = new WeakMap<Analysis, T>();
	return (a) => {
		if (!found.has(a)) found.set(a, find(a));
		return found.get(a)!;
	};
}

/** What someone promised, offered, agreed or planned to do: an infinitive clause with its subject. */
export const findActions = oncePerAnalysis((a: Analysis): Action[] => {
	const out: Action[] = [];
	for (const s of a.sentences)
		for (const m of s.text.matchAll(INTENT)) {
			const start = s.start + m.index + m[0].length - m[1].length;
			const f = frameAt(a, s, start);
			if (!f || f.verb.end > start || f.verb.start < s.start + m.index) continue;
			const subject = subjectText(a, f);
			if (!subject) continue;
			const rest = clauseRest(a, s, start);
			const cut = rest.search(/\s(?:if|unless|and to|but|while|as|because|after|so that)\s/);
			const text = (cut > 0 ? rest.slice(0, cut) : rest).replace(/[,;:]$/, '');
			if (words(text) < 3 || words(text) > 16 || (text.match(/[“”"]/g)?.length ?? 0) % 2 === 1)
				continue;
			const answer = span(a.body, start, start + text.length);
			if (answer.text === text) out.push({ answer, frame: f, subject });
		}
	return out;
});

/** Verbs whose object is what was offered, agreed, signed or given: asked as a "what" fact. */
const GIVING =
	/^(?:offer|provide|pledge|promise|sign|agree|approve|grant|donate|award|supply|allocate|earmark|commit|propose|unveil|announce|secure|accept|seal|conclude|reach|ratify|adopt|endorse|deliver|send|give|lend|invest)$/;
/** Where an object ends: a new clause, a time, or a purpose. */
const OBJECT_END =
	/\s(?:if|unless|but|while|as|because|after|before|so|when|which|who|whom|whose|where|that|until|since|during|over|within|by|following|amid|despite|than)\s/;
const OBJECT_PRONOUN = /^(?:them|him|her|us|me|it)$/i;

export interface ObjectPhrase {
	/** "a new rail link to Uganda" */
	answer: Span;
	frame: Frame;
	subject: string;
	/** Of an offering verb, so worth a question; the others serve as wrong choices. */
	giving: boolean;
	/** "What did Washington offer the company?": the verb with what stays in the question. */
	prompt?: string;
}

/** The noun phrase a finite verb acts on, with its subject: "Japan offered [emergency aid]". */
export const findObjects = oncePerAnalysis((a: Analysis): ObjectPhrase[] => {
	const out: ObjectPhrase[] = [];
	let s = a.sentences[0];
	for (const v of a.parse.verbs) {
		// "should first upgrade": a modal alone is no verb with an object.
		if (v.copula || v.negative || SAYING.test(v.infinitive) || !v.infinitive) continue;
		if (/^(?:should|would|could|will|can|may|might|must|shall)$/i.test(v.text)) continue;
		while (s && s.end <= v.start) s = a.sentences[s.index + 1];
		if (!s || v.start < s.start) continue;
		const found = objectAfter(a, s, v);
		if (found) out.push(found);
	}
	return out;
});

function objectAfter(a: Analysis, s: Sentence, v: Frame['verb']): ObjectPhrase | undefined {
	const giving = GIVING.test(v.infinitive);
	// "agreed to a rail link", "committed to new elections"; "agreed to build" is an action.
	const prep = /^\s+(to|on)\s+/.exec(a.body.slice(v.end, v.end + 5));
	if (prep && !/^(?:agree|commit)$/.test(v.infinitive)) return undefined;
	const start = v.end + (prep ? prep[0].length : /^\s*/.exec(a.body.slice(v.end))![0].length);
	const first = a.parse.tokenAt(start);
	if (!first || (/^to$/i.test(first.text) && !prep)) return undefined;
	const nounLike = (t: typeof first) =>
		['Noun', 'Determiner', 'Value', 'Adjective', 'ProperNoun', 'Money'].some((tag) =>
			t.tags.has(tag)
		) || /^[$€£¥₹]/.test(t.text);
	if (!nounLike(first) || first.tags.has('Pronoun') || first.tags.has('Preposition'))
		return undefined;
	if (a.parse.tokenAt(first.end + 1)?.tags.has('Infinitive') && prep) return undefined;
	let text = clauseRest(a, s, start);
	const date = a.dates.find((d) => d.start > start && d.start < start + text.length);
	if (date) text = a.body.slice(start, date.start);
	const end = OBJECT_END.exec(` ${text} `);
	if (end) text = text.slice(0, Math.max(0, end.index - 1));
	// "2 billion shillings to build schools": the purpose is not what was given.
	const purpose = / to (\p{L}+)/u.exec(text);
	if (purpose && a.parse.tokenAt(start + purpose.index + 4)?.tags.has('Infinitive'))
		text = text.slice(0, purpose.index);
	// A long object loses its last prepositional phrases: "a contract for a new power plant".
	const PREPOSITION =
		/\s(?:for|to|with|at|from|on|under|across|near|between|through|into|in)\s(?!.*\s(?:for|to|with|at|from|on|under|across|near|between|through|into|in)\s)/;
	while (words(text) > 6) {
		const cut = PREPOSITION.exec(text);
		if (!cut || words(text.slice(0, cut.index)) < 2) break;
		text = text.slice(0, cut.index);
	}
	text = text.replace(
		/(?:\s+(?:and|or|of|for|to|in|on|at|with|from|the|a|an|its|their))+$|[,.;:]+$/i,
		''
	);
	if (words(text) < 1 || words(text) > 8 || /[“”"()]/.test(text)) return undefined;
	const tokens = a.parse.tokensIn(start, start + text.length);
	const last = tokens[tokens.length - 1];
	// "40 cranes" ends a phrase even where the tagger read "cranes" as a verb.
	const counted = (t: typeof last) => a.quantities.some((q) => q.end === t.end);
	if (!last || !(last.tags.has('Noun') || counted(last)) || last.tags.has('Pronoun'))
		return undefined;
	// "a plan would cut costs": a verb inside is a clause, not a thing; "tax breaks" is a noun
	// the tagger read as a verb, as the noun after it shows.
	const verbal = (t: typeof last, i: number) =>
		t.tags.has('Verb') &&
		!['Noun', 'Adjective', 'Gerund'].some((tag) => t.tags.has(tag)) &&
		!tokens[i + 1].tags.has('Noun');
	if (tokens.slice(0, -1).some(verbal)) return undefined;
	// "offered the company 2.1 billion dollars": the receiver stays in the question.
	let direct = 0;
	for (let i = 1; i < Math.min(tokens.length, 5) && !direct; i++) {
		const prev = tokens[i - 1].tags;
		const starts =
			tokens[i].tags.has('Determiner') ||
			tokens[i].tags.has('Value') ||
			/^[$€£¥₹]/.test(tokens[i].text);
		if (
			starts &&
			(OBJECT_PRONOUN.test(tokens[i - 1].text) ||
				(prev.has('Noun') && !prev.has('Value') && !prev.has('Adjective')))
		)
			direct = i;
	}
	if (OBJECT_PRONOUN.test(first.text) && !direct) return undefined;
	const answerStart = direct ? tokens[direct].start : start;
	const answer = span(a.body, answerStart, start + text.length);
	const f = frameAt(a, s, v.end);
	if (!f || f.verb !== v) return undefined;
	const subject = subjectText(a, f);
	if (!subject) return undefined;
	const found: ObjectPhrase = { answer, frame: f, subject, giving };
	const inverted = giving && invert(subject, v);
	// A figure alone is asked as a number; "a new terminal and 300 buses" is asked here.
	const figure = a.quantities.some(
		(q) => q.start === answer.start && !/^\s+and\s/.test(a.body.slice(q.end, answer.end))
	);
	// "supply the plant with water": the object is who receives, not what was given.
	const receives = /^\s+with\s/.test(a.body.slice(answer.end)) || /\swith\s/.test(answer.text);
	if (inverted && !figure && !(receives && /^(?:supply|provide)$/.test(v.infinitive))) {
		const receiver = a.body.slice(start, answer.start).trim();
		const rest = clauseRest(a, s, answer.end).replace(/^[,.;:]+/, '');
		found.prompt = finish(`What ${inverted}${prep ? ' ' + prep[1] : ''} ${receiver} ${rest}`);
	}
	return found;
}

function quoteExcerpt(text: string): string {
	const clean = text.trim().replace(/[,.;:]+$/, '');
	const ws = clean.split(/\s+/);
	if (ws.length <= 14) return clean;
	// Stop at the first natural break after a few words, so the prompt stays readable.
	const cut = ws.findIndex((w, i) => i >= 5 && /[,.;:!?]$/.test(w));
	const n = cut >= 0 && cut < 14 ? cut + 1 : 12;
	return (
		ws
			.slice(0, n)
			.join(' ')
			.replace(/[,.;:]+$/, '') + '…'
	);
}

/** "In September 2023, who was the US Commerce Secretary?" from "US Commerce Secretary Laura Whitfield". */
function roleQuestion(a: Analysis, s: Sentence, t: Target, asOf?: string): string | undefined {
	const m = a.entities.mentions.find((x) => x.start === t.answer.start);
	let role = m?.role?.text;
	if (!role) {
		const after = /^,\s+((?:the\s+)?[^,;“”"]{3,60}?),/.exec(a.body.slice(t.answer.end, s.end));
		const before =
			/(?:^|[,;]\s+|\bthe\s+)((?:\p{Lu}[\p{L}'’.-]*\s+)*[^,;“”"]{0,40}?)\s*,\s*$/u.exec(
				a.body.slice(s.start, t.answer.start)
			);
		role = after?.[1] ?? before?.[1];
	}
	if (!role || /^(?:its|his|her|their)\b/i.test(role)) return undefined;
	const ws = role.split(/\s+/);
	const head = ws.find((w) => ROLE_HEADS.has(w.toLowerCase()));
	if (!head || ws.length < 2 || ws.length > 8) return undefined;
	// A capital the sentence start gives ("Chief executive", "Union president") names no office.
	const named = s.text.startsWith(role) ? ws.slice(1) : ws;
	if (
		!named.some((w) => /^\p{Lu}/u.test(w) || DEMONYMS.has(w.toLowerCase())) &&
		!/\bof\b/.test(role)
	)
		return undefined;
	const title = role
		.replace(/^the\s+/i, '')
		.split(/\s+/)
		.map((w) => (TITLES.has(w.toLowerCase()) && !/^\p{Lu}{2}/u.test(w) ? w.toLowerCase() : w))
		.join(' ');
	const the = /['’]s\b/.test(title) ? '' : 'the ';
	return finish(`${asOf ? asOf + ', who' : 'According to the article, who'} was ${the}${title}`);
}

function clauseQuestion(
	a: Analysis,
	s: Sentence,
	t: Target
): { prompt: string; score: number; template: string } | undefined {
	const f =
		frameAt(a, s, t.answer.start) ??
		(t.answer.start < s.end ? frameAfterSubject(a, s, t) : undefined);
	if (!f) return undefined;
	const inSubject = t.answer.start >= f.subject.start && t.answer.end <= f.subject.end;
	if (inSubject) {
		if (t.type === 'quantity' || t.type === 'date') return undefined;
		// "Lagoon Stars won …" asked as "Which place won …": only a name known to be a place.
		if (t.type === 'place' && !knownPlace(t.entity)) return undefined;
		const rest = clauseRest(a, s, f.verb.end);
		if (words(rest) < 2) return undefined;
		// "Which ministry said on Monday?": a speech verb must keep what was said.
		if (
			SAYING.test(f.verb.infinitive) &&
			!reportsSomething(a, f.verb.end, f.verb.end + rest.length + 2)
		)
			return undefined;
		let whPhrase: string;
		const others = a.entities
			.in(f.subject.start, f.subject.end)
			.some((m) => m.end <= t.answer.start || m.start >= t.answer.end);
		if (others) return undefined;
		if (onlyRoleAround(f.subject, t.answer)) whPhrase = wh(t.entity, t.type, t.answer.text);
		else {
			// "Shares in Hanbit rose …" → "Shares in which company rose …?"
			const lead = a.body.slice(f.subject.start, t.answer.start);
			const m = /^(.+?)\s+(in|at|of|from|for|with)\s+(?:the\s+)?$/i.exec(lead);
			if (!m || a.body.slice(t.answer.end, f.subject.end).trim() || t.type === 'person')
				return undefined;
			whPhrase = `${subjectForQuestion(a, span(a.body, f.subject.start, f.subject.start + m[1].length))} ${m[2]} ${t.type === 'thing' ? 'what' : wh(t.entity, t.type, t.answer.text).toLowerCase()}`;
		}
		return { prompt: finish(`${whPhrase} ${f.verb.text} ${rest}`), score: 4, template: 'subject' };
	}
	if (t.answer.start < f.verb.end) return undefined;
	// "in Sunday's election": the answer qualifies a noun; taking it out leaves "'s election".
	if (/^['’]s?\b/.test(a.body.slice(t.answer.end)) && !/^['’]\s/.test(a.body.slice(t.answer.end)))
		return undefined;
	// A phrasal verb's particle ("given in") belongs with what follows it.
	const particle = /\s(in|on|at|to|of|for|from|by|with)$/.exec(f.verb.text)?.[0] ?? '';
	const between = particle + a.body.slice(f.verb.end, t.answer.start);
	// "lacked equipment and that nearly 30 percent had …": the answer is in a clause of its own.
	if (/[,;“”"]/.test(between) || /\bthat\s/.test(between)) return undefined;
	// Another verb between ("would go to replacing 300 kilometres"): the clause is not a simple one.
	const verbsBetween = a.parse.verbs.filter(
		(v) => v.start >= f.verb.end && v.end <= t.answer.start && !readAsNoun(a, v.start)
	);
	if (
		verbsBetween.some(
			(v) => !/\bto\s+$/.test(a.body.slice(v.start - 4, v.start)) || /ing\b/.test(v.text)
		)
	)
		return undefined;
	const subject = subjectText(a, f);
	if (!subject) return undefined;
	let whPhrase: string;
	let removeStart = t.answer.start;
	let removeEnd = t.answer.end;
	if (t.type === 'person' || t.type === 'org') {
		if (/^['’]s\b/.test(a.body.slice(t.answer.end))) return undefined;
		// Words between the verb and the name describe the person ("former mining engineer"): they go too.
		const describing = between.trim().split(/\s+/).filter(Boolean);
		const last = describing[describing.length - 1]?.toLowerCase() ?? '';
		if (
			describing.length > 4 ||
			/\b(?:to|in|at|on|by|with|from|for)\s*$/.test(between) ||
			// "taken the lead through X": an object and a preposition, not a description of X.
			(last && !TITLES.has(last) && !DEMONYMS.has(last) && !/^\p{Lu}/u.test(last))
		)
			return undefined;
		removeStart = f.verb.end;
		whPhrase = t.type === 'person' ? 'who' : wh(t.entity, t.type).toLowerCase();
	} else if (t.type === 'place') {
		const prep =
			/\b((?:in|at|near|from|to|into|outside|inside|across)\s+(?:the\s+(?:city|town|region|village|province)\s+of\s+|the\s+)?)$/i.exec(
				between
			);
		if (!prep) return undefined;
		removeStart = t.answer.start - prep[1].length;
		const p = prep[1].split(/\s+/)[0].toLowerCase();
		if (SPEECH.test(f.verb.infinitive)) return undefined;
		if (p === 'from' || p === 'to' || p === 'into') return undefined;
		whPhrase = 'where';
	} else if (t.type === 'date') {
		const prep = /\b((?:on|in|at|during)\s+(?:the\s+)?)$/i.exec(between);
		if (!prep && t.date?.kind !== 'relative') return undefined;
		if (prep) removeStart = t.answer.start - prep[1].length;
		const partOfDay = /^\s+(?:morning|afternoon|evening|night)\b/.exec(a.body.slice(t.answer.end));
		if (partOfDay) removeEnd += partOfDay[0].length;
		// "within 30 days of the vote": what the span counts from goes with it.
		const from = /^\s+of\s+(?:the\s+)?[\p{L}-]+/u.exec(a.body.slice(removeEnd));
		if (from) removeEnd += from[0].length;
		// "late on Tuesday": the adverb goes with the date.
		const adverb = /\b(?:late|early)\s+$/.exec(a.body.slice(f.verb.end, removeStart));
		if (adverb) removeStart -= adverb[0].length;
		// A weekday answers "which day", not "when": the calendar date is what "when" asks for.
		whPhrase = t.date?.kind === 'weekday' ? 'on which day' : 'when';
	} else if (t.type === 'quantity' && t.quantity) {
		const q = t.quantity;
		const prep =
			/\b(by|about|around|nearly|almost|some|over|more than|less than|up to|at least|roughly)\s+$/i.exec(
				between
			);
		const beforeApprox = prep ? between.slice(0, between.length - prep[0].length) : between;
		// "spread over 18 months": "over" a duration is how long, not "more than".
		if (q.measure === 'duration' && /^over$/i.test(prep?.[1] ?? '')) return undefined;
		if (
			/\b(?:to|of|from|within|after|for|in|at|than|per|on|with)\s+(?:the\s+|every\s+|each\s+|a\s+)?$/i.test(
				beforeApprox
			)
		)
			return undefined;
		// "hire 4,000 nurses and 600 doctors", "approve a terminal and 300 buses": half of a
		// coordinated object cannot be asked alone.
		if (/\s(?:and|or)\s+$/.test(between)) return undefined;
		const coordinated = /^\s+(?:and|or)\s+/.exec(a.body.slice(q.end, s.end));
		if (
			coordinated &&
			!startsVerbAt(a, q.end + coordinated[0].length) &&
			!/^(?:the|a|an|its|his|her|their|it|he|she|they)\s/i.test(
				a.body.slice(q.end + coordinated[0].length)
			)
		)
			return undefined;
		// "admit 3,000 Indonesian nurses": a figure whose noun was not read as its unit.
		if (q.measure === 'bare' && /^\s+\p{L}/u.test(a.body.slice(q.end, q.end + 3))) return undefined;
		if (prep) removeStart = t.answer.start - prep[0].length;
		const ofPart =
			/^\s+of\s+((?:the\s+)?(?:[\d,.]+\s+)?[a-z-]+(?:\s+(?!(?:in|on|at|to|for|from|by|with|and|or)\b)[a-z-]+)?(?:\s+(?:and|or)\s+(?!(?:the|a|an|its|their|his|her)\b)[a-z-]+)?)(?=[\s,.;]|$)/.exec(
				a.body.slice(q.end, s.end)
			);
		if (SAYING.test(f.verb.infinitive)) return undefined;
		const movement = MOVEMENT.test(f.verb.infinitive);
		if (q.measure === 'percent') whPhrase = movement ? 'by what percentage' : 'what percentage';
		else if (q.measure === 'money') whPhrase = movement ? 'by how much' : 'how much';
		else if (q.measure === 'count' || q.measure === 'duration') whPhrase = `how many ${q.unit}`;
		else if (q.measure === 'fraction') whPhrase = 'what share';
		else whPhrase = movement ? 'by how much' : 'how many';
		if (ofPart && q.measure !== 'money') {
			whPhrase += ` of ${ofPart[1]}`;
			removeEnd = q.end + ofPart[0].length;
		}
		if (prep && /^by$/i.test(prep[1]) && !whPhrase.startsWith('by')) return undefined;
		if (prep && !/^by$/i.test(prep[1])) whPhrase = whPhrase.replace(/^by /, '');
	} else return undefined;
	const inverted = invert(subject, f.verb);
	if (!inverted) return undefined;
	const before = a.body.slice(f.verb.end, removeStart);
	// "left its ___ without": a determiner whose noun went out with the answer.
	if (/\b(?:its|their|his|her|our|my|your|the|a|an|this|these|those)\s*$/i.test(before))
		return undefined;
	const after = clauseRest(a, s, removeEnd);
	if (
		SPEECH.test(f.verb.infinitive) &&
		!reportsSomething(
			a,
			f.verb.end,
			removeEnd + after.length + 2,
			span(a.body, removeStart, removeEnd)
		)
	)
		return undefined;
	const rest = `${before} ${after}`.replace(/\s+/g, ' ').trim();
	if (words(rest) + words(inverted) < 3) return undefined;
	return { prompt: finish(`${whPhrase} ${inverted} ${rest}`), score: 3.5, template: 'clause' };
}

/** "the second contract", "a new award": a word after a determiner or modifier is a noun, whatever its tag. */
function readAsNoun(a: Analysis, at: number): boolean {
	const before = a.parse.tokens.findLast((t) => t.end <= at && t.end > at - 3);
	return (
		!!before &&
		['Determiner', 'Possessive', 'Adjective', 'Value'].some((tag) => before.tags.has(tag)) &&
		!before.tags.has('Verb')
	);
}

/** When no verb precedes the answer, its own sentence may still start with a usable subject. */
function startsVerbAt(a: Analysis, at: number): boolean {
	const tags = a.parse.tokenAt(at)?.tags;
	return (
		!!tags && (tags.has('Verb') || tags.has('Modal') || tags.has('Auxiliary')) && !tags.has('Noun')
	);
}

function frameAfterSubject(a: Analysis, s: Sentence, t: Target): Frame | undefined {
	const v = a.parse.verbs.find((v) => v.start > t.answer.end && v.start < s.end);
	if (!v) return undefined;
	const f = frameAt(a, s, v.end);
	return f && f.verb === v ? f : undefined;
}

/** The fallback: the clause with a gap where the answer was. */
function clozeQuestion(a: Analysis, s: Sentence, t: Target): string | undefined {
	const bounds = /,\s|;\s|:\s|\s[\u2013\u2014-]\s|[“”"]/g;
	let from = s.start;
	let to = s.end;
	for (const m of s.text.matchAll(bounds)) {
		const at = s.start + m.index;
		if (at + m[0].length <= t.answer.start) from = at + m[0].length;
		else if (at >= t.answer.end) {
			to = at;
			break;
		}
	}
	// A clause of three words says too little: widen to the whole sentence.
	if (words(a.body.slice(from, to)) < 7) {
		from = s.start;
		to = s.end;
	}
	const left = a.body.slice(from, t.answer.start).trimStart();
	const right = a.body
		.slice(t.answer.end, to)
		.replace(/[.!?]+[”"’]?$/, '')
		.trimEnd();
	if (words(left) + words(right) < 5) return undefined;
	const clip = (text: string, n: number, fromEnd: boolean) => {
		const ws = text.split(/\s+/).filter(Boolean);
		if (ws.length <= n) return text;
		return fromEnd ? '…' + ws.slice(-n).join(' ') : ws.slice(0, n).join(' ') + '…';
	};
	const l = clip(left.trimEnd(), 12, true);
	const r = clip(right.trimStart(), 12, false);
	const gap = `${l}${l ? ' ' : ''}___${r && !/^[,.;:’'!?]/.test(r) ? ' ' : ''}${r}`.replace(
		/[“”"]/g,
		''
	);
	const what: Record<AnswerType, string> = {
		person: 'Who',
		quantity: 'Which figure',
		score: 'Which score',
		offence: 'What',
		date: 'Which date',
		place: 'Which place',
		org: 'Which organisation',
		thing: 'What',
		action: 'What',
		object: 'What'
	};
	// "on ___" asks for a weekday: "Which date" would promise a calendar date.
	const asks = t.date?.kind === 'weekday' ? 'Which day' : what[t.type];
	return `${asks} fills the gap: “${gap.trim()}”?`;
}

/** "The vaccine, called NorMal-1, is …" → "What is the vaccine called?" */
function calledQuestion(
	a: Analysis,
	s: Sentence
): (Omit<Fact, 'kind'> & { kind: QuestionKind }) | undefined {
	const m =
		/^((?:The|A|An|Its|Their|His|Her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),?\s+(called|named|dubbed|known as)\s+([\p{Lu}\d][\p{L}\d-]*(?:\s+[\p{Lu}\d][\p{L}\d-]*){0,3})/u.exec(
			s.text
		);
	if (!m) return undefined;
	const start = s.start + m.index + m[0].length - m[3].length;
	const answer = span(a.body, start, start + m[3].length);
	const entity = a.entities.mentions.find((x) => x.start === start)?.entity;
	const np = m[1].replace(/^(?:A|An)\s/, 'the ').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
	return {
		kind: 'what',
		type: 'thing',
		answer,
		entity,
		prompt: `What is ${np} ${m[2]}?`,
		evidence: s,
		sentence: s,
		score: 4,
		template: 'called'
	};
}

const TRAILING_REPORT =
	/^(.*[^\s,]),\s+([^,;“”"]{2,80}?)\s+(said|announced|confirmed|stated|declared|told reporters|told journalists|reported|added|warned|explained)(?:\s+(?:on|in|at|late|early|last|this|earlier|later|after|during)\b[^,;“”"]*)?[.!]?$/su;

const TRAILING_REPORT_INVERTED =
	/^(.*[^\s,]),\s+(said|announced|added|told reporters)\s+([^,;“”"]{2,80}?)(?:\s+(?:on|in|at|late|early|last|this|earlier|later|after|during)\b[^,;“”"]*)?[.!]?$/su;

/** "The port will double its capacity, Transport Minister Jane Doe announced on Monday." */
function reportedBy(
	a: Analysis,
	s: Sentence
): (Omit<Fact, 'kind'> & { kind: QuestionKind }) | undefined {
	// "…, said Transport Minister Jane Doe." names the speaker after the verb.
	const inverted = TRAILING_REPORT_INVERTED.exec(s.text);
	const m =
		TRAILING_REPORT.exec(s.text) ??
		(inverted && [inverted[0], inverted[1], inverted[3], inverted[2]]);
	if (!m || /[“”"]/.test(m[1]) || /\baccording to\b/i.test(m[1])) return undefined;
	const speakerStart = s.start + m[1].length + s.text.slice(m[1].length).indexOf(m[2]);
	const speaker = span(a.body, speakerStart, speakerStart + m[2].length);
	const named = a.entities
		.in(speaker.start, speaker.end)
		.filter((x) => x.entity.type === 'person' || x.entity.type === 'org');
	if (named.length !== 1 || named[0].ambiguous || !onlyRoleAround(speaker, named[0]))
		return undefined;
	const clause = m[1];
	if (
		words(clause) < 4 ||
		words(clause) > 30 ||
		!reportsSomething(a, s.start, s.start + clause.length)
	)
		return undefined;
	const mention = named[0];
	const type = mention.entity.type === 'org' ? 'org' : 'person';
	const first = a.parse.tokenAt(s.start);
	const claim =
		/^\p{Lu}\p{Ll}/u.test(clause) &&
		!first?.tags.has('ProperNoun') &&
		!a.entities.mentions.some((x) => x.start === s.start)
			? clause[0].toLowerCase() + clause.slice(1)
			: clause;
	const verb = m[3].replace(/^told (\w+)$/, 'told $1');
	return {
		kind: type === 'org' ? 'source' : 'who',
		type,
		answer: span(a.body, mention.start, mention.end),
		entity: mention.entity,
		prompt: finish(`${wh(mention.entity, type)} ${verb} that ${claim}`),
		evidence: s,
		sentence: s,
		score: 4,
		template: 'reported'
	};
}

/** "According to TASS, Putin arrived …" → "Which source reported that Putin arrived …?" */
function accordingTo(
	a: Analysis,
	s: Sentence
): (Omit<Fact, 'kind'> & { kind: QuestionKind }) | undefined {
	const m = /\b[Aa]ccording to\s+(?:the\s+|a\s+)?/.exec(s.text);
	if (!m) return undefined;
	const at = s.start + m.index + m[0].length;
	// The source is what "according to" names: "a briefing note seen by Lede Wire" is no source
	// the question could credit, and a name in the next sentence even less.
	const source = a.entities.mentions.find(
		(x) =>
			x.start >= at && x.end <= s.end && (x.entity.type === 'org' || x.entity.type === 'person')
	);
	if (
		!source ||
		source.ambiguous ||
		!/^(?:(?:figures|data|estimates|statistics|a report|a statement)\s+(?:from|by|of)\s+(?:the\s+)?|\p{Lu}[\p{L} ]*['’]s\s+(?:[\p{Ll}-]+\s+)?|(?:[\p{Ll}-]+\s+)?(?:group|agency|firm|company|body|watchdog|institute|charity|union|newspaper|broadcaster)\s+)?$/u.test(
			a.body.slice(at, source.start)
		)
	)
		return undefined;
	const afterSource = a.body.slice(source.end, s.end);
	const comma = /^[^,]*,\s*/.exec(afterSource);
	let claim: string;
	if (m.index === 0 && comma) claim = clauseRest(a, s, source.end + comma[0].length);
	else if (m.index > 0) claim = a.body.slice(s.start, s.start + m.index).replace(/[,\s]+$/, '');
	else return undefined;
	if (words(claim) < 4 || /[“”"]/.test(claim)) return undefined;
	// "A happened, and B, according to X": X vouches for B only; which part is unclear, so ask nothing.
	if (/(?:,\s+(?:and|but|while|as|which|who)\s|;\s)/.test(claim)) return undefined;
	if (fold(claim).includes(fold(source.entity.short))) return undefined;
	const claimText =
		/^\p{Lu}\p{Ll}/u.test(claim) &&
		!a.parse.tokenAt(s.start + s.text.indexOf(claim))?.tags.has('ProperNoun')
			? claim[0].toLowerCase() + claim.slice(1)
			: claim;
	const type = source.entity.type === 'org' ? 'org' : 'person';
	return {
		kind: 'source',
		type,
		answer: span(a.body, source.start, source.end),
		entity: source.entity,
		prompt: finish(`${type === 'org' ? 'Which source' : 'Who'} reported that ${claimText}`),
		evidence: s,
		sentence: s,
		score: 3,
		template: 'according'
	};
}
