import type { UserRow } from '../db/types';
import type { Identity } from '../identity/learner';

export type Role = UserRow['role'];

/** Roles of people who signed up; a guest is only a cookie and may never pass a role check. */
export const accountRoles = ['student', 'teacher', 'admin'] as const;
export type AccountRole = (typeof accountRoles)[number];

/** A signed-in user: has an email and a role other than guest. */
export type Account = Identity & { email: string; role: AccountRole };

export function isAccount(user: Identity | null | undefined): user is Account {
	return !!user && user.role !== 'guest' && user.email !== null;
}

/** Roles an admin may give in the app; admins themselves are made with `npm run user:create`. */
export const assignableRoles = ['student', 'teacher'] as const satisfies readonly AccountRole[];
