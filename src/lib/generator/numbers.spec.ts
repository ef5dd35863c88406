import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { generate } from './index';
import { parseFigure } from './numbers';

const railway = `Accra, March 14 - Ghana will borrow $1.2 billion from foreign lenders to finish its coastal railway, the finance ministry said on Thursday.
About 40 per cent of the loan will pay for new bridges, and 3,500 troops will guard the construction sites.
Two-thirds of the line has already been laid, according to the ministry.
The railway will also serve 11,000 commune health stations along the coast.
Some 60 police officers will patrol the busiest stations from 2026.
Engineers said the trains would carry 12 million passengers a year by 2030.
The first section cost 450 million dollars and took six years to build.
Inflation in Ghana stood at 23.5 per cent in February.`;

const { quantities } = analyse(railway, '2024-03-14');
const found = (text: string) => quantities.find((q) => q.text === text);

describe('numbers', () => {
	it('are read with their scale and unit', () => {
		expect(found('$1.2 billion')).toMatchObject({ measure: 'money', value: 1.2e9 });
		expect(found('450 million dollars')).toMatchObject({ measure: 'money', value: 4.5e8 });
		expect(found('40 per cent')).toMatchObject({ measure: 'percent', value: 40 });
		expect(found('23.5 per cent')).toMatchObject({ measure: 'percent', value: 23.5 });
		expect(found('3,500 troops')).toMatchObject({ measure: 'count', unit: 'troops', value: 3500 });
		expect(found('12 million passengers')).toMatchObject({ unit: 'passengers', value: 12e6 });
		expect(found('six years')).toMatchObject({ measure: 'duration', value: 6 });
		expect(found('Two-thirds')).toMatchObject({ measure: 'fraction' });
		expect(found('Two-thirds')?.value).toBeCloseTo(2 / 3);
	});

	it('count the thing itself, not the word describing it', () => {
		expect(found('11,000 commune health stations')?.unit).toBe('commune health stations');
		expect(found('60 police officers')?.unit).toBe('police officers');
		expect(quantities.some((q) => q.unit === 'commune' || q.unit === 'police')).toBe(false);
	});

	it('leave years to the dates and clock times alone', () => {
		expect(quantities.map((q) => q.text).filter((t) => /20[23]\d/.test(t))).toEqual([]);
		const landing = analyse('The probe landed at 6:04 p.m. after a flight of 384,000 kilometres.');
		expect(landing.quantities.map((q) => q.text)).toEqual(['384,000 kilometres']);
	});
});

describe('number questions', () => {
	const { questions } = generate({ body: railway, published: '2024-03-14' });
	const numberQuestions = questions.filter((q) => q.kind === 'number');
	const about = (answer: string) => numberQuestions.find((q) => q.answer === answer);

	it('name the counted thing in the prompt', () => {
		expect(about('11,000 commune health stations')?.prompt).toBe(
			'How many commune health stations will the railway also serve along the coast?'
		);
	});

	it('offer wrong figures of the same unit, written the same way, of a similar size', () => {
		expect(numberQuestions.length).toBeGreaterThanOrEqual(5);
		for (const q of numberQuestions) {
			const answer = quantities.find((x) => x.text === q.answer)!;
			const unitText = q.answer.slice(answer.figure.text.length);
			expect(q.distractors.length).toBeGreaterThanOrEqual(3);
			for (const d of q.distractors) {
				if (answer.measure === 'fraction') continue;
				expect(d.endsWith(unitText), `${d} beside ${q.answer}`).toBe(true);
				expect(d.startsWith('$')).toBe(q.answer.startsWith('$'));
				const value = parseFigure(d)!;
				expect(value).not.toBe(answer.value);
				expect(value / answer.value).toBeGreaterThan(0.1);
				expect(value / answer.value).toBeLessThan(10);
			}
		}
	});

	it('offer other shares beside a fraction', () => {
		const q = about('Two-thirds');
		expect(q?.distractors).toHaveLength(3);
		for (const d of q!.distractors) expect(d).toMatch(/^(?:One|Two|Three|Four)-\w+s?$/);
		expect(q?.distractors).not.toContain('Two-thirds');
	});

	it('never offer a percentage of 100 or more', () => {
		for (const q of numberQuestions.filter((q) => q.answer.endsWith('per cent')))
			for (const d of q.distractors) expect(parseFigure(d)).toBeLessThan(100);
	});
});
