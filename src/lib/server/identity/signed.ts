import { createHmac, timingSafeEqual } from 'node:crypto';
import { remember } from '../memory';

/** `value.signature`: the browser may keep a guest id but cannot forge one. */
export function sign(value: string, secret: string): string {
	return `${value}.${mac(value, secret)}`;
}

/**
 * Signed texts already found genuine, with the key that signed them. A learner sends the same
 * cookie with every request, and its HMAC cost more than the rest of reading it. Only genuine
 * texts are kept, so forged cookies cannot fill the memory or evict the genuine ones for long.
 */
const genuine = new Map<string, { secret: string; value: string }>();
const genuineCapacity = 10_000;

export function unsign(signed: string | undefined, secret: string): string | null {
	if (!signed) return null;
	const known = genuine.get(signed);
	if (known?.secret === secret) return known.value;
	const dot = signed.lastIndexOf('.');
	if (dot <= 0) return null;
	const value = signed.slice(0, dot);
	const given = Buffer.from(signed.slice(dot + 1));
	const expected = Buffer.from(mac(value, secret));
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	return remember(genuine, signed, { secret, value }, genuineCapacity).value;
}

function mac(value: string, secret: string): string {
	return createHmac('sha256', secret).update(value).digest('base64url');
}
