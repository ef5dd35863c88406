import type { Parse } from './parse';
import type { Sentence } from './sentences';
import { fold, span, type Span } from './span';
import {
	CITIES,
	COUNTRIES,
	DEMONYMS,
	formerStates,
	HONORIFICS,
	ORG_HEADS,
	PLACE_HEADS,
	PLACE_PREPOSITIONS,
	REGIONS,
	TITLES
} from './lexicon';

export type EntityType = 'person' | 'place' | 'org' | 'thing';

export interface Entity {
	id: number;
	type: EntityType;
	/** The fullest form the article uses, titles stripped. */
	name: string;
	/** How the article refers to it for short ("Kim", "Rojas"). */
	short: string;
	/** Offices and descriptions attached to it ("Russian President", "health minister of Mali"). */
	roles: string[];
	mentions: Mention[];
	/** A country, as opposed to a city or smaller place: distractors keep to the same scale. */
	country?: boolean;
}

export interface Mention extends Span {
	entity: Entity;
	sentence: number;
	/** The short form shared by two entities ("Kim" for two Kims): never asked about. */
	ambiguous: boolean;
	/** The office written before the name ("US Commerce Secretary"), if any. */
	role?: Span;
}

export interface Entities {
	list: Entity[];
	mentions: Mention[];
	/** Mentions inside [start, end), in order. */
	in(start: number, end: number): Mention[];
	/** "the Russian leader" → Vladimir Putin, when exactly one person fits. */
	describe(phrase: string): Entity | undefined;
}

interface Word extends Span {
	/** Punctuation right after the word (",", "’s", "."): it ends a name. */
	breakAfter: boolean;
	possessive: boolean;
}

const CONNECTORS = new Set(
	'de|del|la|le|da|di|do|dos|das|du|van|von|der|den|ter|bin|bint|ibn|al|el|es|y|of|and|for|the|on'.split(
		'|'
	)
);
const ORG_ONLY_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on']);
const MONTHS_AND_DAYS = new Set(
	(
		'january|february|march|april|may|june|july|august|september|october|november|december|' +
		'monday|tuesday|wednesday|thursday|friday|saturday|sunday|sept|jan|feb|aug|oct|nov|dec'
	).split('|')
);
const FAMILY_NAME_FIRST = new Set(
	(
		'kim|lee|park|choi|jung|jeong|kang|cho|yoon|jang|lim|han|oh|seo|shin|kwon|hwang|ahn|song|hong|xi|li|wang|' +
		'zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|hu|guo|he|lin|gao|luo|nguyen|tran|le|pham'
	).split('|')
);
const COMMON_CAPITALISED = new Set(
	'the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|both|each|every|after|before|during|since|while|when|as|if|but|and|or|so|yet|in|on|at|by|for|from|to|with|without|under|over|about|among|despite|however|meanwhile|also|still|it|he|she|they|we|i|you|there|here|what|who|which|why|how|one|two|three|no|not|mr|mrs|ms'.split(
		'|'
	)
);
const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const SPEECH_VERBS =
	/^\s*(?:,\s*)?(?:said|says|told|tells|added|adds|asked|noted|stressed|emphasi[sz]ed|warned|explained|insisted|argued|announced|declared|replied|wrote|urged|promised|pledged|conceded|welcomed|called|thanked)\b/;

/** "the group Tanah Air Watch", "the company Hanbit": a name after these is an organisation. */
const GROUP_NOUNS =
	/^(?:group|company|firm|charity|organi[sz]ation|agency|party|union|club|team|band|bank|insurer|carrier|airline|operator|maker|chipmaker|automaker|startup|broadcaster|newspaper|network|coalition|alliance|movement|campaign|ngo|lender|retailer|utility)$/;

/** People who work somewhere: "analysts at …", "engineers at …". */
const STAFF =
	/^(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|staff|workers?|employees?|traders?|executives?|doctors?)$/i;

const isCap = (w: string) => /^\p{Lu}/u.test(w) || /^(?:al|el|bin|ibn)-\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u.test(w);
const lower = (w: string) => w.toLowerCase();

