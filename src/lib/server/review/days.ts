/**
 * Review days (the daily new-card limit, the streak, what is due today or tomorrow) are the
 * learner's calendar days in their own time zone, so a day ends at their midnight, not UTC's.
 */

/** A learner with no time zone of their own counts days in UTC. */
export const defaultTimeZone = 'UTC';

const dayMs = 24 * 60 * 60_000;
// Building a formatter costs far more than using one, and a server sees few distinct zones.
const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
	let found = formats.get(timeZone);
	if (!found) {
		found = new Intl.DateTimeFormat('en-CA', {
			timeZone,
			year: 'numeric',
			month: '2-digit',
			day: '2-digit',
			hour: '2-digit',
			minute: '2-digit',
			second: '2-digit',
			hourCycle: 'h23'
		});
		formats.set(timeZone, found);
	}
	return found;
}

/** The wall clock in `timeZone` at `at`, read as if it were UTC. */
function wallClock(at: number, timeZone: string): number {
	const parts = Object.fromEntries(
		format(timeZone)
			.formatToParts(at)
			.map((p) => [p.type, Number(p.value)])
	);
	return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** YYYY-MM-DD: the learner's calendar day at `at`. */
export function localDay(at: Date, timeZone: string): string {
	return new Date(wallClock(at.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The calendar day `days` after `day` (YYYY-MM-DD), whatever the clocks do in between. */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** The first moment of calendar day `day` (YYYY-MM-DD) in `timeZone`. */
export function startOfDay(day: string, timeZone: string): Date {
	const midnight = Date.parse(`${day}T00:00:00Z`);
	// The zone's offset at a guess, then at the moment found, which is right unless the
	// clocks change between them.
	let start = midnight - (wallClock(midnight, timeZone) - midnight);
	start = midnight - (wallClock(start, timeZone) - start);
	// Where the clocks skip midnight (Santiago, Havana), the day begins at the first moment on it.
	while (localDay(new Date(start), timeZone) < day) start += 15 * 60_000;
	return new Date(start);
}

/** The first moment of the learner's day at `now`. */
export function dayStart(now: Date, timeZone: string): Date {
	return startOfDay(localDay(now, timeZone), timeZone);
}
