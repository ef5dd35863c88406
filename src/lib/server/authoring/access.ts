/**
 * Every teaching load and action starts here: the role is checked on the server each time, and
 * a record belonging to another teacher is refused whatever the page showed.
 */
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import type { Database } from '../db/types';
import type { Identity } from '../identity/learner';
import * as articles from './article';
import * as classes from '../classes/class';

/** Admins may do whatever a teacher may, on any teacher's articles and classes. */
const teaching = ['teacher', 'admin'] as const;

/** In a load: a visitor who is not signed in is sent to log in and back. */
export function teacherForPage(event: { locals: App.Locals; url: URL }) {
	return requirePageRole(event, ...teaching);
}

export function teacherForAction(locals: App.Locals) {
	return requireRole(locals, ...teaching);
}

export async function ownArticle(db: Kysely<Database>, user: Identity, slug: string) {
	const article = await articles.getOwned(db, slug, user);
	if (!article) error(404, 'No article of yours has this address.');
	return article;
}

export async function ownClass(db: Kysely<Database>, user: Identity, id: string) {
	const found = await classes.getOwned(db, id, user);
	if (!found) error(404, 'No class of yours has this address.');
	return found;
}
