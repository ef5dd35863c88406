import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshDatabase, testDialects } from '../../../../tests/support/database';
import { prepared } from './prepared';

const settingNamed = prepared((db, v: { key: string; fallback: string }) =>
	db
		.selectFrom('setting')
		.select(['key', 'value'])
		.where('key', 'in', [v.key, 'never'])
		.where('value', '!=', v.fallback)
);

for (const dialect of testDialects)
	describe(dialect, () => {
		it('runs a query built once with the values of each call, each in its place', async () => {
			const { db, close } = await freshDatabase(dialect);
			try {
				await db
					.insertInto('setting')
					.values([
						{ key: 'a', value: 'one' },
						{ key: 'b', value: 'two' }
					])
					.execute();
				expect((await settingNamed(db, { key: 'a', fallback: 'x' })).rows).toEqual([
					{ key: 'a', value: 'one' }
				]);
				expect((await settingNamed(db, { key: 'b', fallback: 'x' })).rows).toEqual([
					{ key: 'b', value: 'two' }
				]);
				expect((await settingNamed(db, { key: 'b', fallback: 'two' })).rows).toEqual([]);
			} finally {
				await close();
			}
		});

		it('refuses a query that leaves a value out, rather than running without it', async () => {
			const { db, close } = await freshDatabase(dialect);
			try {
				const forgetful = prepared((db, v: { key: string; value: string }) =>
					db.selectFrom('setting').select('value').where('key', '=', v.key)
				);
				await expect(forgetful(db, { key: 'a', value: 'b' })).rejects.toThrow(/does not use value/);
			} finally {
				await close();
			}
		});

		it('refuses a query that returns *, which a prepared statement cannot outlive', async () => {
			const { db, close } = await freshDatabase(dialect);
			try {
				const everything = prepared((db, v: { key: string }) =>
					db.selectFrom('setting').selectAll().where('key', '=', v.key)
				);
				await expect(everything(db, { key: 'a' })).rejects.toThrow(/no \*/);
			} finally {
				await close();
			}
		});
	});

describe.runIf(testDialects.includes('postgres'))('on PostgreSQL', () => {
	it('is parsed once per connection, and outlives a column another instance adds', async () => {
		const { db, close } = await freshDatabase('postgres');
		try {
			await db.insertInto('setting').values({ key: 'a', value: 'one' }).execute();
			// A transaction holds one connection, so its prepared statements can be listed.
			const kept = await db.transaction().execute(async (trx) => {
				await settingNamed(trx, { key: 'a', fallback: 'x' });
				await settingNamed(trx, { key: 'a', fallback: 'x' });
				return (
					await sql<{ n: number }>`select count(*) as n from pg_prepared_statements`.execute(trx)
				).rows[0].n;
			});
			expect(kept).toBe(1);
			await sql`alter table setting add column note text`.execute(db);
			for (let run = 0; run < 20; run++)
				expect((await settingNamed(db, { key: 'a', fallback: 'x' })).rows).toEqual([
					{ key: 'a', value: 'one' }
				]);
		} finally {
			await close();
		}
	});
});
