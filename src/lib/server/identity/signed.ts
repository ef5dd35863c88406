import { createHmac, timingSafeEqual } from 'node:crypto';

/** `value.signature`: the browser may keep a guest id but cannot forge one. */
export function sign(value: string, secret: string): string {
	return `${value}.${mac(value, secret)}`;
}

export function unsign(signed: string | undefined, secret: string): string | null {
	if (!signed) return null;
	const dot = signed.lastIndexOf('.');
	if (dot <= 0) return null;
	const value = signed.slice(0, dot);
	const given = Buffer.from(signed.slice(dot + 1));
	const expected = Buffer.from(mac(value, secret));
	return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}

function mac(value: string, secret: string): string {
	return createHmac('sha256', secret).update(value).digest('base64url');
}
