import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserRow } from '../../src/lib/server/db/types';
import * as review from '../../src/routes/review/+page.server';
import * as timeZonePage from '../../src/routes/review/time-zone/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { person } from '../support/teaching';

for (const dialect of testDialects)
	describe(`the learner's time zone (${dialect})`, { timeout: 60_000 }, () => {
		let t: TestDatabase;
		let learner: UserRow;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			learner = await person(t.db, 'guest');
		});
		afterEach(() => t.close());

		const post = (form: Record<string, string>, user: UserRow | null = learner) =>
			run(
				timeZonePage.actions.default,
				requestEvent(t.db, user, { path: '/review/time-zone', form })
			);
		const stored = async () =>
			(
				await t.db
					.selectFrom('user')
					.select('time_zone')
					.where('id', '=', learner.id)
					.executeTakeFirstOrThrow()
			).time_zone;
		const reviewZone = async () =>
			(
				(await run(review.load, requestEvent(t.db, learner, { path: '/review' }))).data as {
					zone: { name: string; chosen: boolean };
				}
			).zone;

		it('counts days in UTC until the learner has a zone', async () => {
			expect(await reviewZone()).toEqual({ name: 'UTC', chosen: false });
			const { data } = await run(timeZonePage.load, requestEvent(t.db, learner));
			expect(data).toMatchObject({ timeZone: 'UTC', chosen: false });
			expect((data as { timeZones: string[] }).timeZones).toContain('America/Chicago');
		});

		it('stores a zone chosen from the list, under its canonical name, and review follows it', async () => {
			expect(await post({ timeZone: 'America/Chicago' })).toEqual({
				status: 303,
				location: '/review'
			});
			expect(await reviewZone()).toEqual({ name: 'America/Chicago', chosen: true });
			expect(await post({ timeZone: ' europe/berlin ' })).toMatchObject({ status: 303 });
			expect(await stored()).toBe('Europe/Berlin');
		});

		it('refuses a forged or missing zone with a clear message and keeps the one stored', async () => {
			await post({ timeZone: 'Asia/Tokyo' });
			for (const form of [{ timeZone: 'Mars/Olympus' }, { timeZone: '' }, {}] as Record<
				string,
				string
			>[]) {
				const outcome = await post(form);
				expect(outcome.status).toBe(400);
				expect(outcome.data).toMatchObject({
					error: 'Choose a time zone from the list, such as Europe/London or America/Chicago.'
				});
			}
			expect(await stored()).toBe('Asia/Tokyo');
		});

		it('takes the browser’s zone only while the learner has chosen none, and makes no guest for it', async () => {
			await post({ timeZone: 'America/New_York', automatic: '1' });
			expect(await stored()).toBe('America/New_York');
			await post({ timeZone: 'Asia/Tokyo' });
			await post({ timeZone: 'Europe/Paris', automatic: '1' });
			expect(await stored()).toBe('Asia/Tokyo');
			await post({ timeZone: 'Europe/Paris', automatic: '1' }, null);
			expect(await t.db.selectFrom('user').select('id').execute()).toHaveLength(1);
		});
	});
