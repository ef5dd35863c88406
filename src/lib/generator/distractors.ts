import type { Analysis } from './analyse';
import { nearbyDates } from './dates';
import type { Entity } from './entities';
import { findActions, findObjects, type Fact } from './facts';
import { formatLike, nearbyFractions, type Quantity } from './numbers';
import { fold, hash } from './span';
import { countryOf, countryVotes, peopleOf, sameCountry } from './countries';
import { otherScores } from './scores';
import { findOffences, OFFENCES } from './offences';
import { formerStates, HONORIFICS } from './lexicon';
import {
	fallbacks,
	orgKind,
	orgKindOf,
	placeScale,
	worldOf,
	type OrgKind,
	type PlaceScale,
	type World
} from './world';

/** Names and figures other articles in the bank offer as distractors. */
export interface Neighbours {
	person: string[];
	place: string[];
	country: string[];
	org: string[];
	thing: string[];
	action: string[];
	object: string[];
	/** The part of the world and the countries each name's article is about, where it says. */
	homeOf: Map<string, { world?: World; countries: Set<string> }>;
}

const SYNTHETIC_FACTORS = [0.5, 1.5, 2, 0.75, 1.25, 3, 0.6, 2.5, 0.4, 1.8];

type NameForm = 'full' | 'family' | 'given';

/** "Dr. Diallo" is a family name however it is addressed. */
const bare = (name: string) =>
	name.replace(/^(\p{L}+\.?)\s+/u, (w, h: string) => (HONORIFICS.has(h.toLowerCase()) ? '' : w));

/** How the answer names its person: in full, by family name ("Putin", "Kim") or by given name. */
function nameForm(e: Entity | undefined, answer: string): NameForm {
	const said = bare(answer);
	if (said.includes(' ')) return 'full';
	const parts = bare(e?.name ?? '').split(' ');
	return parts.length > 1 && said === parts[0] && shortOf(parts.join(' ')) !== said
		? 'given'
		: 'family';
}

/** Another person written in the answer's form: full name beside full name, "Kim" beside "Putin". */
function writtenAs(name: string, short: string, form: NameForm): string | undefined {
	const parts = bare(name).split(' ');
	if (form === 'full') return parts.length > 1 ? name : undefined;
	const family = shortOf(bare(name));
	if (form === 'given') return parts.length > 1 && family !== parts[0] ? parts[0] : undefined;
	// "Amina" is how the article calls Amina Diallo: beside family names she is "Diallo".
	return bare(short) === parts[0] && family !== parts[0] ? family : short;
}

/** A research institute beside a foundation reads as one more body of its sort. */
const KINDRED: Partial<Record<OrgKind, OrgKind>> = {
	institution: 'charity',
	charity: 'institution'
};

