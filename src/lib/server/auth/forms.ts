import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { maxPasswordLength, minPasswordLength } from './password';

/** The one definition of each account form post: parses, validates and types it. */

const email = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email('Enter an email address like name@example.org.').max(254));

const next = z.string().optional();

export const signupForm = z.object({
	email,
	displayName: z
		.string()
		.trim()
		.min(1, 'Enter the name others will see.')
		.max(60, 'Keep the name to 60 characters.'),
	password: z
		.string()
		.min(minPasswordLength, `Use at least ${minPasswordLength} characters.`)
		.max(maxPasswordLength, `Use at most ${maxPasswordLength} characters.`),
	next
});

export const loginForm = z.object({
	email,
	password: z.string().min(1, 'Enter your password.').max(maxPasswordLength),
	next
});

export type FieldErrors = Partial<Record<string, string[]>>;

/** The one shape of a refused account form: what was typed, and messages by field ('form' for the whole). */
export function refuse(
	values: Record<string, string>,
	errors: FieldErrors | z.ZodError,
	status = 400
) {
	return fail(status, {
		values,
		errors:
			errors instanceof z.ZodError ? (z.flattenError(errors).fieldErrors as FieldErrors) : errors
	});
}

/** What a failed form shows again: everything typed except passwords, which never leave the server. */
export function typedValues(form: FormData, ...names: string[]): Record<string, string> {
	return Object.fromEntries(names.map((name) => [name, String(form.get(name) ?? '')]));
}

/** Where to go after logging in: only a path on this site, never another origin. */
export function safeNext(next: string | undefined): string {
	return next && /^\/(?![/\\])/.test(next) ? next : '/';
}
