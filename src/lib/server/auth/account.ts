import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../db/types';
import type { Identity } from '../identity/learner';
import { mergeGuestInto } from './merge';
import { hashPassword } from './password';
import type { Account, AccountRole } from './roles';

/** Emails are compared as typed by most people: case and surrounding spaces do not matter. */
export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

export async function get(db: Kysely<Database>, id: string): Promise<UserRow | null> {
	return (await db.selectFrom('user').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

export async function getByEmail(db: Kysely<Database>, email: string): Promise<UserRow | null> {
	return (
		(await db
			.selectFrom('user')
			.selectAll()
			.where('email', '=', normalizeEmail(email))
			.executeTakeFirst()) ?? null
	);
}

export interface NewAccount {
	email: string;
	displayName: string;
	password: string;
	role: AccountRole;
}

export class EmailTakenError extends Error {
	constructor(email: string) {
		super(`an account with the email ${email} already exists`);
	}
}

/**
 * Creates an account. Given the browser's guest, everything the guest did moves into it. The
 * account gets an id of its own: a guest is known by its cookie alone, so a copy of that cookie
 * kept after sign-up must name a guest that is gone, never the account.
 */
export async function create(
	db: Kysely<Database>,
	{ email, displayName, password, role }: NewAccount,
	guest: Identity | null = null
): Promise<Account> {
	const account = {
		email: normalizeEmail(email),
		display_name: displayName,
		password_hash: await hashPassword(password),
		role
	};
	return db.transaction().execute(async (trx) => {
		if (await getByEmail(trx, account.email)) throw new EmailTakenError(account.email);
		const row = { id: crypto.randomUUID(), created_at: new Date().toISOString(), ...account };
		await trx.insertInto('user').values(row).execute();
		if (guest?.role === 'guest') await mergeGuestInto(trx, guest.id, row.id);
		return row;
	});
}

/** After a login on a browser used as a guest: the guest's progress joins the account. */
export async function adoptGuest(db: Kysely<Database>, guest: Identity, accountId: string) {
	if (guest.role !== 'guest' || guest.id === accountId) return;
	await db.transaction().execute((trx) => mergeGuestInto(trx, guest.id, accountId));
}

export async function setPassword(db: Kysely<Database>, id: string, password: string) {
	await db
		.updateTable('user')
		.set({ password_hash: await hashPassword(password) })
		.where('id', '=', id)
		.execute();
}

/** Every account (guests are not people an admin manages), oldest first. */
export async function list(db: Kysely<Database>): Promise<(UserRow & Account)[]> {
	return (await db
		.selectFrom('user')
		.selectAll()
		.where('role', '!=', 'guest')
		.orderBy('created_at')
		.orderBy('email')
		.execute()) as (UserRow & Account)[];
}

export async function setRole(db: Kysely<Database>, id: string, role: AccountRole): Promise<void> {
	await db.updateTable('user').set({ role }).where('id', '=', id).execute();
}
