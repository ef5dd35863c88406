/**
 * Server benchmark: answer submissions and quiz page views per second with p50/p99 latency,
 * for Lede on SQLite and on PostgreSQL (one and two instances), against two baselines run on
 * the same machine in the same run: a bare node:http server and the framework floor
 * (bench/floor, one SvelteKit form action), each doing the same single-row write.
 * Every server is a separate process on loopback; autocannon drives the load from this one.
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql, type Kysely } from 'kysely';
import { connect } from '../src/lib/server/db/connect';
import type { Database } from '../src/lib/server/db/types';
import { guestCookie, guestCookieValue } from '../src/lib/server/identity/guest-cookie';
import * as attempts from '../src/lib/server/quiz/attempts';
import { build, startServer, type AppInstance } from '../tests/support/app';
import { createDatabase, startPostgres, type PostgresServer } from '../tests/support/postgres';

const seconds = Number(process.env.BENCH_SECONDS || 5);
/**
 * Write runs per server and connection count. Rounds alternate between the servers compared, so
 * the shared machine slowing down or speeding up falls on each alike; a row gives the median.
 */
export const rounds = Number(process.env.BENCH_ROUNDS || 3);
/**
 * Every server gets the same warm-up before it is measured: long enough for V8 to optimise its
 * hot path, which takes longer for the app (more code) than for the floor.
 */
export const warmUpSeconds = 3;
const connectionCounts = [10, 100];
const origin = 'http://lede.test';
const formHeaders = {
	origin,
	accept: 'text/html',
	'content-type': 'application/x-www-form-urlencoded'
};

export interface Figures {
	requests: number;
	perSecond: number;
	p50: number;
	p99: number;
	/** Responses other than the expected status, and socket errors or timeouts. */
	errors: number;
	/** Requests handed to the connections; those in flight when time ran out got no answer. */
	sent: number;
}

interface Request {
	method: 'GET' | 'POST';
	path: string;
	body?: string;
	cookie?: string;
}

/**
 * Drives `connections` connections, split evenly over `targets`, for `seconds` or until
 * `next` runs dry; latencies of all targets go into one set, so two instances get one p99.
 */
