import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, testDialects, type TestDatabase } from '../../../../tests/support/database';
import { person } from '../../../../tests/support/teaching';
import {
	createSession,
	deleteSession,
	sessionId,
	sessionLifetime,
	validateSession
} from './session';

const start = new Date('2024-05-01T10:00:00.000Z');
const later = (ms: number) => new Date(start.getTime() + ms);
const day = 24 * 60 * 60 * 1000;

for (const dialect of testDialects)
	describe(`${dialect}: sessions`, () => {
		let t: TestDatabase;
		beforeEach(async () => (t = await freshDatabase(dialect)));
		afterEach(() => t.close());

		it('store only a hash of the cookie token and find the user by the token', async () => {
			const user = await person(t.db, 'student');
			const { token, expiresAt } = await createSession(t.db, user.id, start);
			const rows = await t.db.selectFrom('session').select('id').execute();
			expect(rows).toEqual([{ id: sessionId(token) }]);
			expect(rows[0].id).not.toContain(token);
			expect(expiresAt).toEqual(later(sessionLifetime));
			const found = await validateSession(t.db, token, later(day));
			expect(found).toEqual({ user, renewedUntil: null });
			expect(await validateSession(t.db, `${token}x`, later(day))).toBeNull();
		});

		it('renew a session used late in its life, and end one not used in time', async () => {
			const user = await person(t.db, 'student');
			const { token } = await createSession(t.db, user.id, start);
			const renewed = await validateSession(t.db, token, later(20 * day));
			expect(renewed?.renewedUntil).toEqual(later(20 * day + sessionLifetime));
			// Still valid after the first expiry because it was renewed.
			expect((await validateSession(t.db, token, later(31 * day)))?.user.id).toBe(user.id);
			expect(await validateSession(t.db, token, later(51 * day))).toBeNull();
			expect(await t.db.selectFrom('session').selectAll().execute()).toEqual([]);
		});

		it('end a session on logout', async () => {
			const user = await person(t.db, 'student');
			const { token } = await createSession(t.db, user.id, start);
			await deleteSession(t.db, token);
			expect(await validateSession(t.db, token, start)).toBeNull();
		});
	});
