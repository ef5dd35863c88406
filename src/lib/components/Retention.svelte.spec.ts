// Brings the DOM matchers' types; the client setup file registers them at run time too.
import '@testing-library/jest-dom/vitest';
import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Retention from './Retention.svelte';

const week = ['04', '05', '06', '07', '08', '09', '10'].map((d, i) => ({
	day: `2024-03-${d}`,
	cards: [2, 0, 1, 0, 0, 3, 0][i]
}));

describe('Retention', () => {
	it('lists cards by state, the week ahead and review accuracy, readable without the pictures', () => {
		render(Retention, {
			retention: {
				byState: [
					{ state: 'new', cards: 0 },
					{ state: 'learning', cards: 1 },
					{ state: 'review', cards: 5 },
					{ state: 'relearning', cards: 2 }
				],
				dueByDay: week,
				accuracyByDay: [
					{ day: '2024-03-02', answered: 4, correct: 1 },
					{ day: '2024-03-03', answered: 5, correct: 4 }
				]
			}
		});
		const states = within(screen.getByRole('table', { name: /by how well they are known/ }));
		expect(states.getByRole('row', { name: 'Remembered, spaced out 5 cards' })).toBeInTheDocument();
		expect(states.getByRole('row', { name: 'Forgotten, relearning 2 cards' })).toBeInTheDocument();
		expect(states.queryByRole('row', { name: /New/ })).toBeNull();
		const due = within(screen.getByRole('table', { name: /next 7 days/ }));
		expect(due.getAllByRole('row')).toHaveLength(7);
		expect(due.getByRole('row', { name: 'Today 2 cards' })).toBeInTheDocument();
		expect(due.getByRole('row', { name: 'Sat 9 Mar 3 cards' })).toBeInTheDocument();
		const accuracy = within(screen.getByRole('table', { name: /Right answers in review/ }));
		expect(accuracy.getByRole('row', { name: 'Sun 3 Mar 4 of 5 right' })).toBeInTheDocument();
		expect(document.querySelectorAll('svg circle')).toHaveLength(2);
	});

	it('says review accuracy comes once the learner has answered in review', () => {
		render(Retention, {
			retention: {
				byState: [
					{ state: 'new', cards: 0 },
					{ state: 'learning', cards: 0 },
					{ state: 'review', cards: 3 },
					{ state: 'relearning', cards: 0 }
				],
				dueByDay: week,
				accuracyByDay: []
			}
		});
		expect(screen.queryByRole('table', { name: /Right answers in review/ })).toBeNull();
		expect(screen.getByTestId('no-review-answers')).toHaveTextContent('No answers in review yet');
		expect(screen.getByRole('link', { name: 'review your cards' })).toHaveAttribute(
			'href',
			'/review'
		);
	});

	it('shows nothing before the learner has a card', () => {
		render(Retention, {
			retention: {
				byState: (['new', 'learning', 'review', 'relearning'] as const).map((state) => ({
					state,
					cards: 0
				})),
				dueByDay: week.map((d) => ({ ...d, cards: 0 })),
				accuracyByDay: []
			}
		});
		expect(screen.queryByRole('heading')).toBeNull();
	});
});
