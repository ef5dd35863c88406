import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
	it('are stored as salted argon2id hashes that only the right password opens', async () => {
		const first = await hashPassword('correct horse battery');
		const second = await hashPassword('correct horse battery');
		expect(first).toMatch(/^\$argon2id\$/);
		expect(first).not.toContain('correct horse');
		expect(second).not.toBe(first);
		expect(await verifyPassword(first, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(first, 'correct horse batterY')).toBe(false);
	});
	it('refuse a missing or damaged hash instead of failing the request', async () => {
		expect(await verifyPassword(null, 'anything at all')).toBe(false);
		expect(await verifyPassword('not-a-hash', 'anything at all')).toBe(false);
	});
});
