import type { Kysely } from 'kysely';
import type { Database } from '$lib/server/db/types';
import type { Identity } from '$lib/server/identity/learner';

declare global {
	namespace App {
		interface Locals {
			/** Passed per request, not imported, so server tests can hand in a SQLite or PostgreSQL database. */
			db: Kysely<Database>;
			/** The signed-in account or the cookie's guest; null for a first visit. */
			user: Identity | null;
			/** The current learner, made a guest on first need: call it only when something is to be stored. */
			learner: () => Promise<Identity>;
		}
	}
}

export {};
