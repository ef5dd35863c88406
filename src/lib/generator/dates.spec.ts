import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { findDates, MONTHS, nearbyDates, WEEKDAYS } from './dates';
import { generate } from './index';

// Published on Wednesday 13 March 2024.
const verdict = `Lusaka - A court in Zambia convicted former mining executive Chanda Mwale of fraud on Monday, ending a trial that opened on January 9.
Judge Mutinta Banda will announce the sentence on Friday, the court registrar said.
Mwale was arrested in Ndola on 12 August 2022 after auditors found missing payments.
Prosecutors said the fraud began in June 2019 and cost the state 30 million kwacha.
The company lost its licence last year, and its mines closed on Wednesday.
Mwale's lawyer, Bwalya Phiri, said her client would appeal by July 4.`;

const { dates } = analyse(verdict, '2024-03-13');
const resolved = (text: string) => dates.find((d) => d.text === text)?.resolved;

describe('dates', () => {
	it('resolve a weekday to the one just past, or to the one ahead when the sentence looks ahead', () => {
		expect(resolved('Monday')).toBe('2024-03-11');
		expect(resolved('Friday')).toBe('2024-03-15');
		// The article's own weekday is the day itself.
		expect(resolved('Wednesday')).toBe('2024-03-13');
	});

	it('resolve "on Wednesday" before and after a Tuesday article date', () => {
		const past = analyse('Protesters marched through Lusaka on Wednesday.', '2024-03-12');
		expect(past.dates[0].resolved).toBe('2024-03-06');
		const ahead = analyse('Protesters will march through Lusaka on Wednesday.', '2024-03-12');
		expect(ahead.dates[0].resolved).toBe('2024-03-13');
	});

	it('read a day and month with or without a year, a month and year, and "last year"', () => {
		expect(resolved('January 9')).toBe('2024-01-09');
		expect(resolved('July 4')).toBe('2024-07-04');
		expect(resolved('12 August 2022')).toBe('2022-08-12');
		expect(resolved('June 2019')).toBe('2019-06');
		expect(resolved('last year')).toBe('2023');
	});

	it('put a day without a year in the year nearest the article date', () => {
		const [fire] = findDates('The fire broke out on December 28.', '2024-01-03');
		expect(fire.resolved).toBe('2023-12-28');
		const [law] = findDates('The law takes effect on January 1.', '2024-11-20');
		expect(law.resolved).toBe('2025-01-01');
	});

	it('leave weekdays unresolved when the article has no date', () => {
		expect(findDates('The court met on Monday.')[0]).toMatchObject({ kind: 'weekday' });
		expect(findDates('The court met on Monday.')[0].resolved).toBeUndefined();
	});
});

/** "Aug." and "Sept" are short forms; "Augu" is a broken word. */
const monthWords = (s: string) =>
	(s.match(/\p{L}+\.?/gu) ?? []).filter((w) =>
		MONTHS.some((m) => m.toLowerCase().startsWith(w.replace('.', '').toLowerCase().slice(0, 3)))
	);
const wellWritten = (w: string) =>
	MONTHS.includes(w) || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/.test(w);

describe('date distractors', () => {
	const near = (text: string, published = '2024-03-13') =>
		nearbyDates(findDates(text, published)[0], 7);

	it('stay near the real date and keep its form', () => {
		for (const d of near('It ended on 12 August 2022.')) {
			expect(d).toMatch(/^\d{1,2} \p{L}+ 2022$/u);
			const day = new Date(`${d} UTC`);
			expect(Math.abs(day.getTime() - Date.UTC(2022, 7, 12))).toBeLessThanOrEqual(62 * 864e5);
		}
		for (const d of near('It ended on June 2019.')) expect(d).toMatch(/^\p{L}+ 2019$/u);
		for (const d of near('It opened on Monday.')) expect(WEEKDAYS).toContain(d);
	});

	it('never cut a month name short, whatever month and form', () => {
		for (const month of MONTHS)
			for (const written of [month, month.slice(0, 3) + '.', `${month.slice(0, 3)}`]) {
				if (written === 'May.') continue;
				const options = near(`It opened on ${written} 14.`);
				expect(options.length).toBeGreaterThanOrEqual(3);
				for (const o of options) {
					const words = monthWords(o);
					expect(words, o).toHaveLength(1);
					expect(wellWritten(words[0]), `${o} for ${written} 14`).toBe(true);
					// A full month name is answered by full names, a short form by short forms.
					if (words[0] !== 'May') expect(MONTHS.includes(words[0])).toBe(MONTHS.includes(written));
				}
			}
	});

	it('in generated questions are dates of the same kind, none a second right answer', () => {
		const { questions } = generate({ body: verdict, published: '2024-03-13' });
		const when = questions.filter((q) => q.kind === 'when');
		expect(when.map((q) => q.answer)).toEqual(
			expect.arrayContaining(['Monday', '12 August 2022', 'July 4'])
		);
		for (const q of when) {
			expect(new Set([q.answer, ...q.distractors]).size).toBe(4);
			for (const d of q.distractors) {
				expect(verdict.includes(d) && q.evidence.text.includes(d)).toBe(false);
				if (WEEKDAYS.includes(q.answer)) expect(WEEKDAYS).toContain(d);
				for (const w of monthWords(d)) expect(wellWritten(w), d).toBe(true);
			}
		}
	});
});