function entityPool(a: Analysis, fact: Fact, near: Neighbours): string[][] {
	const answer = fact.answer.text;
	const e = fact.entity;
	const sameSentence = new Set(
		a.entities.in(fact.sentence.start, fact.sentence.end).map((m) => m.entity)
	);
	const others = a.entities.list.filter(
		(o) =>
			o !== e &&
			o.type === fact.type &&
			!sameSentence.has(o) &&
			!o.mentions.every((m) => m.ambiguous)
	);
	const world = worldOf(a.entities.list.filter((o) => o.type === 'place'));
	if (fact.type === 'person') {
		const form = nameForm(e, answer);
		const inForm = (names: string[]) => names.flatMap((n) => writtenAs(n, shortOf(n), form) ?? []);
		const places = a.entities.list.filter((o) => o.type === 'place');
		// A name from an article about another part of the world stands out as much as a made-up one.
		const countries = countryVotes(places);
		const nearby = near.person.filter((n) => {
			const home = near.homeOf.get(n);
			return (
				!home?.world ||
				!world ||
				home.world === world ||
				[...home.countries].some((c) => countries.has(c))
			);
		});
		return [
			others.flatMap((o) => writtenAs(o.name, o.short, form) ?? []),
			inForm(nearby),
			inForm(peopleOf(countryOf(places))),
			inForm(fallbacks('person', world))
		];
	}
	if (fact.type === 'place') {
		const scale = e ? placeScale(e, a.body) : 'place';
		// A region beside regions, a city beside towns: a choice of another scale gives itself away.
		const wide = (x: PlaceScale) => x === 'country' || x === 'region' || x === 'former';
		const fits = (x: PlaceScale) =>
			x === scale || (!wide(scale) && !wide(x)) || (scale === 'site' && x === 'region');
		const nearby =
			scale === 'country'
				? near.country.filter((n) => !formerStates(n))
				: wide(scale)
					? []
					: near.place;
		// A port beside ports and a city beside cities first; the other scale only to fill up.
		const scaled = others.map((o) => ({ name: o.name, scale: placeScale(o, a.body) }));
		const known =
			scale === 'region' ? 'region' : scale === 'city' || scale === 'place' ? 'city' : undefined;
		const places = a.entities.list.filter((o) => o.type === 'place').map((o) => o.name);
		return [
			scaled.filter((o) => o.scale === scale).map((o) => o.name),
			nearby,
			// Of the answer's own country first, then of its part of the world.
			known ? sameCountry(answer, known, places) : [],
			fallbacks('place', world, scale, undefined, answer),
			scaled.filter((o) => o.scale !== scale && fits(o.scale)).map((o) => o.name)
		];
	}
	if (fact.type === 'org') {
		const kindOf = (o: Entity) => orgKindOf(o, o.name, a.body);
		const own = orgKindOf(e, answer, a.body);
		// Any body that reports can be offered as a source; other sub-types keep to their own kind.
		const kind = own === 'other' && fact.kind === 'source' ? 'media' : own;
		// A ministry beside a party or a company gives itself away: a body of another known kind
		// is never offered, one of unknown kind only to fill up.
		const filler = (o: Entity) =>
			kind === 'other' ||
			fact.kind === 'source' ||
			kindOf(o) === 'other' ||
			KINDRED[kind] === kindOf(o);
		return [
			others.filter((o) => kindOf(o) === kind).map((o) => o.name),
			near.org.filter((n) => orgKind(n) === kind),
			fallbacks('org', world, undefined, kind, answer),
			others.filter((o) => kindOf(o) !== kind && filler(o)).map((o) => o.name)
		];
	}
	return [others.map((o) => o.name), near.thing];
}

function shortOf(name: string): string {
	const parts = name.split(' ');
	if (parts.length < 2) return name;
	return /-\p{Ll}/u.test(parts[1]) ||
		/^(?:Li|Lee|Kim|Park|Wang|Zhang|Xi|Liu|Chen|Zhao)$/.test(parts[0])
		? parts[0]
		: parts[parts.length - 1];
}

function quantityPool(a: Analysis, q: Quantity, fact: Fact, seed: number): string[][] {
	const unit = (x: Quantity) => x.unit.toLowerCase().replace(/s$/, '');
	const cap = statedTotal(a.body, q);
	const fromArticle = a.quantities
		.filter(
			(o) =>
				o !== q &&
				o.measure === q.measure &&
				unit(o) === unit(q) &&
				!(o.start >= fact.sentence.start && o.end <= fact.sentence.end)
		)
		.filter((o) => o.value / q.value < 10 && q.value / o.value < 10 && o.value !== q.value)
		.filter((o) => o.value < cap)
		// "23.5 percent" beside "40 per cent" would stand out as the odd one: written like the answer.
		.map((o) => o.figure.text + q.text.slice(q.figure.end - q.start));
	if (q.measure === 'fraction') return [fromArticle, nearbyFractions(q)];
	const integer = Number.isInteger(
		q.value / 10 ** Math.max(0, Math.floor(Math.log10(q.value)) - 1)
	);
	const start = seed % SYNTHETIC_FACTORS.length;
	const factors = [...SYNTHETIC_FACTORS.slice(start), ...SYNTHETIC_FACTORS.slice(0, start)];
	const synthetic = factors
		.map((f) => {
			let v = q.value * f;
			// Round to as many significant figures as the answer shows, so no choice looks made up.
			const digits = Math.max(
				1,
				String(q.figure.text.replace(/\D/g, '').replace(/0+$/, '')).length
			);
			const mag = 10 ** (Math.floor(Math.log10(v)) - digits + 1);
			v = integer ? Math.round(v / mag) * mag : v;
			if ((q.measure === 'percent' && v >= 100) || v >= cap) return undefined;
			return formatLike(q, v);
		})
		.filter((x): x is string => !!x);
	return [fromArticle, synthetic];
}

