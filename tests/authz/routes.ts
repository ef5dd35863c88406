/**
 * The authorisation matrix: every route and every form action, with the status each kind of
 * visitor gets. Add a row for each new route or action; `matrix.spec.ts` fails until every
 * one in src/routes has one. Posts carry no fields unless given: a refused visitor must be
 * refused before the form is even read, and an allowed one then gets 400 for the empty form.
 */
import type { Who, World } from './world';

export interface Check {
	/** The route id without groups, as SvelteKit prints it: `/teach/classes/[id]`. */
	route: string;
	/** A form action's name (`default` for the unnamed one); none for a page load (GET). */
	action?: string;
	/** The concrete path to request. */
	path: (w: World) => string;
	form?: (w: World) => Record<string, string>;
	expect: Record<Who, number>;
}

/** `status` for everyone, except as listed. */
function statuses(status: number, except: Partial<Record<Who, number>> = {}): Record<Who, number> {
	return {
		anonymous: status,
		guest: status,
		student: status,
		otherStudent: status,
		teacher: status,
		otherTeacher: status,
		admin: status,
		...except
	};
}

/** Pages that send someone not signed in to /login (303), refuse students (403), allow teaching. */
const teachingPage = statuses(200, { anonymous: 303, guest: 303, student: 403, otherStudent: 403 });
/** Actions that refuse someone not signed in (401) or a student (403). */
const teachingAction = (allowed: number, otherTeacher = allowed) =>
	statuses(allowed, { anonymous: 401, guest: 401, student: 403, otherStudent: 403, otherTeacher });

const signedIn = { student: 303, otherStudent: 303, teacher: 303, otherTeacher: 303, admin: 303 };

