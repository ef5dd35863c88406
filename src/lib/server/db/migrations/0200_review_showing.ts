import type { Kysely } from 'kysely';

/**
 * A card being shown in /review remembers what was shown (the version and the shuffled
 * choices) and when, so a reload shows the same order, the server measures the time taken,
 * and the answer is graded against what the learner saw. `showing_id` becomes the review
 * log's id, which is what makes a double submit store once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	for (const column of ['showing_id', 'showing_version_id', 'showing_choices', 'shown_at'])
		await db.schema.alterTable('review_card').addColumn(column, 'text').execute();
	// Set by the first answer in /review: until then the card is new and counts against the daily limit.
	await db.schema.alterTable('review_card').addColumn('first_reviewed_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const column of [
		'first_reviewed_at',
		'shown_at',
		'showing_choices',
		'showing_version_id',
		'showing_id'
	])
		await db.schema.alterTable('review_card').dropColumn(column).execute();
}
