import type { Kysely } from 'kysely';
import type { Database } from '../db/types';

/** Whether `id` names a guest that still exists, not an account nor nobody. */
export async function isGuest(db: Kysely<Database>, id: string): Promise<boolean> {
	const row = await db
		.selectFrom('user')
		.select('id')
		.where('id', '=', id)
		.where('role', '=', 'guest')
		.executeTakeFirst();
	return row !== undefined;
}
