import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The SQLite file a `file:` DATABASE_URL names, or null for any other database. */
export function sqlitePath(url: string): string | null {
	return url.startsWith('file:') ? url.slice('file:'.length) : null;
}

/**
 * Copies a live SQLite database, WAL included, with SQLite's online backup: the app keeps
 * reading and writing meanwhile, and the copy is one consistent moment. Copies go to
 * `backups/lede-<UTC timestamp>.db` beside the database (./data/backups for the default).
 */
export async function backupSqlite(path: string, now = new Date()): Promise<string> {
	const dir = join(dirname(path), 'backups');
	mkdirSync(dir, { recursive: true });
	const target = join(dir, `lede-${now.toISOString().replace(/[:.]/g, '-')}.db`);
	const source = new SQLite(path, { fileMustExist: true });
	try {
		await source.backup(target);
	} finally {
		source.close();
	}
	return target;
}
