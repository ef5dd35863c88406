import { describe, expect, it } from 'vitest';
import { addDays, dayStart, localDay, startOfDay } from './days';

describe('review days in a time zone', () => {
	const moment = new Date('2024-03-02T06:30:00Z');

	it('are different calendar days at one moment for learners in different zones', () => {
		expect(localDay(moment, 'UTC')).toBe('2024-03-02');
		expect(localDay(moment, 'America/Los_Angeles')).toBe('2024-03-01');
		expect(localDay(moment, 'Asia/Tokyo')).toBe('2024-03-02');
	});

	it('begin at the learner’s midnight, half and quarter hours included', () => {
		expect(dayStart(moment, 'UTC').toISOString()).toBe('2024-03-02T00:00:00.000Z');
		expect(dayStart(moment, 'America/Los_Angeles').toISOString()).toBe('2024-03-01T08:00:00.000Z');
		expect(dayStart(moment, 'Asia/Kolkata').toISOString()).toBe('2024-03-01T18:30:00.000Z');
		expect(dayStart(moment, 'Asia/Kathmandu').toISOString()).toBe('2024-03-01T18:15:00.000Z');
	});

	it('last 23 or 25 hours when the clocks change, and start when a skipped midnight would have', () => {
		const hours = (day: string, zone: string) =>
			(startOfDay(addDays(day, 1), zone).getTime() - startOfDay(day, zone).getTime()) / 3_600_000;
		expect(hours('2024-03-10', 'America/Los_Angeles')).toBe(23);
		expect(hours('2024-11-03', 'America/Los_Angeles')).toBe(25);
		// Santiago moved its clocks from midnight to one on 8 September 2024: the day began at 01:00.
		expect(startOfDay('2024-09-08', 'America/Santiago').toISOString()).toBe(
			'2024-09-08T04:00:00.000Z'
		);
		expect(localDay(startOfDay('2024-09-08', 'America/Santiago'), 'America/Santiago')).toBe(
			'2024-09-08'
		);
	});

	it('count calendar days across month and year ends', () => {
		expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
		expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
		expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
	});
});
