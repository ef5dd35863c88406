import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { knownPlaces, peopleOf } from './countries';
import type { Entity } from './entities';
import { generate } from './index';
import { COUNTRIES, formerStates } from './lexicon';
import { fold } from './span';
import { allFallbacks, orgKind, orgKindOf, placeScale } from './world';

const treaty = `Kampala, October 2 - Kenya and Uganda signed a treaty on Tuesday to share the waters of Lake Victoria, ending a dispute that began in 2019.
Kenyan Water Minister Achieng Odhiambo and Ugandan Energy Minister Robert Kato signed the deal at State House in Entebbe.
Odhiambo said the treaty would protect 30 million people who depend on the lake.
Kato said that Uganda would build two new dams on the Nile by 2030.
The World Bank will lend $600 million for the dams, according to the Ugandan government.
Tanzania, which also borders the lake, sent its foreign minister, Neema Mushi, to Entebbe as an observer.
Mushi said Tanzania would decide in January whether to join the treaty.`;

const a = analyse(treaty, '2024-10-02');
const { questions } = generate({ body: treaty, published: '2024-10-02' });

/** Every way a built-in or article name may be written as a choice: in full, or short. */
function writtenForms(names: string[]): Set<string> {
	return new Set(
		names.flatMap((n) => [n, ...n.split(' ')]).map((n) => fold(n).replace(/^the /, ''))
	);
}
const ofType = (type: string) =>
	a.entities.list.filter((e) => e.type === type).flatMap((e) => [e.name, e.short]);
const people = writtenForms([...ofType('person'), ...allFallbacks('person')]);
const places = writtenForms([...ofType('place'), ...allFallbacks('place')]);
const orgs = writtenForms([...ofType('org'), ...allFallbacks('org')]);

describe('distractors', () => {
	it('give every question at least three distinct choices besides the answer', () => {
		expect(questions.length).toBeGreaterThan(10);
		for (const q of questions) {
			const choices = [q.answer, ...q.distractors].map(fold);
			expect(q.distractors.length).toBeGreaterThanOrEqual(3);
			expect(new Set(choices).size, q.prompt).toBe(choices.length);
		}
	});

	it('are of the answer’s type: people for people, places for places, organisations for organisations', () => {
		const check = (kind: string, pool: Set<string>, isOfKind: (answer: string) => boolean) => {
			const asked = questions.filter((q) => q.kind === kind && isOfKind(q.answer));
			expect(asked.length, kind).toBeGreaterThan(0);
			for (const q of asked)
				for (const d of q.distractors)
					expect(pool.has(fold(d).replace(/^the /, '')), `${d} beside ${q.answer}`).toBe(true);
		};
		check('who', people, (answer) => people.has(fold(answer)));
		check('where', places, (answer) => places.has(fold(answer)));
		check('who', orgs, (answer) => orgs.has(fold(answer)));
	});

	it('answer a country with countries', () => {
		const asked = questions.filter((q) => q.kind === 'where' && COUNTRIES.has(q.answer));
		expect(asked.length).toBeGreaterThan(0);
		for (const q of asked) for (const d of q.distractors) expect(COUNTRIES.has(d), d).toBe(true);
	});

	it('are never another name for the answer', () => {
		for (const q of questions) {
			const mention = a.entities.mentions.find(
				(m) => m.start >= q.evidence.start && m.end <= q.evidence.end && m.text === q.answer
			);
			if (!mention) continue;
			const aliases = [mention.entity.name, mention.entity.short, q.answer].map(fold);
			for (const d of q.distractors) expect(aliases, q.prompt).not.toContain(fold(d));
		}
	});

	it('are never a second true answer named beside the real one', () => {
		for (const q of questions)
			for (const d of q.distractors) {
				const named = new RegExp(
					`(?<![\\p{L}\\d$])${d.replace(/[$.]/g, '\\$&')}(?![\\p{L}\\d])`,
					'u'
				);
				expect(named.test(q.evidence.text), `${d} in “${q.evidence.text}”`).toBe(false);
			}
		// "Kenya and Uganda signed": neither country alone is the answer, nor a wrong choice.
		const signed = questions.find((q) => q.prompt.startsWith('Which countries signed a treaty'));
		expect(signed?.answer).toBe('Kenya and Uganda');
		expect(signed?.distractors).not.toContain('Kenya');
		expect(signed?.distractors).not.toContain('Uganda');
	});

	it('answer a pair of names with pairs, none holding either true name', () => {
		const signed = questions.find((q) => q.answer === 'Kenya and Uganda');
		expect(signed?.distractors).toHaveLength(3);
		for (const d of signed!.distractors) {
			const [first, second] = d.split(' and ');
			expect(second, d).toBeDefined();
			for (const name of [first, second]) {
				expect(places.has(fold(name)), name).toBe(true);
				expect(['Kenya', 'Uganda']).not.toContain(name);
			}
		}
	});
});