/**
 * "48 of the 126 seats": the whole the article states for the answer's unit; no choice may
 * reach it (a party cannot win more seats than the house has).
 */
function statedTotal(body: string, q: Quantity): number {
	const unit = q.unit.split(' ').pop();
	if (q.measure !== 'count' && q.measure !== 'bare') return Infinity;
	// A bare figure ("down from 235") counts what the article's stated whole counts.
	const noun = unit ? `${unit.replace(/s$/, '')}s?` : '\\p{L}+';
	const re = new RegExp(`\\bof\\s+(?:the|all|its|their)\\s+([\\d,]+)\\s+${noun}\\b`, 'giu');
	const totals = [...body.matchAll(re)].map((m) => Number(m[1].replace(/,/g, '')));
	// The answer may be the whole itself ("the chamber has 155 seats").
	const above = totals.filter((t) => t > q.value);
	return above.length ? Math.max(...above) : Infinity;
}

/** "Three judges" beside "nine judges": every choice starts the way the answer does. */
function caseLike(text: string, answer: string): string {
	if (/^\p{Lu}/u.test(answer) && /^\p{Ll}/u.test(text))
		return text[0].toUpperCase() + text.slice(1);
	if (/^\p{Ll}/u.test(answer) && /^\p{Lu}\p{Ll}/u.test(text) && /^\d|^[a-z]/.test(answer))
		return text[0].toLowerCase() + text.slice(1);
	return text;
}

/**
 * Three wrong choices of the answer's type, from the article first, then its neighbours,
 * then the built-in lists; never the answer, an alias of it, or anything the prompt names.
 * Lengths are balanced so the answer is not the longest choice more often than chance.
 */
export function pickDistractors(a: Analysis, fact: Fact, near: Neighbours): string[] {
	const seed = hash(fact.prompt);
	let tiers: string[][];
	if (fact.type === 'quantity' && fact.quantity) tiers = quantityPool(a, fact.quantity, fact, seed);
	else if (fact.type === 'score') tiers = [otherScores(fact.answer.text)];
	else if (fact.type === 'offence')
		tiers = [a.sentences.flatMap((s) => findOffences(a, s)).map((o) => o.answer.text), OFFENCES];
	else if (fact.type === 'action')
		tiers = [
			findActions(a)
				.filter(
					(x) => x.frame.sentence !== fact.sentence && fold(x.subject) !== fold(fact.actor ?? '')
				)
				.map((x) => x.answer.text),
			near.action
		];
	else if (fact.type === 'object') {
		// What others offered first, then anything else the article says was done to something;
		// what someone else gave in the same sentence is as wrong as any.
		const others = findObjects(a).filter(
			(x) => x.answer.start !== fact.answer.start && fold(x.subject) !== fold(fact.actor ?? '')
		);
		tiers = [
			others.filter((x) => x.giving).map((x) => x.answer.text),
			others.filter((x) => !x.giving).map((x) => x.answer.text),
			near.object
		];
	} else if (fact.type === 'thing')
		tiers = [...entityPool(a, fact, near), variants(fact.answer.text)];
	else if (fact.type === 'date' && fact.date) {
		const inSentence = a.dates
			.filter((d) => d.start >= fact.sentence.start && d.end <= fact.sentence.end)
			.map((d) => fold(d.text));
		tiers = [nearbyDates(fact.date, seed).filter((d) => !inSentence.includes(fold(d)))];
	} else tiers = pairedLike(fact, entityPool(a, fact, near));
	const answer = fold(fact.answer.text).replace(/^the /, '');
	const prompt = fold(fact.prompt);
	const aliases = fact.entity ? [fact.entity.name, fact.entity.short].map(fold) : [];
	const taken = new Set([answer, ...aliases]);
	let candidates: { text: string; tier: number }[] = [];
	tiers.forEach((tier, i) => {
		for (const text of tier) {
			const key = fold(text).replace(/^the /, '');
			if (taken.has(key) || prompt.includes(key) || key.includes(answer) || answer.includes(key))
				continue;
			taken.add(key);
			// An object is a phrase of its own: its article is part of what it says.
			const written = fact.type === 'object' ? text : matchArticle(text, fact.answer.text);
			candidates.push({
				text: fact.type === 'quantity' ? caseLike(written, fact.answer.text) : written,
				tier: i
			});
		}
	});
	const len = fact.answer.text.length;
	candidates.sort(
		(x, y) =>
			x.tier - y.tier ||
			Math.abs(x.text.length - len) - Math.abs(y.text.length - len) ||
			hash(x.text) - hash(y.text)
	);
	// "Which court ruled …?" is answered by courts only, however many bodies the article names.
	const asked = /\bwhich (\p{L}+)/iu.exec(fact.prompt)?.[1].toLowerCase();
	const head = asked && new RegExp(`\\b${asked}\\b`, 'i');
	if (fact.type === 'org' && head && head.test(fact.answer.text))
		candidates = candidates.filter((c) => head.test(c.text));
	const chosen = candidates.slice(0, 3);
	if (chosen.length === 3 && chosen.every((c) => c.text.length < len)) {
		const longer = candidates.slice(3).find((c) => c.text.length >= len);
		if (longer) chosen[2] = longer;
	}
	return chosen.map((c) => c.text);
}

