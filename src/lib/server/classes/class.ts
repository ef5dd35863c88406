import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClassRow, Database } from '../db/types';
import type { Identity } from '../identity/learner';

/** Letters and digits that cannot be misread for each other when a code is read aloud or copied. */
const codeAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const codeLength = 6;

export function newJoinCode(): string {
	return Array.from(
		{ length: codeLength },
		() => codeAlphabet[randomInt(codeAlphabet.length)]
	).join('');
}

/** People type codes in any case and with stray spaces; the stored code is upper case. */
export function normalizeJoinCode(code: string): string {
	return code.replace(/\s+/g, '').toUpperCase();
}

export async function create(
	db: Kysely<Database>,
	teacherId: string,
	name: string
): Promise<ClassRow> {
	// A clash among 32^6 codes is rare; the unique index catches it and another code is drawn.
	for (let tries = 0; ; tries++) {
		const row: ClassRow = {
			id: crypto.randomUUID(),
			name,
			teacher_id: teacherId,
			join_code: newJoinCode(),
			created_at: new Date().toISOString()
		};
		const taken = await db
			.selectFrom('class')
			.select('id')
			.where('join_code', '=', row.join_code)
			.executeTakeFirst();
		if (taken && tries < 10) continue;
		await db.insertInto('class').values(row).execute();
		return row;
	}
}

export async function get(db: Kysely<Database>, id: string): Promise<ClassRow | undefined> {
	return db.selectFrom('class').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getByCode(db: Kysely<Database>, code: string): Promise<ClassRow | undefined> {
	return db
		.selectFrom('class')
		.selectAll()
		.where('join_code', '=', normalizeJoinCode(code))
		.executeTakeFirst();
}

/** The class if this user may run it: its own teacher, or an admin. */
export async function getOwned(
	db: Kysely<Database>,
	id: string,
	user: Identity
): Promise<ClassRow | undefined> {
	const row = await get(db, id);
	return row && (row.teacher_id === user.id || user.role === 'admin') ? row : undefined;
}

export interface ClassSummary extends ClassRow {
	members: number;
	assignments: number;
}

export async function list(db: Kysely<Database>, teacherId: string): Promise<ClassSummary[]> {
	const rows = await db
		.selectFrom('class')
		.selectAll('class')
		.select((eb) => [
			eb
				.selectFrom('class_member')
				.whereRef('class_member.class_id', '=', 'class.id')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('members'),
			eb
				.selectFrom('assignment')
				.whereRef('assignment.class_id', '=', 'class.id')
				.select((e) => e.fn.countAll<number>().as('n'))
				.as('assignments')
		])
		.where('teacher_id', '=', teacherId)
		.orderBy('created_at', 'desc')
		.execute();
	// PostgreSQL returns counts as strings.
	return rows.map((r) => ({
		...r,
		members: Number(r.members),
		assignments: Number(r.assignments)
	}));
}
