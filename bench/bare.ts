/**
 * The bare baseline: node:http and better-sqlite3, no framework, no query builder, doing the
 * single-row write the framework floor and the app's answer submission do, with the same
 * SQLite settings. Run as `node --import tsx bench/bare.ts` with PORT and DATABASE_FILE.
 */
import SQLite from 'better-sqlite3';
import { createServer } from 'node:http';

const sqlite = new SQLite(process.env.DATABASE_FILE!);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = NORMAL');
sqlite.pragma('busy_timeout = 5000');
sqlite.exec(
	'create table if not exists bare_write (id text primary key, choice text not null, at text not null)'
);
const insert = sqlite.prepare('insert into bare_write (id, choice, at) values (?, ?, ?)');

createServer((request, response) => {
	let body = '';
	request.on('data', (chunk) => (body += chunk));
	request.on('end', () => {
		const choice = new URLSearchParams(body).get('choice');
		if (request.method !== 'POST' || !choice) {
			response.writeHead(400).end();
			return;
		}
		insert.run(crypto.randomUUID(), choice, new Date().toISOString());
		response.writeHead(303, { location: '/' }).end();
	});
}).listen(Number(process.env.PORT), '127.0.0.1');
