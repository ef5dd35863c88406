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
	});