describe('distractors from other articles', () => {
	const lone = `Nairobi, May 6 - Kenyan runner Faith Chepkoech won the city marathon on Sunday in two hours and 21 minutes.
Chepkoech said the cool weather helped her break the course record by 40 seconds.`;
	const other = `Addis Ababa - Ethiopian coach Tesfaye Bekele picked runner Almaz Girma for the world championships.
Team doctor Hirut Tadesse said Girma was fit, and former champion Meseret Alemu agreed.`;

	it('come from the bank’s other articles before the built-in names when the article names too few people', () => {
		const alone = generate({ body: lone, published: '2024-05-06' }).questions;
		const withBank = generate(
			{ body: lone, published: '2024-05-06' },
			{ otherArticles: [{ body: other }] }
		).questions;
		const winner = (qs: typeof alone) => qs.find((q) => q.answer.includes('Chepkoech'));
		expect(winner(alone)?.distractors.every((d) => people.has(fold(d)))).toBe(true);
		const fromBank = ['Tesfaye Bekele', 'Almaz Girma', 'Hirut Tadesse', 'Meseret Alemu'].flatMap(
			(n) => [n, ...n.split(' ')]
		);
		// One built-in name may still stand in, to keep the answer from being the longest choice.
		const banked = winner(withBank)!.distractors.filter((d) => fromBank.includes(d));
		expect(banked.length).toBeGreaterThanOrEqual(2);
	});
});

describe('places from other articles', () => {
	it('lend a town to a town, never a region or a spaceport', () => {
		const floods = `Kazan, May 3 - Floods hit Kazan on Monday, damaging 400 homes, mayor Ilnur Sadykov said.
Sadykov said rescue teams from Samara had arrived on Tuesday.`;
		const launch = `A rocket lifted off from the Vostochny Cosmodrome in the Amur Oblast on Friday, officials in Blagoveshchensk said.`;
		const samara = generate(
			{ body: floods, published: '2024-05-03' },
			{ otherArticles: [{ body: launch }] }
		).questions.filter((q) => q.kind === 'where' && q.answer === 'Samara');
		expect(samara.length).toBeGreaterThan(0);
		for (const q of samara) {
			expect(q.distractors).not.toContain('Amur Oblast');
			expect(q.distractors).not.toContain('Vostochny Cosmodrome');
		}
	});
});

describe('built-in distractors for a place', () => {
	const fires = `Blagoveshchensk, July 9 - Forest fires have burned 120,000 hectares in the Amur Oblast since June, regional governor Vasily Orlov said on Tuesday.
Orlov said 2,300 firefighters were working in the region and that smoke had reached the city of Blagoveshchensk.
Emergency Situations Minister Alexander Kurenkov flew to Blagoveshchensk on Monday to lead the response, and Moscow sent 12 water-bombing aircraft.`;
	const floods = `Austin, May 2 - Floods in Texas killed 14 people on Sunday, Governor Greg Abbott said.
Abbott said the National Guard had rescued 300 people near Houston and that more rain was expected on Tuesday.`;
	const choicesFor = (body: string, answer: string) =>
		generate({ body, published: '2024-07-09' }).questions.find(
			(q) => q.kind === 'where' && q.answer === answer
		)?.distractors ?? [];
	const countriesOf = (names: string[]) =>
		names.map((n) => [...new Set(knownPlaces(n).map((k) => k.country))].join());

	it('are regions of its own country for a region: Russian beside Russian, US states beside a state', () => {
		const russian = choicesFor(fires, 'Amur Oblast');
		expect(russian).toHaveLength(3);
		expect(countriesOf(russian)).toEqual(['Russia', 'Russia', 'Russia']);
		for (const d of russian)
			expect(placeScale({ name: d, mentions: [] } as unknown as Entity, '')).toBe('region');
		const states = choicesFor(floods, 'Texas');
		expect(countriesOf(states)).toEqual(['United States', 'United States', 'United States']);
	});

	it('are cities of its own country for a city', () => {
		expect(countriesOf(choicesFor(fires, 'Moscow'))).toEqual(['Russia', 'Russia', 'Russia']);
		expect(countriesOf(choicesFor(floods, 'Houston'))).toEqual(Array(3).fill('United States'));
	});

	it('come from the part of the world when the country is not known, and match a street with streets', () => {
		const street = `Nairobi, June 4 - The central bank cut its main rate to 9.5 percent on Tuesday, Governor Amina Yusuf told reporters at the bank's headquarters on Haile Selassie Avenue.`;
		expect(choicesFor(street, 'Haile Selassie Avenue')).toHaveLength(3);
		for (const d of choicesFor(street, 'Haile Selassie Avenue')) expect(d).toMatch(/ Avenue$/);
	});
});