function words(body: string, s: Sentence): Word[] {
	const out: Word[] = [];
	const re = /\S+/g;
	for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
		let start = s.start + m.index;
		let end = start + m[0].length;
		while (start < end && /[\s"“”‘(['’]/.test(body[start])) start++;
		let trailing = '';
		let possessive = false;
		for (;;) {
			const text = body.slice(start, end);
			const poss = /['’]s?$/.exec(text);
			if (poss && text.length > 2 && /['’]s$|s['’]$/.test(text)) {
				possessive = true;
				end -= /s['’]$/.test(text) ? 1 : 2;
				trailing += poss[0];
				continue;
			}
			const last = body[end - 1];
			if (end > start && /[,;:!?"”’)\]\u2014]/.test(last)) {
				trailing += last;
				end--;
				continue;
			}
			// A full stop ends the word unless it is part of it ("Dr.", "J.", "U.S.").
			if (
				last === '.' &&
				!/^(?:\p{Lu}\.|(?:\p{L}\.)+|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|St\.|Gen\.|Sen\.|Rep\.|Gov\.|Jr\.|Sr\.|Lt\.|Col\.|Capt\.)$/u.test(
					text
				)
			) {
				trailing += last;
				end--;
				continue;
			}
			break;
		}
		if (end <= start) continue;
		out.push({ ...span(body, start, end), breakAfter: trailing.length > 0, possessive });
	}
	return out;
}

interface Run {
	words: Word[];
	sentence: number;
	titled: boolean;
	role?: Span;
	prev?: Word;
	next?: Word;
	/** "analysts at Nomura": the name is where people work, not a place. */
	employer?: boolean;
}

/** Capitalised word groups with their name connectors ("Palacio de La Moneda", "Mohammed bin Salman"). */
function runs(body: string, s: Sentence, parse: Parse): Run[] {
	const ws = words(body, s);
	const out: Run[] = [];
	let i = 0;
	while (i < ws.length) {
		if (!isCap(ws[i].text)) {
			i++;
			continue;
		}
		const group = [ws[i]];
		let j = i + 1;
		const joinsPossessive = () => {
			const last = group[group.length - 1];
			return last.possessive && pluralPossessive(body, last) && j < ws.length && isCap(ws[j].text);
		};
		while ((!group[group.length - 1].breakAfter || joinsPossessive()) && j < ws.length) {
			if (isCap(ws[j].text) && !MONTHS_AND_DAYS.has(lower(ws[j].text))) group.push(ws[j++]);
			else if (CONNECTORS.has(ws[j].text) && !ws[j].breakAfter) {
				let k = j;
				while (k < ws.length && CONNECTORS.has(ws[k].text) && !ws[k].breakAfter) k++;
				// "Ministry of Health on Tuesday", "Pisa and Egypt's council": the name ends first.
				if (
					k < ws.length &&
					isCap(ws[k].text) &&
					!MONTHS_AND_DAYS.has(lower(ws[k].text)) &&
					!(ws[k].possessive && ws.slice(j, k).some((w) => w.text === 'and'))
				) {
					group.push(...ws.slice(j, k + 1));
					j = k + 1;
				} else break;
			} else break;
			if (group[group.length - 1].possessive && !joinsPossessive()) break;
		}
		out.push(...splitRun(body, group, ws, i, s, parse));
		i = j;
	}
	return out;
}

/**
 * "Lekki Deep Sea Port opened …": a sentence's first word that leads a name of several words
 * ending in a place or organisation word is the name's own, unless it reads as a common word.
 */
function facilityName(group: Word[], tags: Set<string> | undefined): boolean {
	const last = lower(group[group.length - 1].text);
	return (
		group.length >= 3 &&
		(PLACE_HEADS.has(last) || ORG_HEADS.has(last)) &&
		!!tags &&
		!['Plural', 'Verb', 'Adverb', 'Adjective', 'Determiner', 'Pronoun', 'Preposition'].some((t) =>
			tags.has(t)
		)
	);
}

/**
 * "People's Party", "Fishermen's Union", "Workers' Party": a plural common noun in the
 * possessive belongs to the name that follows; "Egypt's Supreme Council" does not.
 */
function pluralPossessive(body: string, w: Word): boolean {
	return /^['’](?!s)/.test(body.slice(w.end)) || /(?:people|men|women|children)$/i.test(w.text);
}

function splitRun(
	body: string,
	group: Word[],
	ws: Word[],
	at: number,
	s: Sentence,
	parse: Parse
): Run[] {
	// Leading common words ("The", "In", sentence openers) are not part of the name.
	let lead = 0;
	while (lead < group.length) {
		const w = group[lead];
		const tags = parse.tokenAt(w.start)?.tags;
		const first = at + lead === 0 || /["“(]/.test(body[w.start - 1] ?? '');
		const common =
			COMMON_CAPITALISED.has(lower(w.text)) ||
			CONNECTORS.has(w.text) ||
			(first &&
				!facilityName(group.slice(lead), tags) &&
				!!tags &&
				!PERSON_TAGS.some((t) => tags.has(t)) &&
				!tags.has('ProperNoun') &&
				!tags.has('Place') &&
				!tags.has('Organization') &&
				!TITLES.has(lower(w.text)) &&
				!capitalisedElsewhere(body, w.text, s));
		if (!common) break;
		lead++;
	}
	let names = group.slice(lead);
	while (names.length && CONNECTORS.has(names[names.length - 1].text)) names = names.slice(0, -1);
	if (!names.length) return [];
	// "Union president Martin Mallet", "Nurses' union president …": a sentence's first word
	// before a lower-case office is part of the office, not a name of its own.
	if (names.length === 1 && at + lead === 0) {
		const k = ws.indexOf(names[0]);
		const office = ws
			.slice(k + 1, k + 3)
			.filter((w) => !isCap(w.text))
			.some((w) => TITLES.has(lower(w.text)));
		if (office && !isGazetteer(names[0].text)) return [];
	}
	const texts = names.map((w) => lower(w.text));
	// "Epidemiologist Hannah Bell of the London School …": a titled person, then an organisation.
	const of = texts.indexOf('of');
	const headedName = (ts: string[]) => ts.some((t) => ORG_HEADS.has(t) || PLACE_HEADS.has(t));
	// "… Bolor Tsogt of the National University of Mongolia": a person, then where they work.
	const personOfOrg =
		of > 1 && !headedName(texts.slice(0, of)) && texts.slice(of + 1).some((t) => ORG_HEADS.has(t));
	if (of > 1 && ((TITLES.has(texts[0]) && !ORG_HEADS.has(texts[of - 1])) || personOfOrg)) {
		const rest = names.slice(of + 1);
		return [
			...splitRun(body, names.slice(0, of), ws, at + lead, s, parse),
			...splitRun(body, rest, ws, ws.indexOf(rest[0]), s, parse)
		];
	}
	const hasOrgHead = texts.some((t) => ORG_HEADS.has(t));
	// "the Law and Tradition party": a name its body's kind follows in lower case is one name.
	const kindAfter = ws[ws.indexOf(names[names.length - 1]) + 1]?.text;
	const oneBody = !names[names.length - 1].breakAfter && GROUP_NOUNS.test(kindAfter ?? '');
	// "Burkina Faso and Mali" is two names; "University of Oslo" and "Port of Mombasa" are one.
	if (!hasOrgHead && !(PLACE_HEADS.has(texts[0]) && texts[1] === 'of')) {
		const cut = names.findIndex(
			(w, k) => k > 0 && ORG_ONLY_CONNECTORS.has(w.text) && !(oneBody && w.text === 'and')
		);
		if (cut > 0) {
			const rest = names.slice(cut + 1);
			return [
				...splitRun(body, names.slice(0, cut), ws, at + lead, s, parse),
				...splitRun(body, rest, ws, ws.indexOf(rest[0]), s, parse)
			];
		}
	}
	// Titles come off the front: "US Commerce Secretary Laura Whitfield" → "Laura Whitfield".
	let titleEnd = -1;
	for (let k = 0; k < names.length - 1; k++) if (TITLES.has(lower(names[k].text))) titleEnd = k;
	// "Transport Cabinet Secretary Davis Chirchir", "Bank of England Governor Andrew Bailey": an
	// office inside a body, then a name; "General Motors" and "Chief Executive Office" are bodies.
	if (hasOrgHead && titleEnd >= 0) {
		const after = texts.slice(titleEnd + 1);
		if (after.length > 3 || after.some((t) => ORG_HEADS.has(t) || PLACE_HEADS.has(t)))
			titleEnd = -1;
	}
	const before = ws[ws.indexOf(names[0]) - 1];
	const role = titleEnd >= 0 ? span(body, names[0].start, names[titleEnd].end) : undefined;
	let person = names.slice(titleEnd + 1);
	// "Siberian Vostochny Cosmodrome" is the "Vostochny Cosmodrome" named elsewhere.
	const headed = (ws: string[]) => ws.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w));
	while (
		person.length > 2 &&
		headed(person.map((w) => lower(w.text))) &&
		/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(person[0].text)
	)
		person = person.slice(1);
	const onlyDescriptive = person.every(
		(w) =>
			/-based$/.test(w.text) ||
			DEMONYMS.has(lower(w.text)) ||
			DEMONYMS.has(lower(w.text).replace(/s$/, '')) ||
			MONTHS_AND_DAYS.has(lower(w.text).replace(/\.$/, '')) ||
			/^(?:BC|BCE|AD|CE)$/.test(w.text)
	);
	if (onlyDescriptive) return [];
	// "to Zambian investors": a demonym the list lacks, by its ending and the noun it qualifies.
	const following = ws[ws.indexOf(person[person.length - 1]) + 1];
	if (
		person.length === 1 &&
		/^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish)$/u.test(person[0].text) &&
		!person[0].breakAfter &&
		following &&
		/^\p{Ll}/u.test(following.text) &&
		parse.tokenAt(following.start)?.tags.has('Noun')
	)
		return [];
	const titled =
		titleEnd >= 0 ||
		(!!before && TITLES.has(lower(before.text)) && !isCap(before.text) && !before.breakAfter);
	return [
		{
			words: person,
			sentence: s.index,
			titled,
			role: role ?? (titled && before ? roleBefore(body, ws, ws.indexOf(person[0])) : undefined),
			prev: ws[ws.indexOf(person[0]) - 1],
			next: ws[ws.indexOf(person[person.length - 1]) + 1],
			employer:
				lower(ws[ws.indexOf(person[0]) - 1]?.text ?? '') === 'at' &&
				STAFF.test(ws[ws.indexOf(person[0]) - 2]?.text ?? '')
		}
	];
}

/** "North Korean leader Kim Jong-un": the description written right before a name. */
function roleBefore(body: string, ws: Word[], nameAt: number): Span | undefined {
	let k = nameAt - 1;
	const end = ws[k].end;
	while (k >= 0) {
		const w = lower(ws[k].text);
		const fits = TITLES.has(w) || DEMONYMS.has(w) || isCap(ws[k].text);
		if (!fits || (k < nameAt - 1 && ws[k].breakAfter && !ws[k].possessive)) break;
		k--;
	}
	const start = ws[k + 1].start;
	return end > start ? span(body, start, end) : undefined;
}

function capitalisedElsewhere(body: string, word: string, s: Sentence): boolean {
	const re = new RegExp(`[a-z,;] ${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u');
	return re.test(body.slice(0, s.start)) || re.test(body.slice(s.start + word.length));
}

function classify(run: Run, text: string, parse: Parse): EntityType {
	const ws = run.words.map((w) => lower(w.text));
	const prev = run.prev ? lower(run.prev.text) : '';
	if (run.titled && !ws.some((w) => ORG_HEADS.has(w))) return 'person';
	if (formerStates(text)) return 'place';
	if (ws.some((w) => ORG_HEADS.has(w)) || GROUP_NOUNS.test(prev)) return 'org';
	if (isGazetteer(text)) return 'place';
	if (run.employer && !PLACE_HEADS.has(ws[ws.length - 1])) return 'org';
	if (
		PLACE_HEADS.has(ws[0]) ||
		PLACE_HEADS.has(ws[ws.length - 1]) ||
		(prev === 'of' && /^(?:city|town|village|region)$/.test(lower(run.prev?.text ?? '')))
	)
		return 'place';
	if (run.words.length === 1 && isAcronym(run.words[0].text)) return 'org';
	const tags = run.words.map((w) => parse.tokenAt(w.start)?.tags ?? new Set<string>());
	const personTagged = tags.some((t) => PERSON_TAGS.some((p) => t.has(p)));
	const eastAsian = /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-\p{Ll}+$/u.test(text);
	const age =
		!!run.next && /^\d{1,3}$/.test(run.next.text) && run.words[run.words.length - 1].breakAfter;
	if (eastAsian || age) return 'person';
	if (PLACE_PREPOSITIONS.has(prev) && !personTagged) return 'place';
	if (personTagged && run.words.length > 1) return 'person';
	if (tags.some((t) => t.has('Place'))) return 'place';
	if (personTagged) return 'person';
	if (tags.some((t) => t.has('Organization'))) return 'org';
	return 'thing';
}

function isGazetteer(name: string): boolean {
	const n = name.normalize('NFC');
	return isCountry(n) || CITIES.has(n) || REGIONS.has(n);
}

const isCountry = (name: string) => COUNTRIES.has(name.normalize('NFC')) || !!formerStates(name);

function shortForm(name: string, usedShort: string | undefined): string {
	if (usedShort) return usedShort;
	const parts = name.split(' ').filter((p) => !CONNECTORS.has(p));
	if (parts.length < 2) return name;
	return FAMILY_NAME_FIRST.has(lower(parts[0])) || /-\p{Ll}/u.test(parts[1])
		? parts[0]
		: parts[parts.length - 1];
}

function speechFollows(body: string, end: number): boolean {
	return SPEECH_VERBS.test(body.slice(end, end + 20));
}

export function findEntities(body: string, sentences: Sentence[], parse: Parse): Entities {
	const all = sentences.flatMap((s) => runs(body, s, parse));
	const nameOf = (r: Run) => body.slice(r.words[0].start, r.words[r.words.length - 1].end);
	const list: Entity[] = [];
	const byKey = new Map<string, Entity>();
	const tokenOwners = new Map<string, Set<Entity>>();
	const make = (type: EntityType, name: string): Entity => {
		const e: Entity = { id: list.length, type, name, short: name, roles: [], mentions: [] };
		if (type === 'place') e.country = isCountry(name);
		list.push(e);
		byKey.set(fold(name), e);
		// "el-Sisi" is also written "Sisi" on its own.
		const parts = name.split(' ').flatMap((p) => [p, /^(?:al|el)-(\p{Lu}.+)$/u.exec(p)?.[1] ?? '']);
		for (const part of parts)
			if (!CONNECTORS.has(part) && part.length > 1) {
				const owners = tokenOwners.get(fold(part)) ?? new Set();
				owners.add(e);
				tokenOwners.set(fold(part), owners);
			}
		return e;
	};
	// Longer names first, so a later "Kim" finds "Kim Jong-un" whatever the order of mentions.
	const ordered = [...all].sort((a, b) => b.words.length - a.words.length);
	const typeOf = new Map<Run, EntityType>();
	for (const r of ordered) {
		const name = nameOf(r);
		const key = fold(name);
		if (byKey.has(key) || r.words.length === 1) continue;
		// A shorter multi-word form of a known name ("Jong-un Kim" aside) belongs to it.
		const owner = [...byKey.values()].find((e) => e.type !== 'place' && fold(e.name).includes(key));
		if (owner) continue;
		let type = classify(r, name, parse);
		if (type === 'thing' && speechFollows(body, r.words[r.words.length - 1].end)) type = 'person';
		typeOf.set(r, type);
		make(type, name);
	}
	const mentions: Mention[] = [];
	const shortUsed = new Map<Entity, string>();
	for (const r of all) {
		const name = nameOf(r);
		const key = fold(name);
		// "the Putin-Kim summit" joins two names: it is neither.
		if (
			r.words.length === 1 &&
			/\p{L}-\p{Lu}/u.test(name) &&
			name.split('-').every((p) => tokenOwners.has(fold(p)))
		)
			continue;
		let entity = byKey.get(key);
		let ambiguous = false;
		if (!entity) {
			const owners = [...(tokenOwners.get(key) ?? [])];
			const multi = owners.filter((e) => e.name.includes(' '));
			if (r.words.length === 1 && multi.length > 0 && !isGazetteer(name)) {
				const people = multi.filter((e) => e.type === 'person' || e.type === 'org');
				entity = people[0] ?? multi[0];
				ambiguous = people.length > 1;
				// "Wibisono said …" after "Bambang Hartono Wibisono" was left unclassified: a person.
				const surname =
					people.length === 0 &&
					multi.length === 1 &&
					multi[0].type === 'thing' &&
					fold(multi[0].name.split(' ').pop()!) === key &&
					(speechFollows(body, r.words[0].end) || classify(r, name, parse) === 'person');
				if (surname) multi[0].type = 'person';
				else if (
					people.length === 0 &&
					(multi.length > 1 || fold(multi[0].name.split(' ')[0]) !== key)
				)
					entity = undefined;
				else if (!ambiguous) shortUsed.set(entity, name);
			}
			if (!entity && r.words.length > 1) {
				entity = [...byKey.values()].find((e) => fold(e.name).includes(key));
				// "García Martínez" for "Ana García Martínez": the article's own short form.
				if (entity?.type === 'person' && !shortUsed.has(entity)) shortUsed.set(entity, name);
			}
			if (!entity) {
				const initials = [...byKey.values()].find(
					(e) =>
						isAcronym(name) && e.type === 'org' && initialsOf(e.name) === name.replace(/\./g, '')
				);
				let type = initials ? 'org' : classify(r, name, parse);
				if (type === 'thing' && speechFollows(body, r.words[r.words.length - 1].end))
					type = 'person';
				entity = initials ?? make(type as EntityType, name);
			}
		}
		const m: Mention = {
			...span(body, r.words[0].start, r.words[r.words.length - 1].end),
			entity,
			sentence: r.sentence,
			ambiguous,
			role: r.role
		};
		if (r.titled && entity.type !== 'person' && !ambiguous && entity.mentions.length === 0)
			entity.type = 'person';
		if (r.role) entity.roles.push(r.role.text);
		const apposed = appositiveRole(body, sentences[r.sentence], m);
		if (apposed) entity.roles.push(apposed);
		entity.mentions.push(m);
		mentions.push(m);
	}
	for (const e of list) {
		e.short = e.type === 'person' ? shortForm(e.name, shortUsed.get(e)) : e.name;
		if (e.type === 'person') keepHonorific(body, e);
		// A one-word "person" that is also the tail of an organisation or place is not a person.
		if (e.type === 'thing' && e.mentions.length === 0) continue;
	}
	mentions.sort((a, b) => a.start - b.start);
	const live = list.filter((e) => e.mentions.length > 0);
	return {
		list: live,
		mentions,
		in: (start, end) => {
			let lo = 0;
			let hi = mentions.length;
			while (lo < hi) {
				const mid = (lo + hi) >> 1;
				if (mentions[mid].start < start) lo = mid + 1;
				else hi = mid;
			}
			const out: Mention[] = [];
			for (let i = lo; i < mentions.length && mentions[i].start < end; i++)
				if (mentions[i].end <= end) out.push(mentions[i]);
			return out;
		},
		describe: (phrase) => describe(live, phrase)
	};
}

/**
 * "Sheikh Hasina" throughout: a form of address the article uses every time is part of how it
 * names the person, so answers and choices keep it; "Comrade Kim" beside "Kim Jong-un" does not.
 */
function keepHonorific(body: string, e: Entity): void {
	const before = e.mentions.map((m) =>
		/(\p{L}+\.?)\s+$/u.exec(body.slice(Math.max(0, m.start - 16), m.start))
	);
	// Once is no habit: "Dr. Moussa Traoré" named once is Moussa Traoré.
	if (
		before.length < 2 ||
		e.mentions.some((m) => m.ambiguous) ||
		before.some((b) => !b || !HONORIFICS.has(lower(b[1])) || !isCap(b[1]))
	)
		return;
	const honorific = before[0]![1];
	e.mentions.forEach((m, i) => Object.assign(m, span(body, m.start - before[i]![0].length, m.end)));
	e.name = `${honorific} ${e.name}`;
	e.short = `${honorific} ${e.short}`;
}

/** "the tourism minister, Joana Pires" or "Joana Pires, the tourism minister,": an office set off by commas. */
function appositiveRole(body: string, s: Sentence, m: Span): string | undefined {
	const before = /\bthe\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+),\s*$/iu.exec(
		body.slice(s.start, m.start)
	);
	const after = /^,\s+(?:the\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)(?=\s+of\b|\s*[,.;])/u.exec(
		body.slice(m.end, s.end)
	);
	return [before?.[1], after?.[1]].find(
		(role) => role && TITLES.has(lower(role.split(/\s+/).pop()!))
	);
}

function initialsOf(name: string): string {
	return name
		.split(' ')
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
}

const LEADER_WORDS = new Set([
	'leader',
	'president',
	'premier',
	'chancellor',
	'king',
	'chairman',
	'head'
]);

/** Matches "the Russian leader" to the one person whose office says Russian and leader-like. */
function describe(entities: Entity[], phrase: string): Entity | undefined {
	const ws = fold(phrase)
		.replace(/^the /, '')
		.split(' ')
		.filter((w) => w && w !== "'s");
	if (ws.length < 2) return undefined;
	const head = ws[ws.length - 1];
	if (!TITLES.has(head)) return undefined;
	const modifiers = ws.slice(0, -1);
	const fits = entities.filter((e) => {
		if (e.type !== 'person') return false;
		return e.roles.some((r) => {
			const rw = fold(r).split(' ');
			const rHead = rw[rw.length - 1];
			const leads = LEADER_WORDS.has(rHead) || / prime minister$/.test(` ${fold(r)}`);
			const headFits = rHead === head || (LEADER_WORDS.has(head) && leads);
			return headFits && modifiers.every((m) => rw.includes(m));
		});
	});
	return fits.length === 1 ? fits[0] : undefined;
}
