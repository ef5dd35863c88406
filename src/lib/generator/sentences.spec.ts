import { describe, expect, it } from 'vitest';
import { findDateline, splitSentences } from './sentences';

const texts = (body: string, from = 0) => splitSentences(body, from).map((s) => s.text);

describe('splitSentences', () => {
	it('keeps offsets into the original text', () => {
		const body = 'First one here.  Second “quoted” one!\nThird line';
		for (const s of splitSentences(body)) expect(body.slice(s.start, s.end)).toBe(s.text);
		expect(texts(body)).toEqual(['First one here.', 'Second “quoted” one!', 'Third line']);
	});

	it('does not stop at titles, abbreviated months, initials or U.S.', () => {
		const body =
			'Dr. Amara Okafor met J. K. Rowling in Sept. last year. The U.S. Embassy confirmed it. Officials in the U.S. The meeting ended.';
		expect(texts(body)).toEqual([
			'Dr. Amara Okafor met J. K. Rowling in Sept. last year.',
			'The U.S. Embassy confirmed it.',
			'Officials in the U.S.',
			'The meeting ended.'
		]);
	});

	it('keeps a multi-sentence quote with its speaker', () => {
		const body = '“We will win. There is time,” he added. Then he left.';
		expect(texts(body)).toEqual(['“We will win. There is time,” he added.', 'Then he left.']);
	});

	it('keeps a question inside a quote with the speaker that follows', () => {
		const body = '"Who pays?" Minister Ali asked. Nobody answered.';
		expect(texts(body)).toEqual(['"Who pays?" Minister Ali asked.', 'Nobody answered.']);
	});

	it.each([
		[
			'keeps decimals, money and percentages inside their sentence',
			'Growth slowed to 2.5 percent last quarter. The deficit reached $3.5 million. Turnout was 61.2 per cent.',
			[
				'Growth slowed to 2.5 percent last quarter.',
				'The deficit reached $3.5 million.',
				'Turnout was 61.2 per cent.'
			]
		],
		[
			'runs on past "Jan.", "Gen.", "Inc." and middle initials, and stops after a.m. and U.S. at a new sentence',
			'Talks began on Jan. 15 with Gen. Musa Bello. George W. Harlan chaired them. Shares of Acme Inc. fell. The ship left at 9 a.m. The crew rested. The firm moved to the U.S. Its rivals stayed.',
			[
				'Talks began on Jan. 15 with Gen. Musa Bello.',
				'George W. Harlan chaired them.',
				'Shares of Acme Inc. fell.',
				'The ship left at 9 a.m.',
				'The crew rested.',
				'The firm moved to the U.S.',
				'Its rivals stayed.'
			]
		],
		[
			'keeps a quote that a colon introduces in one sentence, full stops inside it included',
			'Mayor Ines Duarte said: “The bridge is safe. It will reopen.” Traffic resumed.',
			['Mayor Ines Duarte said: “The bridge is safe. It will reopen.”', 'Traffic resumed.']
		]
	])('%s', (_, body, sentences) => {
		expect(texts(body)).toEqual(sentences);
	});

	it('gives offsets that find each sentence again in a text with accents, dashes and curly quotes', () => {
		const body =
			'São Tomé — the capital — hosted Dr. Ngozi Eze on Friday.\n\n“We are grateful,” said Eze.  Officials in the U.N. agreed.';
		const ss = splitSentences(body);
		expect(ss.map((s) => s.text)).toEqual([
			'São Tomé — the capital — hosted Dr. Ngozi Eze on Friday.',
			'“We are grateful,” said Eze.',
			'Officials in the U.N. agreed.'
		]);
		for (const s of ss) expect(body.slice(s.start, s.end)).toBe(s.text);
	});

	it('numbers paragraphs by line', () => {
		const ss = splitSentences('One. Two.\n\nThree.');
		expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 1]);
	});
});

describe('findDateline', () => {
	it('finds place and date before a dash or a colon', () => {
		const a = findDateline('Seoul, August 21 - South Korean chipmaker said');
		expect(a?.place?.text).toBe('Seoul');
		expect(a?.date?.text).toBe('August 21');
		const b = findDateline('Shillong, September 13: North Korean leader');
		expect(b?.place?.text).toBe('Shillong');
		expect('Shillong, September 13: North Korean leader'.slice(b!.leadStart)).toBe(
			'North Korean leader'
		);
	});

	it('does not take an ordinary opening for a dateline', () => {
		expect(
			findDateline('The summit between Russian President Vladimir Putin and Kim')
		).toBeUndefined();
		expect(findDateline('Markets: shares fell on Monday.')).toBeUndefined();
	});
});