export const checks: Check[] = [
	{ route: '/', path: () => '/', expect: statuses(200) },
	{ route: '/login', path: () => '/login', expect: statuses(200, signedIn) },
	{ route: '/login', action: 'default', path: () => '/login', expect: statuses(400) },
	{ route: '/signup', path: () => '/signup', expect: statuses(200, signedIn) },
	{ route: '/signup', action: 'default', path: () => '/signup', expect: statuses(400) },
	{ route: '/logout', path: () => '/logout', expect: statuses(200) },
	{ route: '/logout', action: 'default', path: () => '/logout', expect: statuses(303) },
	{
		route: '/admin/users',
		path: () => '/admin/users',
		expect: statuses(403, { anonymous: 303, guest: 303, admin: 200 })
	},
	{
		route: '/admin/users',
		action: 'role',
		path: () => '/admin/users?/role',
		form: (w) => ({ userId: w.promotee.id, role: 'teacher' }),
		expect: statuses(403, { anonymous: 401, guest: 401, admin: 200 })
	},
	{ route: '/articles/[slug]', path: (w) => `/articles/${w.article.slug}`, expect: statuses(200) },
	{ route: '/progress', path: () => '/progress', expect: statuses(200) },
	{ route: '/quiz/[slug]', path: (w) => `/quiz/${w.article.slug}`, expect: statuses(200) },
	{
		route: '/quiz/[slug]',
		action: 'start',
		path: (w) => `/quiz/${w.article.slug}?/start`,
		expect: statuses(303)
	},
	{
		route: '/quiz/[slug]',
		action: 'answer',
		path: (w) => `/quiz/${w.article.slug}?/answer`,
		expect: statuses(400)
	},
	{
		route: '/quiz/[slug]/results',
		path: (w) => `/quiz/${w.article.slug}/results?attempt=${w.otherStudentsAttempt}`,
		// Only the learner who made an attempt sees it; everyone else is sent to the quiz.
		expect: statuses(303, { otherStudent: 200 })
	},
	{
		route: '/quiz/[slug]/results',
		action: 'retry',
		path: (w) => `/quiz/${w.article.slug}/results?/retry`,
		form: (w) => ({ attempt: w.otherStudentsAttempt }),
		expect: statuses(400, { otherStudent: 303 })
	},
	{ route: '/review', path: () => '/review', expect: statuses(200) },
	{ route: '/review', action: 'answer', path: () => '/review?/answer', expect: statuses(400) },
	{ route: '/review/time-zone', path: () => '/review/time-zone', expect: statuses(200) },
	{
		route: '/review/time-zone',
		action: 'default',
		path: () => '/review/time-zone',
		expect: statuses(400)
	},
	{ route: '/join', path: () => '/join', expect: statuses(200) },
	{ route: '/join/[code]', path: (w) => `/join/${w.class.join_code}`, expect: statuses(200) },
	{
		route: '/join/[code]',
		action: 'default',
		path: (w) => `/join/${w.class.join_code}`,
		expect: statuses(303, {
			anonymous: 303,
			guest: 303,
			teacher: 403,
			otherTeacher: 403,
			admin: 403
		})
	},
	{ route: '/teach', path: () => '/teach', expect: teachingPage },
	{ route: '/teach/classes', path: () => '/teach/classes', expect: teachingPage },
	{
		route: '/teach/classes',
		action: 'create',
		path: () => '/teach/classes?/create',
		expect: teachingAction(400)
	},
	{
		route: '/teach/classes/[id]',
		path: (w) => `/teach/classes/${w.class.id}`,
		expect: { ...teachingPage, otherTeacher: 404 }
	},
	{
		route: '/teach/classes/[id]',
		action: 'assign',
		path: (w) => `/teach/classes/${w.class.id}?/assign`,
		expect: teachingAction(400, 404)
	},
	// With no assignment or student named, there is nothing to remove: done, harmlessly.
	...['unassign', 'removeStudent'].map((action) => ({
		route: '/teach/classes/[id]',
		action,
		path: (w: World) => `/teach/classes/${w.class.id}?/${action}`,
		expect: teachingAction(200, 404)
	})),
	{ route: '/teach/articles/new', path: () => '/teach/articles/new', expect: teachingPage },
	{
		route: '/teach/articles/new',
		action: 'default',
		path: () => '/teach/articles/new',
		expect: teachingAction(400)
	},
	{
		route: '/teach/articles/[slug]',
		path: (w) => `/teach/articles/${w.article.slug}`,
		expect: { ...teachingPage, otherTeacher: 404 }
	},
	{
		route: '/teach/articles/[slug]',
		action: 'publish',
		path: (w) => `/teach/articles/${w.article.slug}?/publish`,
		// This action reads the form before the role, so it is given a real question to publish.
		form: (w) => ({ id: w.article.questionIds[0] }),
		expect: teachingAction(200, 404)
	},
	{
		route: '/teach/articles/[slug]',
		action: 'publishAll',
		path: (w) => `/teach/articles/${w.article.slug}?/publishAll`,
		expect: teachingAction(200, 404)
	},
	{
		// No question named: not found, even for the owner.
		route: '/teach/articles/[slug]',
		action: 'remove',
		path: (w) => `/teach/articles/${w.article.slug}?/remove`,
		expect: teachingAction(404, 404)
	},
	{
		route: '/teach/articles/[slug]/questions/new',
		path: (w) => `/teach/articles/${w.article.slug}/questions/new`,
		expect: { ...teachingPage, otherTeacher: 404 }
	},
	{
		route: '/teach/articles/[slug]/questions/new',
		action: 'save',
		path: (w) => `/teach/articles/${w.article.slug}/questions/new?/save`,
		expect: teachingAction(400, 404)
	},
	{
		route: '/teach/articles/[slug]/questions/[id]',
		path: (w) => `/teach/articles/${w.article.slug}/questions/${w.article.questionIds[0]}`,
		expect: { ...teachingPage, otherTeacher: 404 }
	},
	{
		route: '/teach/articles/[slug]/questions/[id]',
		action: 'save',
		path: (w) => `/teach/articles/${w.article.slug}/questions/${w.article.questionIds[0]}?/save`,
		expect: teachingAction(400, 404)
	},
	{
		// The article's second question, which no other check uses. The teacher retires it, so
		// the admin, asking next, finds no such question any more.
		route: '/teach/articles/[slug]/questions/[id]',
		action: 'retire',
		path: (w) => `/teach/articles/${w.article.slug}/questions/${w.article.questionIds[1]}?/retire`,
		expect: { ...teachingAction(303, 404), admin: 404 }
	}
];
