/**
 * `npm run bench`: every benchmark in one run on one machine, baselines included, written to
 * BENCHMARKS.md with the machine they ran on. A benchmark script beside this one
 * (bench/generator.ts) prints its own Markdown section to stdout; this runner adds it as is.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { rounds, serverBenchmark, warmUpSeconds, type Row, type ServerResults } from './server';

const log = (line: string) => console.error(`bench: ${line}`);

function machine(): string {
	const cpu = cpus();
	return [
		`- CPU: ${cpu[0]?.model.trim() ?? 'unknown'}, ${cpu.length} cores (shared by the servers and the load generator)`,
		`- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
		`- Node ${process.version}, ${process.platform} ${process.arch}`,
		`- Load average at the start: ${execFileSync('cat', ['/proc/loadavg']).toString().split(' ').slice(0, 3).join(' ')}`
	].join('\n');
}

/** No acknowledged answer lost, none stored twice (at most one row per request sent). */
const accounted = ({ writes }: Row) =>
	!writes || (writes.acknowledged <= writes.stored && writes.stored <= writes.sent);
const writesText = ({ writes }: Row) =>
	writes ? `${writes.acknowledged} ≤ ${writes.stored} ≤ ${writes.sent}` : '–';
const whole = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number) => `${n.toFixed(1)} ms`;

function table(rows: Row[]): string {
	const lines = [
		'| server | database | instances | workload | connections | requests/s | p50 | p99 | errors | acknowledged ≤ stored ≤ sent |',
		'| --- | --- | --: | --- | --: | --: | --: | --: | --: | --: |'
	];
	for (const r of rows)
		lines.push(
			`| ${r.server} | ${r.database} | ${r.instances} | ${r.workload} | ${r.connections} | ${whole(r.figures.perSecond)} | ${ms(r.figures.p50)} | ${ms(r.figures.p99)} | ${r.figures.errors} | ${writesText(r)} |`
		);
	return lines.join('\n');
}

function find(
	rows: Row[],
	server: string,
	database: string,
	instances: number,
	workload: Row['workload'],
	connections: number
) {
	const row = rows.find(
		(r) =>
			r.server === server &&
			r.database === database &&
			r.instances === instances &&
			r.workload === workload &&
			r.connections === connections
	);
	if (!row)
		throw new Error(
			`no figures for ${server} ${database} ×${instances} ${workload} @${connections}`
		);
	return row.figures;
}

function targets({ rows, scripts }: ServerResults): string {
	const lines = ['| target | figure | met |', '| --- | --- | :-: |'];
	const check = (name: string, figure: string, met: boolean) =>
		lines.push(`| ${name} | ${figure} | ${met ? 'yes' : '**no**'} |`);
	const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(0)} %`;
	for (const connections of [10, 100]) {
		const app = (database: string) => find(rows, 'Lede', database, 1, 'answer submit', connections);
		const floor = (database: string) =>
			find(rows, 'SvelteKit floor', database, 1, 'answer submit', connections);
		for (const database of ['SQLite', 'PostgreSQL'])
			check(
				`answer submit on ${database} ≥ 70 % of the floor on ${database} (${connections} connections)`,
				`${whole(app(database).perSecond)} / ${whole(floor(database).perSecond)} = ${pct(app(database).perSecond, floor(database).perSecond)}`,
				app(database).perSecond >= 0.7 * floor(database).perSecond
			);
		check(
			`answer submit on PostgreSQL ≥ 60 % of SQLite (${connections} connections)`,
			`${whole(app('PostgreSQL').perSecond)} / ${whole(app('SQLite').perSecond)} = ${pct(app('PostgreSQL').perSecond, app('SQLite').perSecond)}`,
			app('PostgreSQL').perSecond >= 0.6 * app('SQLite').perSecond
		);
	}
	for (const database of ['SQLite', 'PostgreSQL']) {
		const app = find(rows, 'Lede', database, 1, 'answer submit', 10);
		const floor = find(rows, 'SvelteKit floor', database, 1, 'answer submit', 10);
		check(
			`answer submit p99 at 10 connections ≤ 1.5 × the floor's on ${database}`,
			`${ms(app.p99)} vs ${ms(floor.p99)} (${(app.p99 / floor.p99).toFixed(2)} ×)`,
			app.p99 <= 1.5 * floor.p99
		);
	}
	const two = rows.filter((r) => r.instances === 2);
	check(
		'two instances on one PostgreSQL: no errors, every acknowledged answer stored once',
		`${two.reduce((n, r) => n + r.figures.errors, 0)} errors; acknowledged ≤ stored ≤ sent: ${two
			.filter((r) => r.writes)
			.map(writesText)
			.join('; ')}`,
		two.every((r) => r.figures.errors === 0 && accounted(r))
	);
	check(
		'quiz page JavaScript ≤ 40 kB gzipped',
		`${(scripts.gzipped / 1000).toFixed(1)} kB`,
		scripts.gzipped <= 40_000
	);
	return lines.join('\n');
}

