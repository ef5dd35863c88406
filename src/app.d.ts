import type { UserRow } from '$lib/server/db/types';

declare global {
	namespace App {
		interface Locals {
			/** The signed-in account or the cookie's guest; null for a first visit. */
			user: UserRow | null;
			/** The current learner, made a guest on first need: call it only when something is to be stored. */
			learner: () => Promise<UserRow>;
		}
	}
}

export {};
