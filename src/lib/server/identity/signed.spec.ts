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
	it('refuses a value it has already accepted once the key is another', () => {
		const signed = sign('guest-456', 'k');
		expect(unsign(signed, 'k')).toBe('guest-456');
		expect(unsign(signed, 'rotated')).toBeNull();
	});
});
