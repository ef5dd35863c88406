import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Feedback from './Feedback.svelte';

const evidence = {
	paragraph: 3,
	before: 'Kim came by train. ',
	mark: 'Putin arrived from the Primorye Region.',
	after: ' Then they talked.'
};
const props = {
	label: 'Question 1 of 8',
	prompt: 'Which region did Putin arrive from?',
	choice: 'Siberia',
	answer: 'the Primorye Region',
	explanation: 'The second paragraph says where he came from.',
	evidence,
	articleSlug: 'summit',
	asOf: '2023-09-13',
	next: { href: '/quiz/summit?q=2' as const, label: 'Next question' }
};

describe('Feedback', () => {
	it('says a wrong answer was wrong, gives the answer and marks the evidence inside its paragraph', () => {
		render(Feedback, { ...props, correct: false });
		expect(screen.getByRole('heading', { name: /Not quite/ })).toBeInTheDocument();
		expect(screen.getByText('Siberia')).toBeInTheDocument();
		expect(screen.getByText('the Primorye Region')).toBeInTheDocument();
		expect(screen.getByText(props.explanation)).toBeInTheDocument();
		const mark = document.querySelector('mark')!;
		expect(mark).toHaveTextContent(evidence.mark);
		expect(mark.parentElement).toHaveTextContent(
			`${evidence.before}${evidence.mark}${evidence.after}`
		);
		expect(screen.getByRole('link', { name: 'Paragraph 3 in the article' })).toHaveAttribute(
			'href',
			expect.stringMatching(/\/articles\/summit#p-3$/)
		);
		expect(screen.getByRole('link', { name: 'Next question' })).toHaveAttribute(
			'href',
			'/quiz/summit?q=2'
		);
	});

	it('says a right answer was right without repeating the choice, and is announced', () => {
		render(Feedback, { ...props, choice: props.answer, correct: true });
		const region = screen.getByRole('region', { name: /Right/ });
		expect(region).toHaveAttribute('aria-live', 'polite');
		expect(screen.queryByText('You chose')).toBeNull();
	});

	it('escapes article text instead of running it', () => {
		render(Feedback, {
			...props,
			correct: true,
			evidence: { ...evidence, mark: '<img src=x onerror=alert(1)>' }
		});
		expect(document.querySelector('img')).toBeNull();
		expect(document.querySelector('mark')).toHaveTextContent('<img src=x onerror=alert(1)>');
	});
});
