import { describe, expect, it } from 'vitest';
import { formatDay, formatDuration, formatTimeZone, percent } from './format';

describe('format', () => {
	it('shows a bank date as the same calendar day', () => {
		expect(formatDay('2023-09-13')).toBe('13 September 2023');
	});
	it('shows a time zone with spaces where its identifier has underscores', () => {
		expect(formatTimeZone('America/Los_Angeles')).toBe('America/Los Angeles');
		expect(formatTimeZone('UTC')).toBe('UTC');
	});
	it('shows durations in the largest sensible units', () => {
		expect(formatDuration(42_400)).toBe('42 s');
		expect(formatDuration(245_000)).toBe('4 min 05 s');
		expect(formatDuration(3_720_000)).toBe('1 h 02 min');
	});
	it('rounds percentages and survives an empty quiz', () => {
		expect(percent(2, 3)).toBe(67);
		expect(percent(0, 0)).toBe(0);
	});
});
