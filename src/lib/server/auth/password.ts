import { hash, verify } from '@node-rs/argon2';

export const minPasswordLength = 10;
/** argon2 pre-hashes long input, but a cap keeps a forged megabyte post from costing anything. */
export const maxPasswordLength = 256;

/** Argon2id with the library's defaults (19 MiB, 2 passes, 1 lane): OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
	return hash(password);
}

/**
 * A hash of a password nobody knows, checked when the email has no account so that a wrong
 * email takes as long as a wrong password and response times do not reveal who has an account.
 */
const unknownAccountHash =
	'$argon2id$v=19$m=19456,t=2,p=1$EntGx9SoxnER0oO7GVgI+w$HACXRho4FwXyZzED13keA5InZgRNiKOPupYycmIp2nM';

export async function verifyPassword(
	passwordHash: string | null | undefined,
	password: string
): Promise<boolean> {
	try {
		return await verify(passwordHash ?? unknownAccountHash, password);
	} catch {
		// A malformed stored hash must refuse the login, not crash it.
		return false;
	}
}
