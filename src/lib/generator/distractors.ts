import type { Analysis } from './analyse';
import { nearbyDates } from './dates';
import type { Entity } from './entities';
import { findActions, type Fact } from './facts';
import { BUILTIN } from './lexicon';
import { formatLike, nearbyFractions, type Quantity } from './numbers';
import { fold, hash } from './span';

/** Names and figures other articles in the bank offer as distractors. */
export interface Neighbours {
	person: string[];
	place: string[];
	country: string[];
	org: string[];
	thing: string[];
	action: string[];
}

const SYNTHETIC_FACTORS = [0.5, 1.5, 2, 0.75, 1.25, 3, 0.6, 2.5, 0.4, 1.8];

/** The same person written as the answer is: full name beside full name, "Kim" beside "Putin". */
function asWritten(e: Entity, answer: string): string {
	return fold(answer) === fold(e.name) || answer.includes(' ') ? e.name : e.short;
}

function entityPool(a: Analysis, fact: Fact, near: Neighbours): string[][] {
	const answer = fact.answer.text;
	const e = fact.entity;
	const sameSentence = new Set(
		a.entities.in(fact.sentence.start, fact.sentence.end).map((m) => m.entity)
	);
	const fromArticle = a.entities.list
		.filter(
			(o) =>
				o !== e &&
				o.type === fact.type &&
				!sameSentence.has(o) &&
				!o.mentions.every((m) => m.ambiguous)
		)
		.filter((o) => fact.type !== 'place' || !!o.country === !!e?.country)
		.map((o) => (fact.type === 'person' ? asWritten(o, answer) : o.name));
	const short = fact.type === 'person' && !answer.includes(' ');
	const shorten = (names: string[]) => (short ? names.map((n) => shortOf(n)) : names);
	const kind: 'person' | 'place' | 'country' | 'org' | 'thing' =
		fact.type === 'place'
			? e?.country
				? 'country'
				: 'place'
			: fact.type === 'person'
				? 'person'
				: fact.type === 'org'
					? 'org'
					: 'thing';
	const builtin = kind === 'thing' ? [] : BUILTIN[kind];
	return [fromArticle, shorten(near[kind]), shorten(builtin)];
}

function shortOf(name: string): string {
	const parts = name.split(' ');
	if (parts.length < 2) return name;
	return /-\p{Ll}/u.test(parts[1]) || /^(?:Li|Lee|Kim|Park|Wang|Zhang|Xi)$/.test(parts[0])
		? parts[0]
		: parts[parts.length - 1];
}

function quantityPool(a: Analysis, q: Quantity, fact: Fact, seed: number): string[][] {
	const unit = (x: Quantity) => x.unit.toLowerCase().replace(/s$/, '');
	const fromArticle = a.quantities
		.filter(
			(o) =>
				o !== q &&
				o.measure === q.measure &&
				unit(o) === unit(q) &&
				!(o.start >= fact.sentence.start && o.end <= fact.sentence.end)
		)
		.filter((o) => o.value / q.value < 10 && q.value / o.value < 10 && o.value !== q.value)
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
			if (q.measure === 'percent' && v >= 100) return undefined;
			return formatLike(q, v);
		})
		.filter((x): x is string => !!x);
	return [fromArticle, synthetic];
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
	else if (fact.type === 'action')
		tiers = [
			findActions(a)
				.filter(
					(x) => x.frame.sentence !== fact.sentence && fold(x.subject) !== fold(fact.actor ?? '')
				)
				.map((x) => x.answer.text),
			near.action
		];
	else if (fact.type === 'thing')
		tiers = [...entityPool(a, fact, near), variants(fact.answer.text)];
	else if (fact.type === 'date' && fact.date) {
		const inSentence = a.dates
			.filter((d) => d.start >= fact.sentence.start && d.end <= fact.sentence.end)
			.map((d) => fold(d.text));
		tiers = [nearbyDates(fact.date, seed).filter((d) => !inSentence.includes(fold(d)))];
	} else tiers = entityPool(a, fact, near);
	const answer = fold(fact.answer.text).replace(/^the /, '');
	const prompt = fold(fact.prompt);
	const aliases = fact.entity ? [fact.entity.name, fact.entity.short].map(fold) : [];
	const taken = new Set([answer, ...aliases]);
	const candidates: { text: string; tier: number }[] = [];
	tiers.forEach((tier, i) => {
		for (const text of tier) {
			const key = fold(text).replace(/^the /, '');
			if (taken.has(key) || prompt.includes(key) || key.includes(answer) || answer.includes(key))
				continue;
			taken.add(key);
			candidates.push({ text: matchArticle(text, fact.answer.text), tier: i });
		}
	});
	const len = fact.answer.text.length;
	candidates.sort(
		(x, y) =>
			x.tier - y.tier ||
			Math.abs(x.text.length - len) - Math.abs(y.text.length - len) ||
			hash(x.text) - hash(y.text)
	);
	const chosen = candidates.slice(0, 3);
	if (chosen.length === 3 && chosen.every((c) => c.text.length < len)) {
		const longer = candidates.slice(3).find((c) => c.text.length >= len);
		if (longer) chosen[2] = longer;
	}
	return chosen.map((c) => c.text);
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
	const near: Neighbours = { person: [], place: [], country: [], org: [], thing: [], action: [] };
	for (const a of analyses) {
		near.action.push(...findActions(a).map((x) => x.answer.text));
		for (const e of a.entities.list) {
			if (e.type === 'person' && e.name.includes(' ')) near.person.push(e.name);
			else if (e.type === 'place') (e.country ? near.country : near.place).push(e.name);
			else if (e.type === 'org') near.org.push(e.name);
			else if (e.type === 'thing') near.thing.push(e.name);
		}
	}
	return near;
}
