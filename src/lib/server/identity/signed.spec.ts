import { describe, expect, it } from 'vitest';
import { sign, unsign } from './signed';

describe('signed cookie values', () => {
	it('gives back the value it signed', () => {
		expect(unsign(sign('guest-123', 'k'), 'k')).toBe('guest-123');
	});
	it('refuses a changed value, a foreign key and garbage', () => {
		const signed = sign('guest-123', 'k');
		expect(unsign(signed.replace('123', '124'), 'k')).toBeNull();
		expect(unsign(signed, 'other')).toBeNull();
		expect(unsign('no-signature', 'k')).toBeNull();
		expect(unsign(undefined, 'k')).toBeNull();
	});
});
