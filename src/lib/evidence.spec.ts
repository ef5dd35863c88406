import { describe, expect, it } from 'vitest';
import { excerpt, paragraphs, segments } from './evidence';

const body = 'First line here.\n\nSecond para. The proof is this. Tail.\nThird.';
const proof = 'The proof is this.';
const range = (text: string) => ({
	start: body.indexOf(text),
	end: body.indexOf(text) + text.length
});

describe('paragraphs', () => {
	it('numbers the non-empty lines from 1 and keeps their body offsets', () => {
		const ps = paragraphs(body);
		expect(ps.map((p) => p.number)).toEqual([1, 2, 3]);
		for (const p of ps) expect(body.slice(p.start, p.end)).toBe(p.text);
	});
});

describe('excerpt', () => {
	it('cuts the paragraph holding the evidence into before, mark and after', () => {
		expect(excerpt(body, range(proof))).toEqual({
			paragraph: 2,
			before: 'Second para. ',
			mark: proof,
			after: ' Tail.'
		});
	});
	it('stops the mark at the end of the paragraph', () => {
		const e = excerpt(body, { start: body.indexOf('Tail.'), end: body.length });
		expect(e).toMatchObject({ paragraph: 2, mark: 'Tail.', after: '' });
	});
	it('finds nothing for a range outside the body or an empty one', () => {
		expect(excerpt(body, { start: body.length + 3, end: body.length + 9 })).toBeNull();
		expect(excerpt(body, { start: 3, end: 3 })).toBeNull();
	});
});

describe('segments', () => {
	it('marks only the evidence inside a paragraph and leaves others whole', () => {
		const [first, second] = paragraphs(body);
		expect(segments(second, range(proof)).map((s) => [s.text, s.marked])).toEqual([
			['Second para. ', false],
			[proof, true],
			[' Tail.', false]
		]);
		expect(segments(first, range(proof))).toEqual([{ start: 0, text: first.text, marked: false }]);
	});
});
