import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { generate } from './index';
import { BUILTIN, COUNTRIES } from './lexicon';
import { fold } from './span';

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
const people = writtenForms([...ofType('person'), ...BUILTIN.person]);
const places = writtenForms([...ofType('place'), ...BUILTIN.place, ...BUILTIN.country]);
const orgs = writtenForms([...ofType('org'), ...BUILTIN.org]);

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
		const signed = questions.find((q) => q.prompt.startsWith('Which country signed a treaty'));
		expect(signed?.answer).toBe('Kenya and Uganda');
		expect(signed?.distractors).not.toContain('Kenya');
		expect(signed?.distractors).not.toContain('Uganda');
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