const reading = `## Reading the figures

- **Ratios, not absolutes.** The servers, PostgreSQL and the load generator share the machine's
  cores, and on a shared machine with other work (see the load average above) every absolute
  figure is low. Baselines run in the same minutes, so the ratios in the targets table are the
  figures to compare (issue 4 measured the floor at about 2,000 posts/s on a quieter machine).
- **What an answer costs.** The floor does one INSERT, and so does an answer. The guest is
  known from its signed cookie, without a query (a cookie's signature is checked once per
  process). An attempt's plan and the answer key never change, so each instance remembers them
  once read; the first answer of an attempt this instance has not seen reads the attempt first
  (every seeded attempt here, once). One \`INSERT … SELECT\`, built and compiled once per
  process (a named prepared statement on PostgreSQL), stores the answer only if the attempt is
  this learner's at this quiz, and only once: the answer's key is its attempt and question, the
  one index it writes (on SQLite the table itself, \`WITHOUT ROWID\`), and the attempt is the
  only reference checked (migration \`0340_answer_keyed_by_attempt\` says why). Nothing else is
  written: an attempt's finish is worked out when read. On PostgreSQL that is one round trip,
  as for the floor. On SQLite, the app and the floor alike checkpoint the write-ahead log from a
  worker thread, so no request waits for the disk. Beyond the floor's write, an answer costs
  the grading, the app's hooks and a wider row. The learner's review
  card takes the answer when their cards are next read (\`src/lib/server/review/cards.ts\`), in
  a transaction that claims the answers, so none counts twice.
- **More cores.** Each instance is one Node thread, so one instance uses about one core. Two
  instances here cannot be faster than one: the second competes for the same two cores with
  PostgreSQL and the load generator. What they show is correctness under load: no errors and no
  answer lost or stored twice. On a machine (or several) with more cores, with PostgreSQL on
  its own cores, answer submissions and page views should grow close to linearly with the
  number of instances until PostgreSQL's commit rate or the pool limits
  (instances × DATABASE_POOL_SIZE connections) bind; page views are reads and scale furthest.
  SQLite cannot follow: it has one writer, so it stays a one-instance database.`;

function generatorSection(): string {
	if (!existsSync('bench/generator.ts')) return '';
	log('generator');
	return execFileSync(process.execPath, ['--import', 'tsx', 'bench/generator.ts'], {
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 16 * 2 ** 20
	}).toString();
}

const started = new Date();
const machineText = machine();
const generator = generatorSection();
const server = await serverBenchmark(log);
const seconds = Number(process.env.BENCH_SECONDS || 5);

writeFileSync(
	'BENCHMARKS.md',
	`# Benchmarks

Written by \`npm run bench\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC. Every figure
comes from this one run on this machine; rerun it to compare on yours.

## Machine

${machineText}
- ${server.postgresVersion}, started by the run with \`synchronous_commit=off\` (as durable as
  SQLite's WAL with \`synchronous=NORMAL\`, which Lede uses)

${generator}
## Server

Each server is a separate \`node\` process on loopback; autocannon drives it from the runner
process, after a ${warmUpSeconds} s warm-up. **answer submit** runs ${rounds} rounds of ${seconds} s per row, and the servers
compared on one database (Lede and the floor) take turns round by round, so a change in the
shared machine's speed falls on both alike; a row gives the median round's throughput and
latencies, and the errors of all its rounds. **answer submit** posts a learner's answer
form as a browser without JavaScript does (guest cookie, 303 to the next screen), each request a
new answer of one of many seeded learners. The baselines do the same single-row write: **bare
node:http** with better-sqlite3 and no framework, and the **SvelteKit floor** (\`bench/floor\`: one
form action writing one row through the same Kysely connection as Lede). **quiz page view** loads
the question screen of a learner part-way through a quiz, in one ${seconds} s run per row. With two instances the connections are
split between them and latencies pooled. For writes, the rows a row's rounds added must be at
least the 303s they received (nothing acknowledged was lost) and at most the requests they sent
(nothing stored twice); requests still in flight when a round's time is up may or may not have
been stored.

${table(server.rows)}

The quiz page loads ${server.scripts.files} JavaScript files: ${whole(server.scripts.raw)} bytes,
**${(server.scripts.gzipped / 1000).toFixed(1)} kB gzipped** (gzip -9, summed per file).

## Targets (issues 4 and 7)

${targets(server)}

${reading}
`
);
log('wrote BENCHMARKS.md');
