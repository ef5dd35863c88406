import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './types';

/** Marks where a value goes among a compiled query's parameters; no real value starts so. */
const standIn = '\u0000prepared:';

/** Texts of the queries below, with the names PostgreSQL keeps them prepared under. */
const names = new Map<string, string>();

/** The name to keep `sql` prepared under on a PostgreSQL connection, if it is one of these. */
export function preparedName(sql: string): string | undefined {
	return names.get(sql);
}

/**
 * A query built and compiled with Kysely once per database, then run with new values. For the
 * commonest write (an answer), building and compiling the query each time cost as much CPU as
 * the database took to run it. On PostgreSQL it is also parsed and planned once per connection
 * (a named prepared statement, db/connect.ts): for the answer insert, that was a third of
 * PostgreSQL's work per answer.
 *
 * Its result must name its columns (no `*`): a prepared `*` fails once another instance's
 * migration adds a column to the table, while a named column list goes on working.
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
			if (/(?:select|returning|,)\s*(?:"\w+"\.)?\*/i.test(query.sql))
				throw new Error('a prepared query names the columns it returns: no *');
			known = { query, slots };
			if (!names.has(query.sql)) names.set(query.sql, `lede_prepared_${names.size + 1}`);
			compiled.set(db, known);
		}
		const { query, slots } = known;
		return db.executeQuery<O>({
			...query,
			parameters: slots.map((key, i) => (key ? values[key] : query.parameters[i]))
		});
	};
}
