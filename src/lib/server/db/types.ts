/**
 * Row types of every table. Timestamps are ISO-8601 text and booleans 0/1 integers so
 * that SQLite and PostgreSQL store and return the same values through one set of queries.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface SettingTable {
	key: string;
	value: string;
}

export interface ArticleTable {
	slug: string;
	title: string;
	source: string;
	url: string | null;
	published_on: string;
	place: string | null;
	language: string;
	tags: string; // JSON array
	body: string;
	status: 'draft' | 'published';
	owner_id: string | null;
	/** Hash of the article as last imported from `questions/`, so an unchanged file is skipped. */
	file_hash: string | null;
	created_at: string;
	updated_at: string;
}

export interface QuestionTable {
	id: string;
	article_slug: string;
	bank_id: string;
	kind: string;
	status: 'draft' | 'published' | 'stale' | 'retired';
	origin: 'generated' | 'teacher';
	tags: string; // JSON array
	as_of: string;
	position: number;
	current_version: number;
	/** Hash of the question as last imported from a file; null once edited in the app. */
	file_hash: string | null;
	edited_in_app: number;
	created_at: string;
	updated_at: string;
}

/** Each edit of a published question is a new version, so past answers keep what was asked. */
export interface QuestionVersionTable {
	id: string;
	question_id: string;
	version: number;
	prompt: string;
	answer: string;
	distractors: string; // JSON array
	evidence_start: number;
	evidence_end: number;
	evidence_text: string;
	explanation: string | null;
	created_at: string;
	created_by: string | null;
}

export interface UserTable {
	id: string;
	email: string | null;
	display_name: string | null;
	password_hash: string | null;
	role: 'guest' | 'student' | 'teacher' | 'admin';
	created_at: string;
	/** IANA name, e.g. Europe/Berlin; null: review days are UTC days. */
	time_zone: string | null;
}

export interface SessionTable {
	/** SHA-256 of the cookie token: a leaked database row cannot be replayed as a cookie. */
	id: string;
	user_id: string;
	expires_at: string;
	created_at: string;
}

export interface LoginFailureTable {
	id: string;
	/** "account:<email>" or "address:<ip>" */
	key: string;
	failed_at: string;
}

export interface AttemptTable {
	id: string;
	user_id: string;
	article_slug: string;
	/** JSON: [{ questionId, versionId, choices: string[] }] in the order this learner sees them. */
	plan: string;
	mode: 'quiz' | 'retry';
	assignment_id: string | null;
	started_at: string;
}

/** One row per question an attempt asks, written with the attempt: who was asked what, indexed. */
export interface AttemptQuestionTable {
	attempt_id: string;
	question_id: string;
}

/** One per question an attempt asked and the learner answered; the learner is the attempt's. */
export interface AnswerTable {
	attempt_id: string;
	question_id: string;
	question_version_id: string;
	choice: string;
	correct: number;
	answered_at: string;
	/** Time from the question being shown to the answer, when known. */
	ms_taken: number | null;
	/** 1 once the answer has rescheduled the learner's review card (review/cards.ts). */
	on_card: Generated<number>;
}

export interface ClassTable {
	id: string;
	name: string;
	teacher_id: string;
	join_code: string;
	created_at: string;
}

export interface ClassMemberTable {
	class_id: string;
	user_id: string;
	joined_at: string;
}

export interface AssignmentTable {
	id: string;
	class_id: string;
	article_slug: string;
	due_at: string | null;
	created_by: string;
	created_at: string;
}

export interface ReviewCardTable {
	user_id: string;
	question_id: string;
	due: string;
	stability: number;
	difficulty: number;
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: number;
	last_review: string | null;
	created_at: string;
	/** The open showing in /review, if any: its id becomes the review log's id. */
	showing_id: string | null;
	showing_version_id: string | null;
	/** JSON array: the choices in the order shown. */
	showing_choices: string | null;
	shown_at: string | null;
	/** The first answer in /review; null while the card is new to review. */
	first_reviewed_at: string | null;
}

export interface ReviewLogTable {
	id: string;
	user_id: string;
	question_id: string;
	question_version_id: string;
	choice: string;
	correct: number;
	rating: number;
	ms_taken: number | null;
	reviewed_at: string;
}

export interface Database {
	setting: SettingTable;
	article: ArticleTable;
	question: QuestionTable;
	question_version: QuestionVersionTable;
	user: UserTable;
	session: SessionTable;
	login_failure: LoginFailureTable;
	attempt: AttemptTable;
	attempt_question: AttemptQuestionTable;
	answer: AnswerTable;
	class: ClassTable;
	class_member: ClassMemberTable;
	assignment: AssignmentTable;
	review_card: ReviewCardTable;
	review_log: ReviewLogTable;
}

export type ArticleRow = Selectable<ArticleTable>;
export type QuestionRow = Selectable<QuestionTable>;
export type QuestionVersionRow = Selectable<QuestionVersionTable>;
export type UserRow = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;
export type AttemptRow = Selectable<AttemptTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type ReviewCardRow = Selectable<ReviewCardTable>;
export type ReviewLogRow = Selectable<ReviewLogTable>;
export type ArticleUpdate = Updateable<ArticleTable>;
export type ClassRow = Selectable<ClassTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
