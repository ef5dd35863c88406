import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './types';

/** Marks where a value goes among a compiled query's parameters; no real value starts so. */
const standIn = '\u0000prepared:';

/**
 * A query built and compiled with Kysely once per database, then run with new values. For the
 * commonest write (an answer), building and compiling the query each time cost as much CPU as
 * the database took to run it.
 *
 * `build` is called once, with stand-ins for the values, so it must pass each value into the
 * query as it is (no branching on it, no arithmetic with it): the stand-in marks where the value
 * goes, on SQLite and on PostgreSQL alike.
 */
export function prepared<V extends Record<string, unknown>, O>(
	build: (db: Kysely<Database>, values: V) => Compilable<O>
): (db: Kysely<Database>, values: V) => Promise<QueryResult<O>> {
	const compiled = new WeakMap<Kysely<Database>, { query: CompiledQuery<O>; slots: string[] }>();
	return async (db, values) => {
		let known = compiled.get(db);
		if (!known) {
			const keys = Object.keys(values);
			const standIns = Object.fromEntries(keys.map((key) => [key, standIn + key]));
			const query = build(db, standIns as V).compile();
			const slots = query.parameters.map((p) =>
				typeof p === 'string' && p.startsWith(standIn) ? p.slice(standIn.length) : ''
			);
			const unused = keys.filter((key) => !slots.includes(key));
			if (unused.length)
				throw new Error(`prepared query does not use ${unused.join(', ')}: build must pass them`);
			known = { query, slots };
			compiled.set(db, known);
		}
		const { query, slots } = known;
		return db.executeQuery<O>({
			...query,
			parameters: slots.map((key, i) => (key ? values[key] : query.parameters[i]))
		});
	};
}