async function drive(
	targets: AppInstance[],
	connections: number,
	expected: number,
	next: () => Request | undefined,
	duration = seconds
): Promise<Figures> {
	const latencies: number[] = [];
	let errors = 0;
	let sent = 0;
	const started = performance.now();
	const runs = targets.map(
		(target) =>
			new Promise<void>((resolve, reject) => {
				const instance = autocannon(
					{
						url: target.url,
						connections: connections / targets.length,
						duration,
						requests: [
							{
								setupRequest: (request) => {
									const work = next();
									if (!work) {
										instance.stop();
										return request;
									}
									sent++;
									return {
										...request,
										method: work.method,
										path: work.path,
										body: work.body,
										headers: {
											...(work.body ? formHeaders : { accept: 'text/html' }),
											...(work.cookie ? { cookie: work.cookie } : {})
										}
									};
								}
							}
						]
					},
					(error, result) => {
						if (error) return reject(error);
						errors += result.errors + result.timeouts;
						resolve();
					}
				);
				instance.on('response', (_client, status, _bytes, ms) => {
					latencies.push(ms);
					if (status !== expected) errors++;
				});
			})
	);
	await Promise.all(runs);
	const elapsed = (performance.now() - started) / 1000;
	latencies.sort((a, b) => a - b);
	const at = (q: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
	return {
		requests: latencies.length,
		perSecond: latencies.length / elapsed,
		p50: at(0.5),
		p99: at(0.99),
		errors,
		sent
	};
}

/**
 * Rows in `table` once writes still in flight from a finished run have landed (the count holds
 * still for half a second), so each run is charged with its own writes only.
 */
async function countRows(databaseUrl: string, table: string): Promise<number> {
	const { db } = connect(databaseUrl, { poolSize: 1 });
	const count = async () =>
		Number(
			(await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db)).rows[0]
				.n
		);
	try {
		for (let last = -1, now = await count(); ; last = now, now = await count()) {
			if (now === last) return now;
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
	} finally {
		await db.destroy();
	}
}

interface Learner {
	cookie: string;
	/** Answer forms for every question of the learner's attempts, in plan order. */
	answers: Request[];
	quizPath: string;
}

/**
 * Guests with an attempt at every published quiz, each started as a browser starts one: a post
 * of the quiz page's start form, to the instances in turn.
 */
async function seedLearners(
	db: Kysely<Database>,
	count: number,
	instances: AppInstance[]
): Promise<Learner[]> {
	// The key the app made and stored on its first request (the default: no LEDE_SECRET).
	const { value: secret } = await db
		.selectFrom('setting')
		.select('value')
		.where('key', '=', 'cookie_secret')
		.executeTakeFirstOrThrow();
	const slugs = (
		await db.selectFrom('article').select('slug').where('status', '=', 'published').execute()
	).map((a) => a.slug);
	const seedOne = async (i: number): Promise<Learner> => {
		const id = crypto.randomUUID();
		await db
			.insertInto('user')
			.values({ id, role: 'guest', created_at: new Date().toISOString() })
			.execute();
		const cookie = `${guestCookie}=${guestCookieValue(id, secret)}`;
		const answers: Request[] = [];
		for (const slug of slugs) {
			const started = await fetch(`${instances[i % instances.length].url}/quiz/${slug}?/start`, {
				method: 'POST',
				headers: { ...formHeaders, cookie },
				body: '',
				redirect: 'manual'
			});
			if (started.status !== 303) throw new Error(`starting ${slug} answered ${started.status}`);
			const attempt = await attempts.latest(db, id, slug);
			for (const item of attempt?.plan ?? [])
				answers.push({
					method: 'POST',
					path: `/quiz/${slug}?/answer`,
					body: new URLSearchParams({
						attempt: attempt!.id,
						question: item.questionId,
						choice: item.choices[i % item.choices.length]
					}).toString()
				});
		}
		return { cookie, answers, quizPath: `/quiz/${slugs[0]}` };
	};
	const learners: Learner[] = [];
	const inParallel = 8;
	for (let i = 0; i < count; i += inParallel)
		learners.push(
			...(await Promise.all(
				Array.from({ length: Math.min(inParallel, count - i) }, (_, j) => seedOne(i + j))
			))
		);
	return learners;
}

/** Answers in rounds across learners, so no learner has two answers in flight at once. */
function interleave(learners: Learner[]): () => Request | undefined {
	const queue: Request[] = [];
	const rounds = Math.max(...learners.map((l) => l.answers.length));
	for (let r = 0; r < rounds; r++)
		for (const learner of learners)
			if (learner.answers[r]) queue.push({ ...learner.answers[r], cookie: learner.cookie });
	let i = 0;
	return () => queue[i++];
}

function endless(requests: Request[]): () => Request {
	let i = 0;
	return () => requests[i++ % requests.length];
}

/**
 * Gzipped bytes of every script the quiz page loads: the modulepreloads SvelteKit lists in the
 * response's Link header and in the HTML, and the entry imports of its inline script.
 */
async function quizPageScripts(app: AppInstance, learner: Learner) {
	const page = app.url + learner.quizPath;
	const response = await fetch(page, { headers: { cookie: learner.cookie } });
	const html = await response.text();
	const hrefs = [
		...[
			...(response.headers.get('link') ?? '').matchAll(/<([^>]+)>;[^,]*rel="modulepreload"/g)
		].map((m) => m[1]),
		...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/g)].map(
			([tag]) => tag.match(/\bhref="([^"]+)"/)?.[1]
		),
		...[...html.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1])
	];
	const urls = new Set(
		hrefs.filter((href) => href !== undefined).map((href) => new URL(href, page).href)
	);
	let raw = 0;
	let gzipped = 0;
	for (const url of urls) {
		const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
		raw += bytes.length;
		gzipped += gzipSync(bytes, { level: 9 }).length;
	}
	return { files: urls.size, raw, gzipped };
}

