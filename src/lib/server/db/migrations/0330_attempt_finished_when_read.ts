import { sql, type Kysely } from 'kysely';
import { createFinishingTrigger, dropFinishingTrigger } from './0300_answer_in_one_statement';

/**
 * An attempt's finish is worked out when it is read (quiz/attempts.ts `finishedAt`) instead of
 * being stored by a trigger on its last answer. The trigger ran on every answer: a count of the
 * attempt's answers and, on PostgreSQL, the attempt's row lock, which is a write of its own.
 * That was about a quarter of an answer's cost there, for a mark read far less often than
 * answers are written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
	await dropFinishingTrigger(db);
	await db.schema.alterTable('attempt').dropColumn('finished_at').execute();
}

/** Back to a stored finish, filled in for the attempts finished meanwhile. */
export async function down(db: Kysely<unknown>): Promise<void> {
	await db.schema.alterTable('attempt').addColumn('finished_at', 'text').execute();
	await sql`
		update attempt set finished_at = (
			select max(answered_at) from answer where answer.attempt_id = attempt.id
			having count(*) >= (
				select count(*) from attempt_question where attempt_question.attempt_id = attempt.id
			)
		)`.execute(db);
	await createFinishingTrigger(db);
}