describe('distractors of the answer’s sub-type', () => {
	const ruling = `Nairobi, June 4 - Kenya's High Court on Tuesday blocked a plan by the Ministry of Energy to sell a stake in Kenya Power to the Chinese firm Sinohydro. The Kenya Union of Electrical Workers had challenged the sale, saying 3,000 jobs were at risk.
Judge Mary Wanjiku said the ministry had not consulted Parliament. Shares in Kenya Power fell 4 percent on the Nairobi Securities Exchange.
The Ethics and Anti-Corruption Commission said it would investigate the tender, which the newspaper Daily Nation first reported in March. In the 1970s the Soviet Union had offered to build a dam on the Tana River, the court heard.`;
	const analysis = analyse(ruling, '2024-06-04');
	const asked = generate({ body: ruling, published: '2024-06-04' }).questions;
	const orgOf = (name: string) =>
		analysis.entities.list.find((e) => e.type === 'org' && e.name === name);

	it('never offer a country of the past as an organisation, and ask one beside its like', () => {
		for (const q of asked)
			if (q.answer !== 'Soviet Union')
				expect(q.distractors, q.prompt).not.toContain('Soviet Union');
		const soviet = asked.find((q) => q.answer === 'Soviet Union');
		expect(soviet?.distractors).toHaveLength(3);
		for (const d of soviet!.distractors) expect(formerStates(d), d).toBeDefined();
	});

	it('offer a ministry, court or company only bodies of its own kind or of no known kind', () => {
		const typed = asked.filter((q) => {
			const e = orgOf(q.answer);
			return e && orgKindOf(e, e.name, ruling) !== 'other';
		});
		expect(typed.length).toBeGreaterThanOrEqual(4);
		for (const q of typed) {
			const kind = orgKindOf(orgOf(q.answer), q.answer, ruling);
			for (const d of q.distractors)
				expect([kind, 'other'], `${d} beside ${q.answer}`).toContain(orgKind(d));
		}
	});

	it('answer "Which union …?" with unions only', () => {
		const union = asked.find((q) => /^Which union\b/.test(q.prompt));
		expect(union?.answer).toBe('Kenya Union of Electrical Workers');
		for (const d of union!.distractors) expect(d).toMatch(/\bUnion\b/);
	});
});

describe('built-in distractors for a person', () => {
	const shipyard = `Gdańsk, March 3 - Shipyard workers in Gdańsk ended a two-week strike on Monday after the owner agreed to raise wages by 9 percent, union leader Tomasz Wrona said.
Wrona said the 2,400 workers would return to the docks in Gdańsk on Wednesday. The port of Gdynia reported no delays, and ferries to Sweden sailed as planned.`;
	const dykes = `Hanoi, May 5 - Vietnam will build 300 kilometres of new sea dykes in the Mekong Delta by 2030, deputy agriculture minister Trịnh Văn Phúc said on Monday.
Phúc said the dykes would protect 1.2 million people in Cà Mau and Bạc Liêu from rising seas. Vietnam will spend 18 trillion dong on the work, he told reporters in Hanoi.`;
	const whoChoices = (body: string, others: { body: string }[] = []) =>
		generate({ body, published: '2025-05-05' }, { otherArticles: others })
			.questions.filter((q) => q.kind === 'who' && !/organisation|company/.test(q.prompt))
			.flatMap((q) => q.distractors);

	it('are names of the article’s own country, written as its press writes them', () => {
		for (const [body, country, named] of [
			[shipyard, 'Poland', 'Tomasz Wrona'],
			[dykes, 'Vietnam', 'Trịnh Văn Phúc']
		]) {
			const choices = whoChoices(body);
			expect(choices.length, country).toBeGreaterThanOrEqual(3);
			const local = writtenForms([...peopleOf(country), named]);
			for (const d of choices) expect(local.has(fold(d)), `${d} in ${country}`).toBe(true);
		}
	});

	it('come from the bank’s other articles only when they are about the same part of the world', () => {
		const polish = writtenForms(['Tomasz Wrona', ...peopleOf('Poland')]);
		for (const d of whoChoices(dykes, [{ body: shipyard }]))
			expect(polish.has(fold(d)), d).toBe(false);
	});
});