export interface Row {
	server: string;
	database: string;
	instances: number;
	workload: 'answer submit' | 'quiz page view';
	connections: number;
	/** For writes, the median round's, with the errors of every round. */
	figures: Figures;
	/** For writes, over all rounds: rows added must be at least those acknowledged, at most those sent. */
	writes?: { acknowledged: number; stored: number; sent: number };
}

export interface ServerResults {
	rows: Row[];
	scripts: { files: number; raw: number; gzipped: number };
	postgresVersion: string;
}

/** A server taking single-row writes, and where to count the rows it stores. */
interface Writer {
	server: string;
	database: string;
	instances: AppInstance[];
	next: () => Request | undefined;
	databaseUrl: string;
	table: string;
}

/** The baselines' write: one row per request, forever. */
const baselineWrite = () => ({ method: 'POST' as const, path: '/', body: 'choice=a' });

/**
 * Writes to each writer at 10 and at 100 connections, in rounds alternating between them, each
 * round checked for lost or doubled rows.
 */
async function alternateWrites(writers: Writer[], rows: Row[]) {
	for (const writer of writers) await drive(writer.instances, 10, 303, writer.next, warmUpSeconds);
	for (const connections of connectionCounts) {
		const runs = writers.map(() => ({ figures: [] as Figures[], stored: 0 }));
		for (let round = 0; round < rounds; round++)
			for (const [i, writer] of writers.entries()) {
				const before = await countRows(writer.databaseUrl, writer.table);
				runs[i].figures.push(await drive(writer.instances, connections, 303, writer.next));
				runs[i].stored += (await countRows(writer.databaseUrl, writer.table)) - before;
			}
		for (const [i, writer] of writers.entries()) {
			const { figures, stored } = runs[i];
			const total = (count: (f: Figures) => number) => figures.reduce((n, f) => n + count(f), 0);
			rows.push({
				server: writer.server,
				database: writer.database,
				instances: writer.instances.length,
				workload: 'answer submit',
				connections,
				figures: {
					...figures.toSorted((x, y) => x.perSecond - y.perSecond)[figures.length >> 1],
					errors: total((f) => f.errors)
				},
				writes: {
					acknowledged: total((f) => f.requests - f.errors),
					stored,
					sent: total((f) => f.sent)
				}
			});
		}
	}
}

/**
 * Lede's answer submits, in rounds alternating with `baseline`'s when one is given, then its quiz
 * page views; returns its learners, part-way through their quizzes.
 */
async function appRuns(
	database: string,
	databaseUrl: string,
	instances: AppInstance[],
	rows: Row[],
	baseline?: Writer
): Promise<Learner[]> {
	const { db } = connect(databaseUrl, { poolSize: 4 });
	let learners: Learner[];
	try {
		// Enough answers that no run can use them all up: a generous guess of 3,000 answers/s.
		const perLearner = (await seedLearners(db, 1, instances))[0].answers.length;
		const needed = Math.ceil(
			(3000 * (seconds * connectionCounts.length * rounds + warmUpSeconds)) / perLearner
		);
		learners = await seedLearners(db, needed, instances);
	} finally {
		await db.destroy();
	}
	const lede: Writer = {
		server: 'Lede',
		database,
		instances,
		next: interleave(learners),
		databaseUrl,
		table: 'answer'
	};
	await alternateWrites(baseline ? [baseline, lede] : [lede], rows);
	// Page views of learners part-way through a quiz: the question screen, read-only.
	const views = endless(
		learners.slice(0, 200).map((l) => ({ method: 'GET', path: l.quizPath, cookie: l.cookie }))
	);
	await drive(instances, 10, 200, views, warmUpSeconds);
	for (const connections of connectionCounts)
		rows.push({
			server: 'Lede',
			database,
			instances: instances.length,
			workload: 'quiz page view',
			connections,
			figures: await drive(instances, connections, 200, views)
		});
	return learners;
}

