/**
 * npm run bank:export [-- ROOT]: writes every article and the current version of its questions
 * from the database at DATABASE_URL (default file:./data/lede.db) to ROOT (default `questions/`).
 */
import { connect, defaultDatabaseUrl, migrate } from '../lib/server/db/connect';
import { exportBank } from '../lib/server/bank/export';

const root = process.argv[2] ?? (process.env.LEDE_QUESTIONS_DIR || 'questions');
const { db } = connect(process.env.DATABASE_URL || defaultDatabaseUrl);
try {
	await migrate(db);
	const report = await exportBank(db, root);
	for (const file of report.written) console.log(`wrote ${file}`);
	for (const problem of report.problems) console.log(problem);
	console.log(
		`bank export: ${report.articles} articles, ${report.questions} questions to ${root}; ` +
			`${report.written.length} file(s) changed; ${report.problems.length} problem(s)`
	);
} catch (e) {
	console.error(`bank export failed: ${(e as Error).message}`);
	process.exitCode = 1;
} finally {
	await db.destroy();
}
