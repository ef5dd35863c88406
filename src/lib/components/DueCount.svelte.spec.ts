// Brings the DOM matchers' types; the client setup file registers them at run time too.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import DueCount from './DueCount.svelte';

describe('DueCount', () => {
	it('links to review with the number of cards due', () => {
		render(DueCount, { count: 3 });
		const link = screen.getByRole('link', { name: /review 3 cards due/i });
		expect(link).toHaveAttribute('href', '/review');
		expect(screen.getByText('3 questions are due for another look.')).toBeInTheDocument();
	});

	it('says one card in the singular', () => {
		render(DueCount, { count: 1 });
		expect(screen.getByRole('link', { name: /review 1 card due/i })).toBeInTheDocument();
	});

	it('says when nothing is due, and says nothing to a learner without cards', () => {
		const { unmount } = render(DueCount, { count: 0 });
		expect(screen.getByTestId('due-count')).toHaveTextContent('Nothing due for review now.');
		unmount();
		render(DueCount, { count: null });
		expect(screen.queryByTestId('due-count')).toBeNull();
	});
});
