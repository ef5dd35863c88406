import type { ServerInit } from '@sveltejs/kit';
import { sql } from 'kysely';
import { db } from './db';

export const init: ServerInit = async () => {
	await sql`create table if not exists floor_write (id text primary key, choice text not null, at text not null)`.execute(
		db
	);
};
