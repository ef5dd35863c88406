import { describe, expect, it } from 'vitest';
import { locateEvidence, trimRange } from './evidence';

const body = 'Kim arrived by train.\nPutin met him at the port.\nKim arrived by train again.';

describe('evidence offsets', () => {
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
