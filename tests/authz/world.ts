/**
 * The people every authorisation check is made as, in one database: two classes, each with
 * its teacher and a student, plus an admin, a guest and nobody at all.
 */
import type { Kysely } from 'kysely';
import { createSession, sessionCookie } from '../../src/lib/server/auth/session';
import * as classes from '../../src/lib/server/classes/class';
import * as members from '../../src/lib/server/classes/member';
import { recordAnswer } from '../../src/lib/server/quiz/answers';
import * as attempts from '../../src/lib/server/quiz/attempts';
import type { ClassRow, Database, UserRow } from '../../src/lib/server/db/types';
import { guestCookie, guestCookieValue } from '../../src/lib/server/identity/guest-cookie';
import { person, publishedQuiz } from '../support/teaching';

export const people = [
	'anonymous',
	'guest',
	'student',
	'otherStudent',
	'teacher',
	'otherTeacher',
	'admin'
] as const;
export type Who = (typeof people)[number];

/** Given to the app as LEDE_SECRET, so the test can sign a guest cookie the app accepts. */
export const secret = 'authz-matrix-secret';

export interface World {
	users: Record<Exclude<Who, 'anonymous'>, UserRow>;
	/** The teacher's class, with `student` in it; `otherClass` is the other teacher's, with `otherStudent`. */
	class: ClassRow;
	otherClass: ClassRow;
	/** An article of the teacher's, with two questions. */
	article: { slug: string; questionIds: string[] };
	/** A finished attempt of `otherStudent` at that article: nobody else may see its results. */
	otherStudentsAttempt: string;
	/** A student whose role the admin changes, so other checks keep their people as they were. */
	promotee: UserRow;
	/** A Cookie header that makes the request as `who`; every signed-in request gets its own fresh session. */
	cookie: (who: Who) => Promise<string>;
}

export async function buildWorld(db: Kysely<Database>): Promise<World> {
	const users = {
		guest: await person(db, 'guest'),
		student: await person(db, 'student', 'Sam'),
		otherStudent: await person(db, 'student', 'Olu'),
		teacher: await person(db, 'teacher', 'Ms Tan'),
		otherTeacher: await person(db, 'teacher', 'Mr Ode'),
		admin: await person(db, 'admin', 'Ada')
	};
	const klass = await classes.create(db, users.teacher.id, 'Civics A');
	const otherClass = await classes.create(db, users.otherTeacher.id, 'Civics B');
	await members.add(db, klass.id, users.student.id);
	await members.add(db, otherClass.id, users.otherStudent.id);
	const questionIds = await publishedQuiz(db, 'matrix-quiz', users.teacher);
	// Taken through the quiz's own code, every answer wrong, so there is something to retry.
	const attempt = (await attempts.start(db, {
		userId: users.otherStudent.id,
		slug: 'matrix-quiz'
	}))!;
	for (const item of attempt.plan) {
		const { answer } = await db
			.selectFrom('question_version')
			.select('answer')
			.where('id', '=', item.versionId)
			.executeTakeFirstOrThrow();
		const wrong = item.choices.find((choice) => choice !== answer)!;
		await recordAnswer(db, { attempt, questionId: item.questionId, choice: wrong, msTaken: null });
	}
	return {
		users,
		class: klass,
		otherClass,
		article: { slug: 'matrix-quiz', questionIds },
		otherStudentsAttempt: attempt.id,
		promotee: await person(db, 'student', 'Pat'),
		cookie: async (who) => {
			if (who === 'anonymous') return '';
			if (who === 'guest') return `${guestCookie}=${guestCookieValue(users.guest.id, secret)}`;
			const { token } = await createSession(db, users[who].id);
			return `${sessionCookie}=${token}`;
		}
	};
}
