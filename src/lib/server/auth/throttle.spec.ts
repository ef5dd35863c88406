import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import {
	accountLimit,
	addressLimit,
	blockedMessage,
	clearAccountFailures,
	failureWindow,
	loginBlocked,
	recordLoginFailure
} from './throttle';

const start = new Date('2024-05-01T10:00:00.000Z');
const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);

for (const dialect of testDialects)
	describe(`${dialect}: failed login limits`, () => {
		let t: TestDatabase;
		beforeEach(async () => (t = await freshDatabase(dialect)));
		afterEach(() => t.close());

		const ann = { email: 'ann@example.org', address: '10.0.0.1' };

		it(`block an account after ${accountLimit} failures until the first leaves the window`, async () => {
			for (let i = 0; i < accountLimit - 1; i++) await recordLoginFailure(t.db, ann, at(i));
			expect(await loginBlocked(t.db, ann, at(5))).toBeNull();
			await recordLoginFailure(t.db, ann, at(4));
			const blocked = await loginBlocked(t.db, ann, at(5));
			expect(blocked).toEqual({ reason: 'account', until: at(15) });
			expect(blockedMessage(blocked!, at(5))).toBe(
				'Too many failed logins for this account. Try again in 10 minutes (at 10:15 UTC).'
			);
			// The same account from another address is blocked too: the guesser may switch networks.
			expect(await loginBlocked(t.db, { ...ann, address: '10.9.9.9' }, at(5))).not.toBeNull();
			expect(await loginBlocked(t.db, ann, at(15))).toBeNull();
			expect(failureWindow).toBe(15 * 60_000);
		});

		it(`block an address after ${addressLimit} failures across accounts`, async () => {
			for (let i = 0; i < addressLimit; i++)
				await recordLoginFailure(
					t.db,
					{ email: `user${i}@example.org`, address: '10.0.0.2' },
					at(0)
				);
			const fresh = { email: 'never-tried@example.org', address: '10.0.0.2' };
			expect((await loginBlocked(t.db, fresh, at(1)))?.reason).toBe('address');
			expect(await loginBlocked(t.db, { ...fresh, address: '10.0.0.3' }, at(1))).toBeNull();
		});

		it('forgive the account, not the address, after a successful login', async () => {
			for (let i = 0; i < accountLimit; i++) await recordLoginFailure(t.db, ann, at(0));
			await clearAccountFailures(t.db, ann.email);
			expect(await loginBlocked(t.db, ann, at(1))).toBeNull();
			const left = await t.db.selectFrom('login_failure').select('key').distinct().execute();
			expect(left).toEqual([{ key: 'address:10.0.0.1' }]);
		});
	});
