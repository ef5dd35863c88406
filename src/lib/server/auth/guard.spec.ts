import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import type { UserRow } from '../db/types';
import { requirePageRole, requireRole, requireUser } from './guard';

function user(role: UserRow['role']): UserRow {
	return {
		id: `${role}-1`,
		email: role === 'guest' ? null : `${role}@example.org`,
		display_name: null,
		password_hash: null,
		role,
		created_at: '2024-01-01T00:00:00.000Z',
		time_zone: null
	};
}

function locals(u: UserRow | null) {
	return { user: u } as App.Locals;
}

function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (e) {
		return e;
	}
	throw new Error('expected the guard to refuse');
}

describe('guards', () => {
	it('treat a guest like a stranger: 401 for actions', () => {
		for (const who of [null, user('guest')]) {
			const e = thrown(() => requireUser(locals(who)));
			expect(isHttpError(e, 401)).toBe(true);
		}
	});
	it('refuse a signed-in account without the role with 403, and let the listed roles through', () => {
		expect(
			isHttpError(
				thrown(() => requireRole(locals(user('student')), 'teacher')),
				403
			)
		).toBe(true);
		expect(
			isHttpError(
				thrown(() => requireRole(locals(user('admin')), 'teacher')),
				403
			)
		).toBe(true);
		expect(requireRole(locals(user('admin')), 'teacher', 'admin').role).toBe('admin');
	});
	it('send a guest on a page to /login with the way back', () => {
		const e = thrown(() =>
			requirePageRole(
				{ locals: locals(user('guest')), url: new URL('http://x/teach/a?b=1') },
				'teacher'
			)
		);
		expect(isRedirect(e) && e.location).toBe('/login?next=%2Fteach%2Fa%3Fb%3D1');
	});
});
