/**
 * Calls a route's load or action the way SvelteKit would, with a real database in locals, and
 * reports what the browser would get: a status, a redirect location, the returned data.
 */
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../../src/lib/server/db/types';

export interface Outcome {
	status: number;
	location?: string;
	data?: unknown;
}

interface EventInput {
	params?: Record<string, string>;
	path?: string;
	form?: FormData | Record<string, string | string[]>;
}

export function requestEvent(db: Kysely<Database>, user: UserRow | null, input: EventInput = {}) {
	const url = new URL(input.path ?? '/', 'http://localhost');
	let body: FormData | undefined;
	if (input.form instanceof FormData) body = input.form;
	else if (input.form) {
		body = new FormData();
		for (const [name, value] of Object.entries(input.form))
			for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
	}
	const locals: App.Locals = {
		db,
		user,
		learner: async () => {
			if (!user) throw new Error('these tests give every request that stores something a user');
			return user;
		}
	};
	return {
		locals,
		params: input.params ?? {},
		url,
		request: new Request(url, body ? { method: 'POST', body } : {}),
		// Loads of pages below a layout await parent(); layouts are tested on their own.
		parent: async () => ({})
	};
}

// The route's own handler types are checked by svelte-check; here any load or action will do.
type Handler = (event: never) => unknown;

export async function run(
	handler: Handler | undefined,
	event: ReturnType<typeof requestEvent>
): Promise<Outcome> {
	if (!handler) throw new Error('no such load or action');
	try {
		const result = await handler(event as never);
		if (isActionFailure(result)) return { status: result.status, data: result.data };
		return { status: 200, data: result };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status, location: e.location };
		if (isHttpError(e)) return { status: e.status, data: e.body };
		throw e;
	}
}
