import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { excerpt } from '$lib/evidence';
import { catchUp } from '$lib/server/review/cards';
import { localDay } from '$lib/server/review/days';
import { countDue, nextDue } from '$lib/server/review/queue';
import { newCardsPerDay } from '$lib/server/review/settings';
import { answerShowing, reviewFeedback, showNext } from '$lib/server/review/showing';
import { streak } from '$lib/server/review/stats';
import type { Actions, PageServerLoad } from './$types';

/**
 * One card at a time: the next due card, or with `?answered=ID` the feedback on an answer just
 * stored. A card on screen carries no answer key: that comes only with the feedback.
 */
export const load = (async ({ locals, url }) => {
	const user = locals.user;
	const now = new Date();
	// A first visit has no cards, and looking is no reason to make a guest.
	if (!user)
		return {
			view: 'empty' as const,
			due: 0,
			streak: null,
			nextDue: null,
			zone: null,
			now: now.toISOString()
		};
	const answered = url.searchParams.get('answered');
	const feedback = answered ? await reviewFeedback(locals.db, user.id, answered) : null;
	if (answered && !feedback) error(404, 'There is no such review answer.');
	// Once per view: the count, the card and the next due date all read the cards caught up here.
	const learner = await catchUp(locals.db, user.id);
	const [due, days] = await Promise.all([
		countDue(locals.db, learner, now, newCardsPerDay),
		streak(locals.db, learner, now)
	]);
	// Days as the learner counts them: "comes back on 3 March" is their 3 March.
	const dayOf = (instant: string) => localDay(new Date(instant), learner.timeZone);
	const zone = { name: learner.timeZone, chosen: learner.storedTimeZone !== null };
	if (feedback) {
		const { article, evidence, ...rest } = feedback;
		return {
			view: 'feedback' as const,
			now: now.toISOString(),
			due,
			streak: days,
			zone,
			feedback: {
				...rest,
				nextDueDay: dayOf(rest.nextDue),
				article: { slug: article.slug, title: article.title },
				evidence: excerpt(article.body, evidence)
			}
		};
	}
	const card = await showNext(locals.db, learner, now, newCardsPerDay);
	if (!card) {
		const next = await nextDue(locals.db, learner);
		return {
			view: 'empty' as const,
			due,
			streak: days,
			zone,
			nextDue: next && { at: next, day: dayOf(next) },
			now: now.toISOString()
		};
	}
	return { view: 'card' as const, now: now.toISOString(), due, streak: days, zone, card };
}) satisfies PageServerLoad;

const answerForm = z.object({
	showing: z.string().min(1),
	choice: z.string().min(1, 'Choose one of the answers first.')
});

export const actions = {
	answer: async ({ locals, request }) => {
		const parsed = answerForm.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success)
			return fail(400, {
				message: parsed.error.issues.some((i) => i.path[0] === 'choice')
					? 'Choose one of the answers first.'
					: 'That answer did not come from the review page. Reload it and try again.'
			});
		// Only a learner with cards can have a card on screen: no guest is made here.
		if (!locals.user)
			return fail(400, { message: 'There is nothing to review yet: answer a quiz first.' });
		const outcome = await answerShowing(locals.db, {
			userId: locals.user.id,
			showingId: parsed.data.showing,
			choice: parsed.data.choice,
			now: new Date()
		});
		if ('problem' in outcome) return fail(400, { message: outcome.problem });
		redirect(303, `/review?answered=${encodeURIComponent(outcome.logId)}`);
	}
} satisfies Actions;
