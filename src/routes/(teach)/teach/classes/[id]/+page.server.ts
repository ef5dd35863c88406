import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { ownClass, teacherForAction, teacherForPage } from '$lib/server/authoring/access';
import * as assignments from '$lib/server/classes/assignment';
import * as members from '$lib/server/classes/member';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { locals, params, url } = event;
	const klass = await ownClass(locals.db, teacherForPage(event), params.id);
	const [students, set, quizzes] = await Promise.all([
		members.list(locals.db, klass.id),
		assignments.list(locals.db, klass.id),
		assignments.assignable(locals.db)
	]);
	const results = await assignments.firstResults(
		locals.db,
		students.map((s) => s.id),
		set.map((a) => a.article_slug)
	);
	const today = new Date().toISOString().slice(0, 10);
	return {
		class: klass,
		joinLink: `${url.origin}/join/${klass.join_code}`,
		quizzes,
		assignments: set.map((a) => ({
			id: a.id,
			title: a.title,
			slug: a.article_slug,
			dueOn: a.due_at
		})),
		students: students.map((s) => ({
			...s,
			work: set.map((a) => {
				const result = results.get(assignments.resultKey(s.id, a.article_slug));
				return { status: assignments.statusOf(a.due_at, result, today), result: result ?? null };
			})
		}))
	};
}) satisfies PageServerLoad;

const assignForm = z.object({
	slug: z.string().min(1, 'Choose a quiz.'),
	due: z
		.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the due date as a date.')])
		.transform((d) => d || null)
});

export const actions = {
	assign: async ({ locals, params, request }) => {
		const user = teacherForAction(locals);
		const klass = await ownClass(locals.db, user, params.id);
		const form = await request.formData();
		const values = { slug: String(form.get('slug') ?? ''), due: String(form.get('due') ?? '') };
		const parsed = assignForm.safeParse(values);
		if (!parsed.success) return fail(400, { values, error: parsed.error.issues[0].message });
		const quizzes = await assignments.assignable(locals.db);
		if (!quizzes.some((q) => q.slug === parsed.data.slug))
			return fail(400, { values, error: 'That quiz is not published, so it cannot be set.' });
		await assignments.create(locals.db, {
			classId: klass.id,
			articleSlug: parsed.data.slug,
			dueOn: parsed.data.due,
			createdBy: user.id
		});
		return { assigned: true };
	},
	unassign: async ({ locals, params, request }) => {
		const klass = await ownClass(locals.db, teacherForAction(locals), params.id);
		await assignments.remove(locals.db, klass.id, String((await request.formData()).get('id')));
		return { unassigned: true };
	},
	removeStudent: async ({ locals, params, request }) => {
		const klass = await ownClass(locals.db, teacherForAction(locals), params.id);
		await members.remove(locals.db, klass.id, String((await request.formData()).get('user')));
		return { removed: true };
	}
} satisfies Actions;
