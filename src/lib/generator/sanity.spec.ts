import { describe, expect, it } from 'vitest';
import { sanityProblem } from './sanity';

const body =
	'Kuroda will pay 410 pence per share, the exchange said. Analysts said Kuroda had room to pay more.';
const choices = ['Monday', 'Tuesday', 'Friday', 'Sunday'];

describe('sanityProblem', () => {
	it('passes a clean question', () => {
		expect(sanityProblem('When did Kuroda say it would pay 410 pence?', choices, body)).toBe(
			undefined
		);
	});

	it.each([
		['How much will the programme cost 28 trillion dong ( ) in its first year?', 'empty brackets'],
		['How much (in dollars will it cost?', 'unbalanced'],
		['When did the the ministry say?', 'doubled word'],
		['According to the article, who was the Health minister dr.?', 'title abbreviation'],
		['according to the article, who spoke?', 'lower case'],
		['Which figure fills the gap: “in the ___ th minute”?', 'cuts a word'],
		['Which source reported that kuroda will pay 410 pence per share?', '"kuroda"']
	])('drops %s', (prompt, reason) => {
		expect(sanityProblem(prompt, choices, body)).toContain(reason);
	});

	it('keeps words English doubles on purpose and gaps before ordinary words', () => {
		expect(sanityProblem('Who said that that deal had had no effect?', choices, body)).toBe(
			undefined
		);
		expect(
			sanityProblem('Which place fills the gap: “The ___ stock exchange fell”?', choices, body)
		).toBe(undefined);
	});

	it('drops a choice that is a month name cut short, not its usual abbreviation', () => {
		expect(sanityProblem('When will it start?', ['1 July', '1 June', '1 Augu'], body)).toContain(
			'"1 Augu"'
		);
		// "August" in the article does not make its first four letters a word.
		expect(
			sanityProblem('When will it start?', ['4 July', '4 June', '4 Augu'], 'It began on 1 August.')
		).toContain('"4 Augu"');
		expect(sanityProblem('When will it start?', ['1 July', '1 June', '1 Sept'], body)).toBe(
			undefined
		);
		expect(sanityProblem('Where?', ['Stade de la Paix', 'Abidjan', 'Enugu'], body)).toBe(undefined);
	});
});