async function withServers<T>(
	starts: Promise<AppInstance>[],
	work: (servers: AppInstance[]) => Promise<T>
): Promise<T> {
	const servers = await Promise.all(starts);
	try {
		return await work(servers);
	} finally {
		await Promise.all(servers.map((s) => s.stop()));
	}
}

export async function serverBenchmark(log: (line: string) => void): Promise<ServerResults> {
	log('building the app and the framework floor');
	build('.');
	build('bench/floor');
	// Commits on PostgreSQL are as durable as SQLite's WAL with synchronous=NORMAL: safe from
	// an app crash, may lose the last moment on power loss, never corrupt.
	const postgres: PostgresServer | null = await startPostgres({ synchronous_commit: 'off' });
	if (!postgres)
		throw new Error('the server benchmark needs PostgreSQL (apt-get install postgresql)');
	const dir = mkdtempSync(join(tmpdir(), 'lede-bench-'));
	const rows: Row[] = [];
	try {
		const postgresVersion = await (async () => {
			const { db } = connect(postgres.url, { poolSize: 1 });
			const { rows: version } = await sql<{ v: string }>`select version() as v`.execute(db);
			await db.destroy();
			return version[0].v.split(' on ')[0];
		})();
		const appEnv = (url: string) => ({ DATABASE_URL: url });

		log('bare node:http on SQLite');
		const bareFile = join(dir, 'bare.db');
		await withServers(
			[startServer(['--import', 'tsx', 'bench/bare.ts'], { DATABASE_FILE: bareFile })],
			(bare) =>
				alternateWrites(
					[
						{
							server: 'bare node:http',
							database: 'SQLite',
							instances: bare,
							next: baselineWrite,
							databaseUrl: `file:${bareFile}`,
							table: 'bare_write'
						}
					],
					rows
				)
		);

		/** The framework floor on `databaseUrl`, to alternate with Lede on the same database. */
		const floorOn = (database: string, databaseUrl: string, floor: AppInstance): Writer => ({
			server: 'SvelteKit floor',
			database,
			instances: [floor],
			next: baselineWrite,
			databaseUrl,
			table: 'floor_write'
		});

		log('Lede and the framework floor on SQLite, in alternating rounds');
		const appSqlite = `file:${join(dir, 'lede.db')}`;
		const floorSqlite = `file:${join(dir, 'floor.db')}`;
		const scripts = await withServers(
			[
				startServer(['build'], appEnv(appSqlite)),
				startServer(['bench/floor/build'], { DATABASE_URL: floorSqlite })
			],
			async ([app, floor]) => {
				const baseline = floorOn('SQLite', floorSqlite, floor);
				const learners = await appRuns('SQLite', appSqlite, [app], rows, baseline);
				return quizPageScripts(app, learners[learners.length - 1]);
			}
		);

		log('Lede (one instance) and the framework floor on PostgreSQL, in alternating rounds');
		const one = await createDatabase(postgres.url, { name: 'bench_one' });
		const floorPg = await createDatabase(postgres.url, { name: 'bench_floor' });
		await withServers(
			[
				startServer(['build'], appEnv(one.url)),
				startServer(['bench/floor/build'], { DATABASE_URL: floorPg.url })
			],
			([app, floor]) =>
				appRuns('PostgreSQL', one.url, [app], rows, floorOn('PostgreSQL', floorPg.url, floor))
		);

		log('Lede on PostgreSQL, two instances started at once');
		const two = await createDatabase(postgres.url, { name: 'bench_two' });
		await withServers(
			[startServer(['build'], appEnv(two.url)), startServer(['build'], appEnv(two.url))],
			(apps) => appRuns('PostgreSQL', two.url, apps, rows)
		);
		return { rows, scripts, postgresVersion };
	} finally {
		await postgres.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}
