import { error, fail, redirect } from '@sveltejs/kit';
import { loginUrl } from '$lib/server/auth/guard';
import * as classes from '$lib/server/classes/class';
import * as members from '$lib/server/classes/member';
import type { Actions, PageServerLoad } from './$types';

async function classFor(locals: App.Locals, code: string) {
	const found = await classes.getByCode(locals.db, code);
	if (!found) error(404, `No class has the code "${code}". Check it with your teacher.`);
	return found;
}

export const load = (async ({ locals, params }) => {
	const klass = await classFor(locals, params.code);
	const user = locals.user;
	const teacher = await locals.db
		.selectFrom('user')
		.select(['display_name', 'email'])
		.where('id', '=', klass.teacher_id)
		.executeTakeFirst();
	return {
		className: klass.name,
		teacherName: teacher?.display_name || 'your teacher',
		code: klass.join_code,
		signedIn: !!user && user.role !== 'guest',
		isStudent: user?.role === 'student',
		member: !!user && (await members.isMember(locals.db, klass.id, user.id))
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, url }) => {
		const klass = await classFor(locals, params.code);
		const user = locals.user;
		// A guest's progress lives in a cookie: joining needs an account the teacher can see.
		if (!user || user.role === 'guest') redirect(303, loginUrl(url));
		if (user.role !== 'student')
			return fail(403, { error: 'Only student accounts join classes. Sign in as a student.' });
		await members.add(locals.db, klass.id, user.id);
		redirect(303, '/?joined=1');
	}
} satisfies Actions;
