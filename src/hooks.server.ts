import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { importBank, summarizeImport } from '$lib/server/bank/import';
import { migrate } from '$lib/server/db/connect';
import { db } from '$lib/server/db';
import { createGuest, findGuest } from '$lib/server/identity/learner';

export const init: ServerInit = async () => {
	await migrate(db);
	// The shipped quizzes live in files; a broken folder is reported and skipped, never fatal.
	const report = await importBank(db, env.LEDE_QUESTIONS_DIR || 'questions');
	for (const line of [...report.problems, ...report.conflicts]) console.warn(line);
	console.log(summarizeImport(report));
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.db = db;
	event.locals.user = await findGuest(db, event.cookies);
	event.locals.learner = async () =>
		(event.locals.user ??= await createGuest(db, event.cookies, event.url.protocol === 'https:'));
	return resolve(event);
};
