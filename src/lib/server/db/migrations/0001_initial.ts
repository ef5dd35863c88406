import type { Kysely } from 'kysely';

// Column types are the ones SQLite and PostgreSQL both understand, so one migration serves both.
export async function up(db: Kysely<unknown>): Promise<void> {
	await db.schema
		.createTable('setting')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('user')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.unique())
		.addColumn('display_name', 'text')
		.addColumn('password_hash', 'text')
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('session')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('session_user').on('session').column('user_id').execute();

	await db.schema
		.createTable('login_failure')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('failed_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('login_failure_key')
		.on('login_failure')
		.columns(['key', 'failed_at'])
		.execute();

	await db.schema
		.createTable('article')
		.addColumn('slug', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('url', 'text')
		.addColumn('published_on', 'text', (c) => c.notNull())
		.addColumn('place', 'text')
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('owner_id', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addColumn('file_hash', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('question')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('article_slug', 'text', (c) =>
			c.notNull().references('article.slug').onDelete('cascade')
		)
		.addColumn('bank_id', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('origin', 'text', (c) => c.notNull())
		.addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('as_of', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('current_version', 'integer', (c) => c.notNull())
		.addColumn('file_hash', 'text')
		.addColumn('edited_in_app', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('question_article_bank_id', ['article_slug', 'bank_id'])
		.execute();

	await db.schema
		.createTable('question_version')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('question.id').onDelete('cascade')
		)
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('prompt', 'text', (c) => c.notNull())
		.addColumn('answer', 'text', (c) => c.notNull())
		.addColumn('distractors', 'text', (c) => c.notNull())
		.addColumn('evidence_start', 'integer', (c) => c.notNull())
		.addColumn('evidence_end', 'integer', (c) => c.notNull())
		.addColumn('evidence_text', 'text', (c) => c.notNull())
		.addColumn('explanation', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('user.id').onDelete('set null'))
		.addUniqueConstraint('question_version_number', ['question_id', 'version'])
		.execute();

	await db.schema
		.createTable('class')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('teacher_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('join_code', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('class_member')
		.addColumn('class_id', 'text', (c) => c.notNull().references('class.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('joined_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('class_member_pk', ['class_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('assignment')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('class_id', 'text', (c) => c.notNull().references('class.id').onDelete('cascade'))
		.addColumn('article_slug', 'text', (c) =>
			c.notNull().references('article.slug').onDelete('cascade')
		)
		.addColumn('due_at', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull().references('user.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('attempt')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('article_slug', 'text', (c) =>
			c.notNull().references('article.slug').onDelete('cascade')
		)
		.addColumn('plan', 'text', (c) => c.notNull())
		.addColumn('mode', 'text', (c) => c.notNull())
		.addColumn('assignment_id', 'text', (c) => c.references('assignment.id').onDelete('set null'))
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('finished_at', 'text')
		.execute();
	await db.schema
		.createIndex('attempt_user_article')
		.on('attempt')
		.columns(['user_id', 'article_slug'])
		.execute();

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
		// One answer per question per attempt: a double submit cannot store twice.
		.addUniqueConstraint('answer_once', ['attempt_id', 'question_id'])
		.execute();
	await db.schema.createIndex('answer_user').on('answer').column('user_id').execute();

	await db.schema
		.createTable('review_card')
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('question.id').onDelete('cascade')
		)
		.addColumn('due', 'text', (c) => c.notNull())
		.addColumn('stability', 'double precision', (c) => c.notNull())
		.addColumn('difficulty', 'double precision', (c) => c.notNull())
		.addColumn('elapsed_days', 'integer', (c) => c.notNull())
		.addColumn('scheduled_days', 'integer', (c) => c.notNull())
		.addColumn('learning_steps', 'integer', (c) => c.notNull())
		.addColumn('reps', 'integer', (c) => c.notNull())
		.addColumn('lapses', 'integer', (c) => c.notNull())
		.addColumn('state', 'integer', (c) => c.notNull())
		.addColumn('last_review', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('review_card_pk', ['user_id', 'question_id'])
		.execute();
	await db.schema
		.createIndex('review_card_due')
		.on('review_card')
		.columns(['user_id', 'due'])
		.execute();

	await db.schema
		.createTable('review_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('user.id').onDelete('cascade'))
		.addColumn('question_id', 'text', (c) =>
			c.notNull().references('question.id').onDelete('cascade')
		)
		.addColumn('question_version_id', 'text', (c) => c.notNull().references('question_version.id'))
		.addColumn('choice', 'text', (c) => c.notNull())
		.addColumn('correct', 'integer', (c) => c.notNull())
		.addColumn('rating', 'integer', (c) => c.notNull())
		.addColumn('ms_taken', 'integer')
		.addColumn('reviewed_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('review_log_user')
		.on('review_log')
		.columns(['user_id', 'reviewed_at'])
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'review_log',
		'review_card',
		'answer',
		'attempt',
		'assignment',
		'class_member',
		'class',
		'question_version',
		'question',
		'article',
		'login_failure',
		'session',
		'user',
		'setting'
	])
		await db.schema.dropTable(table).execute();
}
