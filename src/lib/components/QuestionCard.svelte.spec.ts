import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import QuestionCard from './QuestionCard.svelte';

const props = {
	label: 'Question 2 of 8',
	prompt: 'Where did the leaders meet?',
	choices: ['Vostochny', 'Moscow', 'Pyongyang'],
	asOf: '2023-09-13',
	hidden: { attempt: 'a1', question: 'q1' }
};

describe('QuestionCard', () => {
	it('is a form of one radio group named choice, its legend the question', () => {
		render(QuestionCard, props);
		const group = screen.getByRole('group', { name: /Where did the leaders meet\?/ });
		const radios = screen.getAllByRole('radio');
		expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual(props.choices);
		for (const radio of radios) {
			expect(group).toContainElement(radio);
			expect(radio).toHaveAttribute('name', 'choice');
			expect(radio).toBeRequired();
		}
		expect(screen.getByText('Facts as of', { exact: false })).toHaveTextContent(
			'13 September 2023'
		);
		const form = group.closest('form')!;
		expect(form).toHaveAttribute('method', 'POST');
		expect(new FormData(form).get('attempt')).toBe('a1');
	});

	it('picks a choice with number keys', async () => {
		render(QuestionCard, props);
		await fireEvent.keyDown(document.body, { key: '3' });
		expect(screen.getByRole('radio', { name: 'Pyongyang' })).toBeChecked();
		await fireEvent.keyDown(document.body, { key: '1' });
		expect(screen.getByRole('radio', { name: 'Vostochny' })).toBeChecked();
		expect(screen.getByRole('radio', { name: 'Vostochny' })).toHaveFocus();
	});

	it('shows what the server said about the last post', () => {
		render(QuestionCard, { ...props, error: 'That choice is not one of the options.' });
		expect(screen.getByRole('alert')).toHaveTextContent('not one of the options');
	});
});
