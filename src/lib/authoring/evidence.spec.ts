import { describe, expect, it } from 'vitest';
import { locateEvidence, paragraphs, segments, trimRange } from './evidence';

const body = 'Kim arrived by train.\nPutin met him at the port.\nKim arrived by train again.';

describe('evidence offsets', () => {
	it('maps each paragraph back to its place in the body', () => {
		for (const p of paragraphs(body)) expect(body.slice(p.start, p.end)).toBe(p.text);
		expect(paragraphs(body).map((p) => p.start)).toEqual([0, 22, 49]);
	});

	it('splits a paragraph into plain and marked text that rebuild it exactly', () => {
		const [, second] = paragraphs(body);
		const start = body.indexOf('at the port');
		const parts = segments(second, { start, end: start + 'at the port'.length });
		expect(parts.map((s) => s.text).join('')).toBe(second.text);
		expect(parts.filter((s) => s.marked).map((s) => s.text)).toEqual(['at the port']);
		expect(segments(second, { start: 0, end: 5 })).toEqual([
			{ start: 22, text: second.text, marked: false }
		]);
	});

	it('trims the spaces a selection caught at its ends', () => {
		expect(trimRange(body, { start: 21, end: 28 })).toEqual({ start: 22, end: 27 });
	});

	it('trusts offsets only while they point at the same text', () => {
		const start = body.lastIndexOf('Kim arrived by train');
		const end = start + 'Kim arrived by train'.length;
		expect(locateEvidence(body, 'Kim arrived by train', { start, end })).toEqual({
			ok: true,
			range: { start, end }
		});
		// Stale offsets fall back to finding the text, which here occurs twice.
		expect(locateEvidence(body, 'Kim arrived by train', { start: 0, end: 3 })).toEqual({
			ok: false,
			error: expect.stringMatching(/more than once/)
		});
	});

	it('finds typed evidence that occurs once and refuses text not in the article', () => {
		expect(locateEvidence(body, ' met him at the port ')).toEqual({
			ok: true,
			range: { start: 28, end: 47 }
		});
		expect(locateEvidence(body, 'met him at the airport')).toMatchObject({ ok: false });
		expect(locateEvidence(body, '  ')).toMatchObject({ ok: false });
	});
});
