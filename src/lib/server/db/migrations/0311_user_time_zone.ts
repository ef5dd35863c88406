import type { Kysely } from 'kysely';

/**
 * The IANA time zone a learner's review days follow (review/days.ts): set by their browser or
 * chosen by hand. Null until then, which counts days in UTC.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('user').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('user').dropColumn('time_zone').execute();
}
