import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import * as account from '$lib/server/auth/account';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { assignableRoles } from '$lib/server/auth/roles';
import type { Actions, PageServerLoad } from './$types';

const roleForm = z.object({ userId: z.string().min(1), role: z.enum(assignableRoles) });

export const load = (async (event) => {
	requirePageRole(event, 'admin');
	const users = await account.list(event.locals.db);
	return {
		users: users.map((u) => ({
			id: u.id,
			email: u.email,
			displayName: u.display_name,
			role: u.role,
			createdAt: u.created_at
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	role: async ({ request, locals }) => {
		requireRole(locals, 'admin');
		const parsed = roleForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success)
			return fail(400, { error: 'Choose a user and the role student or teacher.' });
		const target = await account.get(locals.db, parsed.data.userId);
		if (!target || target.role === 'guest') error(404, 'No such account.');
		// Admins are made on the command line only, so one admin cannot lock out another here.
		if (target.role === 'admin') return fail(400, { error: 'Admins cannot be changed here.' });
		await account.setRole(locals.db, target.id, parsed.data.role);
		return { changed: { email: target.email, role: parsed.data.role } };
	}
} satisfies Actions;
