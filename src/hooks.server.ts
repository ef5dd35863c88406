import type { Handle, ServerInit } from '@sveltejs/kit';
import { migrate } from '$lib/server/db/connect';
import { db } from '$lib/server/db';
import { createGuest, findGuest } from '$lib/server/identity/learner';

export const init: ServerInit = async () => {
	await migrate(db);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.db = db;
	event.locals.user = await findGuest(db, event.cookies);
	event.locals.learner = async () =>
		(event.locals.user ??= await createGuest(db, event.cookies, event.url.protocol === 'https:'));
	return resolve(event);
};
