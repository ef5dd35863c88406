/**
 * npm run bank:import [-- ROOT]: imports the bank (default `questions/`, or LEDE_QUESTIONS_DIR)
 * into the database at DATABASE_URL (default file:./data/lede.db), migrating it first.
 * Exits 1 if any folder could not be imported; conflicts are reported but are not failures.
 */
import { connect, defaultDatabaseUrl, migrate } from '../lib/server/db/connect';
import { importBank, summarizeImport } from '../lib/server/bank/import';

const root = process.argv[2] ?? (process.env.LEDE_QUESTIONS_DIR || 'questions');
const { db } = connect(process.env.DATABASE_URL || defaultDatabaseUrl);
try {
	await migrate(db);
	const report = await importBank(db, root);
	for (const line of [...report.problems, ...report.conflicts]) console.log(line);
	console.log(summarizeImport(report));
	process.exitCode = report.problems.length ? 1 : 0;
} catch (e) {
	console.error(`bank import failed: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
