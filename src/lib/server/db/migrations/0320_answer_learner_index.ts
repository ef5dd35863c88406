import { sql, type Kysely } from 'kysely';

/**
 * One index on the learner's answers instead of two: `answer_user` served "this learner's
 * answers" and the partial `answer_off_card` served "their answers not yet on review cards".
 * Each answer then wrote a leaf page in both. (user_id, on_card) serves both questions and
 * costs every answer one page less.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createIndex('answer_learner')
		.on('answer')
		.columns(['user_id', 'on_card'])
		.execute();
	await db.schema.dropIndex('answer_off_card').execute();
	await db.schema.dropIndex('answer_user').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.createIndex('answer_user').on('answer').column('user_id').execute();
	await db.schema
		.createIndex('answer_off_card')
		.on('answer')
		.column('user_id')
		.where(sql.ref('on_card'), '=', 0)
		.execute();
	await db.schema.dropIndex('answer_learner').execute();
}
