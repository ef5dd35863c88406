import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/types';
import { defaultTimeZone } from './days';

/** Every IANA zone this server's clock knows, UTC first: what a learner may choose from. */
export const timeZones = [defaultTimeZone, ...Intl.supportedValuesOf('timeZone')];
const known = new Set(timeZones);

export function isKnownTimeZone(name: string): boolean {
	return known.has(name);
}

/** The zone's own name for it ("asia/kolkata" is "Asia/Calcutta" here), or null if none. */
function canonical(name: string): string | null {
	try {
		return new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
	} catch {
		return null;
	}
}

const unknownZone = 'Choose a time zone from the list, such as Europe/London or America/Chicago.';

/**
 * The time zone form: set by hand from the list, or by the browser (`automatic`), which only
 * fills in a zone the learner has not chosen, so it never undoes their choice.
 */
export const timeZoneForm = z.object({
	timeZone: z
		.string({ error: unknownZone })
		.trim()
		.transform((name, ctx) => {
			const zone = canonical(name);
			if (zone && known.has(zone)) return zone;
			ctx.addIssue({ code: 'custom', message: unknownZone });
			return z.NEVER;
		}),
	automatic: z.literal('1').optional()
});

export async function setTimeZone(
	db: Kysely<Database>,
	userId: string,
	{ timeZone, automatic }: z.output<typeof timeZoneForm>
): Promise<void> {
	let update = db.updateTable('user').set({ time_zone: timeZone }).where('id', '=', userId);
	if (automatic) update = update.where('time_zone', 'is', null);
	await update.execute();
}

/** The zone the learner chose or their browser gave; null when neither. */
export async function storedTimeZone(db: Kysely<Database>, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('user')
		.select('time_zone')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.time_zone ?? null;
}
