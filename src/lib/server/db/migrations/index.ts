import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001_initial';
import * as reviewShowing from './0200_review_showing';
import * as answerInOneStatement from './0300_answer_in_one_statement';
import * as attemptQuestion from './0310_attempt_question';
import * as userTimeZone from './0311_user_time_zone';
import * as answerLearnerIndex from './0320_answer_learner_index';
import * as attemptFinishedWhenRead from './0330_attempt_finished_when_read';
import * as answerKeyedByAttempt from './0340_answer_keyed_by_attempt';

/**
 * Migrations are listed here rather than read from a folder: the built server is one bundle,
 * so there is no folder to read at run time. Names sort in the order they must run.
 */
const migrations: Record<string, Migration> = {
	'0001_initial': initial,
	'0200_review_showing': reviewShowing,
	'0300_answer_in_one_statement': answerInOneStatement,
	'0310_attempt_question': attemptQuestion,
	'0311_user_time_zone': userTimeZone,
	'0320_answer_learner_index': answerLearnerIndex,
	'0330_attempt_finished_when_read': attemptFinishedWhenRead,
	'0340_answer_keyed_by_attempt': answerKeyedByAttempt
};

export const migrationProvider: MigrationProvider = {
	getMigrations: async () => migrations
};
