/** The guest cookie's name and signed value: no database or environment needed to make one. */
import { sign } from './signed';

export const guestCookie = 'lede_guest';
export const guestCookieMaxAge = 60 * 60 * 24 * 400; // the longest browsers keep a cookie
/**
 * Marks cookies issued since sign-up stopped turning the guest itself into the account: their
 * guest can never have become an account, so the signature alone is proof enough.
 */
export const trusted = 'g2:';

/** The signed value of the guest cookie for `id`. */
export function guestCookieValue(id: string, secret: string): string {
	return sign(trusted + id, secret);
}
