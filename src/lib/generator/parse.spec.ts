import { describe, expect, it } from 'vitest';
import { parse } from './parse';

const verbs = (body: string) =>
	parse(body).verbs.map(({ text, infinitive, auxiliary, past, copula, negative }) => ({
		text,
		infinitive,
		auxiliary,
		past,
		copula,
		negative
	}));

describe('parse: verb phrases', () => {
	it('finds the main verb, its auxiliary, tense and negation, and keeps offsets exact', () => {
		const body = 'The ministers signed the deal. Exports have risen.\nThey did not attend.';
		const found = parse(body).verbs;
		for (const v of found) expect(body.slice(v.start, v.end)).toBe(v.text);
		expect(verbs(body)).toEqual([
			{
				text: 'signed',
				infinitive: 'sign',
				auxiliary: '',
				past: true,
				copula: false,
				negative: false
			},
			{
				text: 'have risen.',
				infinitive: 'rise',
				auxiliary: 'have',
				past: true,
				copula: false,
				negative: false
			},
			{
				text: 'did not attend.',
				infinitive: 'attend',
				auxiliary: 'did',
				past: false,
				copula: false,
				negative: true
			}
		]);
	});

	it('reads contractions and copulas', () => {
		expect(verbs("She didn't go. He was tired.")).toEqual([
			{
				text: "didn't go.",
				infinitive: 'go',
				auxiliary: 'did',
				past: false,
				copula: false,
				negative: true
			},
			{ text: 'was', infinitive: 'be', auxiliary: '', past: true, copula: true, negative: false }
		]);
	});
});
