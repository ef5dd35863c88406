/**
 * `npm run bench`: runs every benchmark in one process, so each figure is compared with its
 * baseline measured moments before on the same machine, and writes BENCHMARKS.md.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { benchGenerator } from './generator.ts';

const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

const report = [
	'# Benchmarks',
	'',
	`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; machine: ${machine}.`,
	'Figures from a shared, noisy machine: compare each row with its same-run baseline, not across runs.',
	'',
	benchGenerator()
].join('\n');

writeFileSync('BENCHMARKS.md', report);
process.stdout.write(report);
