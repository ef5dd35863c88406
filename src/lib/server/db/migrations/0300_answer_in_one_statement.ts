import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Storing an answer is one statement, so on PostgreSQL it is one round trip. Two things that
 * followed from an answer in the same transaction move off its path:
 * - Finishing the attempt is the database's: a trigger marks it finished on its last answer.
 * - The learner's review card takes the answer later, before anything reads the cards
 *   (review/cards.ts `takeQuizAnswers`): `on_card` is 0 until then. Existing answers are on
 *   their cards already, hence the default.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.alterTable('answer')
		.addColumn('on_card', 'integer', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema
		.createIndex('answer_off_card')
		.on('answer')
		.column('user_id')
		.where(sql.ref('on_card'), '=', 0)
		.execute();
	await createFinishingTrigger(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await dropFinishingTrigger(db);
	await db.schema.dropIndex('answer_off_card').execute();
	await db.schema.alterTable('answer').dropColumn('on_card').execute();
}

/** Marks an attempt finished when its last answer is stored (until 0330). */
export async function createFinishingTrigger(db: Kysely<unknown>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		// Two last answers committing together would each count without the other's row; taking
		// the attempt's row lock first makes the second wait, and its count then sees both. It is
		// the lock an update takes, which the answer's foreign key check (key share) never blocks.
		await sql`
			create function answer_finishes_attempt() returns trigger language plpgsql as $$
			begin
				perform 1 from attempt where id = new.attempt_id for no key update;
				update attempt set finished_at = new.answered_at
				where id = new.attempt_id and finished_at is null
					and (select count(*) from answer where attempt_id = new.attempt_id)
						>= json_array_length(plan::json);
				return null;
			end $$`.execute(db);
		await sql`
			create trigger answer_finishes_attempt after insert on answer
			for each row execute function answer_finishes_attempt()`.execute(db);
	} else {
		// SQLite runs one write transaction at a time, so the count always sees every answer.
		await sql`
			create trigger answer_finishes_attempt after insert on answer
			begin
				update attempt set finished_at = new.answered_at
				where id = new.attempt_id and finished_at is null
					and (select count(*) from answer where attempt_id = new.attempt_id)
						>= json_array_length(plan);
			end`.execute(db);
	}
}

export async function dropFinishingTrigger(db: Kysely<unknown>): Promise<void> {
	if (db.getExecutor().adapter instanceof PostgresAdapter) {
		await sql`drop trigger answer_finishes_attempt on answer`.execute(db);
		await sql`drop function answer_finishes_attempt`.execute(db);
	} else await sql`drop trigger answer_finishes_attempt`.execute(db);
}
