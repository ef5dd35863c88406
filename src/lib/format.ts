// One formatter for every call: toLocaleDateString builds a new one each time, which cost the
// quiz page more than rendering the rest of it.
const dayFormat = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

/** Dates in the bank are calendar days (YYYY-MM-DD): shown as written, never shifted by a time zone. */
export function formatDay(isoDay: string): string {
	return dayFormat.format(new Date(`${isoDay.slice(0, 10)}T00:00:00Z`));
}

/** "4 min 05 s", "42 s": how long an attempt took. */
export function formatDuration(ms: number): string {
	const seconds = Math.max(0, Math.round(ms / 1000));
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.floor(seconds / 60);
	if (minutes < 60) return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
	return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
}

export function percent(correct: number, total: number): number {
	return total ? Math.round((100 * correct) / total) : 0;
}

/** A time zone as people write it: "America/Los Angeles", not its identifier's underscores. */
export function formatTimeZone(zone: string): string {
	return zone.replaceAll('_', ' ');
}
