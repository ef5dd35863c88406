/**
 * npm run user:create -- --email ann@example.org --role admin [--name Ann] [--password …]
 * Makes an account on DATABASE_URL (migrating it first), typically the first admin.
 * Without --password it takes LEDE_PASSWORD, else asks on the terminal without echoing.
 * An account that exists already gets the role, and the password only if one was given.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import * as account from '../lib/server/auth/account';
import { signupForm } from '../lib/server/auth/forms';
import { accountRoles } from '../lib/server/auth/roles';
import { connect, defaultDatabaseUrl, migrate } from '../lib/server/db/connect';

const argsSchema = z.object({
	email: signupForm.shape.email,
	role: z.enum(accountRoles, { error: `--role must be one of ${accountRoles.join(', ')}` }),
	name: z.string().trim().min(1).max(60).optional(),
	password: signupForm.shape.password.optional()
});

async function main(): Promise<string> {
	const { values } = parseArgs({
		options: {
			email: { type: 'string' },
			role: { type: 'string' },
			name: { type: 'string' },
			password: { type: 'string' }
		}
	});
	// An empty LEDE_PASSWORD counts as unset, as shells make it easy to export one by accident.
	const given = values.password || process.env.LEDE_PASSWORD || undefined;
	const args = parsed({ ...values, password: given });

	const { db } = connect(process.env.DATABASE_URL || defaultDatabaseUrl);
	try {
		await migrate(db);
		const existing = await account.getByEmail(db, args.email);
		if (existing && existing.role !== 'guest') {
			await account.setRole(db, existing.id, args.role);
			if (args.password) await account.setPassword(db, existing.id, args.password);
			return `updated ${args.email}: role ${args.role}${args.password ? ', new password' : ''}`;
		}
		const password = args.password ?? parsed({ ...args, password: await askPassword() }).password!;
		await account.create(db, {
			email: args.email,
			displayName: args.name ?? args.email.split('@')[0],
			password,
			role: args.role
		});
		return `created ${args.role} ${args.email}`;
	} finally {
		await db.destroy();
	}
}

function parsed(values: Record<string, string | undefined>) {
	const result = argsSchema.safeParse(values);
	if (result.success) return result.data;
	const issue = result.error.issues[0];
	const flag = `--${String(issue.path[0])}`;
	if (issue.code === 'invalid_type') throw new Error(`${flag} is required`);
	throw new Error(issue.path[0] === 'role' ? issue.message : `${flag}: ${issue.message}`);
}

/** Reads a password from the terminal without showing it, or the first line of piped input. */
function askPassword(): Promise<string> {
	const input = process.stdin;
	if (!input.isTTY) {
		throw new Error('no password: pass --password, set LEDE_PASSWORD, or run in a terminal');
	}
	process.stdout.write('Password (not shown): ');
	input.setRawMode(true);
	input.setEncoding('utf8');
	let typed = '';
	return new Promise((resolve, reject) => {
		const onData = (chunk: string) => {
			for (const char of chunk) {
				if (char === '\r' || char === '\n') {
					input.setRawMode(false);
					input.pause();
					input.off('data', onData);
					process.stdout.write('\n');
					return resolve(typed);
				}
				if (char === '\u0003') {
					input.setRawMode(false);
					return reject(new Error('cancelled'));
				}
				typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
			}
		};
		input.on('data', onData);
		input.resume();
	});
}

main().then(
	(message) => console.log(message),
	(e: unknown) => {
		console.error(`user:create: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
