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
