/**
 * npm run bank:check [-- ROOT]: validates every article folder of the bank and prints
 * `file:line: what is wrong` for each problem; exits 1 if there is any.
 */
import { formatProblem, readBank } from '../lib/bank/files';

const root = process.argv[2] ?? 'questions';
const folders = readBank(root);
const problems = folders.flatMap((f) => f.problems);
for (const p of problems) console.log(formatProblem(p));

if (!folders.length) {
	console.error(`${root}: no article folders found`);
	process.exit(1);
}
const questions = folders.reduce((n, f) => n + f.questions.length, 0);
if (problems.length) {
	const bad = folders.filter((f) => f.problems.length).length;
	console.error(`${problems.length} problem(s) in ${bad} of ${folders.length} folder(s)`);
	process.exit(1);
}
console.log(`${root}: ${folders.length} articles, ${questions} questions, no problems`);