/**
 * "Kenya and Uganda" beside "Tanzania" alone gives itself away: a pair is offered beside pairs,
 * none with either of the answer's own names.
 */
function pairedLike(fact: Fact, tiers: string[][]): string[][] {
	const members = fold(fact.answer.text).split(' and ');
	if (members.length !== 2 || !fact.entity || fold(fact.entity.name).includes(' and '))
		return tiers;
	const prompt = fold(fact.prompt);
	// A place's last tier mixes scales to fill up: a city paired with a region reads as made up.
	const fitting = fact.type === 'place' ? tiers.slice(0, -1) : tiers;
	return fitting.map((tier) => {
		const names = [...new Set(tier)].filter(
			(n) => !members.includes(fold(n)) && !prompt.includes(fold(n))
		);
		return names.flatMap((n, i) =>
			i % 2 === 0 && names[i + 1] ? [`${n} and ${names[i + 1]}`] : []
		);
	});
}

/** "NorMal-1" → "NorMal-2", "NorMal-3": a made-up sibling of a coded name. */
function variants(name: string): string[] {
	const digits = /\d+(?!.*\d)/.exec(name);
	if (!digits) return [];
	const n = Number(digits[0]);
	return [n + 1, n + 2, n + 3, n > 1 ? n - 1 : n + 4].map(
		(v) => name.slice(0, digits.index) + v + name.slice(digits.index + digits[0].length)
	);
}

/** "the World Bank" beside an answer without "the" loses it, and the other way round. */
function matchArticle(text: string, answer: string): string {
	const answerHasThe = /^the\s/i.test(answer);
	if (!answerHasThe) return text.replace(/^the\s+/i, '');
	return /^the\s/i.test(text) ? text : `the ${text}`;
}

export function neighboursOf(analyses: Analysis[]): Neighbours {
	const near: Neighbours = {
		person: [],
		place: [],
		country: [],
		org: [],
		thing: [],
		action: [],
		object: [],
		homeOf: new Map()
	};
	for (const a of analyses) {
		const places = a.entities.list.filter((e) => e.type === 'place');
		const home = { world: worldOf(places), countries: new Set(countryVotes(places).keys()) };
		for (const e of a.entities.list) near.homeOf.set(e.name, home);
		near.action.push(...findActions(a).map((x) => x.answer.text));
		near.object.push(...findObjects(a).map((x) => x.answer.text));
		for (const e of a.entities.list) {
			if (e.type === 'person' && e.name.includes(' ')) near.person.push(e.name);
			else if (e.type === 'place' && e.country) near.country.push(e.name);
			// Towns only: a region or a spaceport from another article is of another scale.
			else if (e.type === 'place' && /^(?:city|place)$/.test(placeScale(e, a.body)))
				near.place.push(e.name);
			else if (e.type === 'org') near.org.push(e.name);
			else if (e.type === 'thing') near.thing.push(e.name);
		}
	}
	return near;
}
