import { setFlagsFromString } from 'node:v8';
import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { importBank, summarizeImport } from '$lib/server/bank/import';
import { migrate } from '$lib/server/db/connect';
import { db } from '$lib/server/db';
import { cookieGuest, createGuest, keepGuest, type Identity } from '$lib/server/identity/learner';
import { sessionUser } from '$lib/server/auth/session';
import { newCardsPerDay } from '$lib/server/review/settings';

/**
 * V8 allocates straight into the old generation at the places in the code whose objects it has
 * seen outlive a collection. Under answer load that guess went wrong for this server: the old
 * generation filled with short-lived garbage (about 20 MB/s against a minimal SvelteKit app's
 * 7 MB/s) and every young-generation collection took 6.5–10 ms instead of about 3, which was the
 * answer-submit p99. Without the guess the old generation stays flat and the collections take
 * about 3 ms (bench/, measured on a 2-core machine). Set before the server takes a request.
 */
setFlagsFromString('--no-allocation-site-pretenuring');

export const init: ServerInit = async () => {
	await migrate(db);
	// The shipped quizzes live in files; a broken folder is reported and skipped, never fatal.
	const report = await importBank(db, env.LEDE_QUESTIONS_DIR || 'questions');
	for (const line of [...report.problems, ...report.conflicts]) console.warn(line);
	console.log(summarizeImport(report));
	console.log(`Review: at most ${newCardsPerDay} new cards a day per learner`);
};

export const handle: Handle = async ({ event, resolve }) => {
	const secure = event.url.protocol === 'https:';
	event.locals.db = db;
	// A signed-in account is the learner; the guest cookie only speaks for someone not signed in.
	event.locals.user =
		(await sessionUser(db, event.cookies, secure)) ??
		(await cookieGuest(db, event.cookies, secure));
	let learner: Promise<Identity> | undefined;
	event.locals.learner = () =>
		(learner ??= (async () => {
			const user = event.locals.user;
			if (!user) return (event.locals.user = await createGuest(db, event.cookies, secure));
			if (user.role === 'guest') await keepGuest(db, user);
			return user;
		})());
	return resolve(event);
};
