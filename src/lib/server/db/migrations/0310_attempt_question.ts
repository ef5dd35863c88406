import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Which questions each attempt asks, one row each, so "has any attempt asked this question?"
 * (deleting or retiring it) is an index lookup instead of a search through every plan's JSON.
 * Attempts that exist already get their rows from their plans.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('attempt_question')
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempt.id').onDelete('cascade')
		)
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('question.id').onDelete('cascade')
		)
		.addPrimaryKeyConstraint('attempt_question_pk', ['attempt_id', 'question_id'])
		.execute();
	await db.schema
		.createIndex('attempt_question_question')
		.on('attempt_question')
		.column('question_id')
		.execute();
	// The join leaves out ids of questions that are gone, which no foreign key would accept.
	if (db.getExecutor().adapter instanceof PostgresAdapter)
		await sql`
			insert into attempt_question (attempt_id, question_id)
			select distinct attempt.id, question.id
			from attempt
			cross join json_array_elements(attempt.plan::json) as item
			join question on question.id = item->>'questionId'`.execute(db);
	else
		await sql`
			insert into attempt_question (attempt_id, question_id)
			select distinct attempt.id, question.id
			from attempt
			cross join json_each(attempt.plan) as item
			join question on question.id = json_extract(item.value, '$.questionId')`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.dropTable('attempt_question').execute();
}
