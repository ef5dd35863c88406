import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

/** Joining twice is harmless: a student who follows the link again stays a member once. */
export async function add(db: Kysely<Database>, classId: string, userId: string): Promise<void> {
	await db
		.insertInto('class_member')
		.values({ class_id: classId, user_id: userId, joined_at: new Date().toISOString() })
		.onConflict((oc) => oc.columns(['class_id', 'user_id']).doNothing())
		.execute();
}

export async function isMember(
	db: Kysely<Database>,
	classId: string,
	userId: string
): Promise<boolean> {
	const row = await db
		.selectFrom('class_member')
		.select('user_id')
		.where('class_id', '=', classId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	return row !== undefined;
}

export interface Member {
	id: string;
	name: string;
	joined_at: string;
}

export async function list(db: Kysely<Database>, classId: string): Promise<Member[]> {
	const rows = await db
		.selectFrom('class_member')
		.innerJoin('user', 'user.id', 'class_member.user_id')
		.select(['user.id', 'user.display_name', 'user.email', 'class_member.joined_at'])
		.where('class_member.class_id', '=', classId)
		.execute();
	return rows
		.map((r) => ({
			id: r.id,
			name: r.display_name || r.email || 'Unnamed student',
			joined_at: r.joined_at
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function remove(db: Kysely<Database>, classId: string, userId: string): Promise<void> {
	await db
		.deleteFrom('class_member')
		.where('class_id', '=', classId)
		.where('user_id', '=', userId)
		.execute();
}
