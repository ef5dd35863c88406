// Brings the DOM matchers' types; the client setup file registers them at run time too.
import '@testing-library/jest-dom/vitest';
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Field from './Field.svelte';

describe('Field', () => {
	it('names the control by its label and note, and reads the hint and the errors with it', () => {
		render(Field, {
			name: 'url',
			label: 'Link',
			note: 'optional',
			hint: 'Where the article was published.',
			errors: ['Give a web address.', 'Start it with https://.'],
			value: 'courier'
		});
		const input = screen.getByRole('textbox', { name: 'Link (optional)' });
		expect(input).toHaveAttribute('name', 'url');
		expect(input).toHaveValue('courier');
		expect(input).toBeInvalid();
		expect(input).toHaveAccessibleDescription(
			'Where the article was published. Give a web address. Start it with https://.'
		);
	});

	it('is neither invalid nor described when there is nothing to say', () => {
		render(Field, { name: 'title', label: 'Title', errors: undefined });
		const input = screen.getByRole('textbox', { name: 'Title' });
		expect(input).not.toBeInvalid();
		expect(input).not.toHaveAttribute('aria-describedby');
	});

	it('keeps a description the page gives and adds a single error to it', () => {
		const help = document.createElement('p');
		help.id = 'evidence-help';
		help.textContent = 'Type the words as they appear.';
		document.body.append(help);
		render(Field, {
			name: 'evidence_text',
			label: 'Evidence text',
			'aria-describedby': 'evidence-help',
			errors: 'Not in the article.'
		});
		expect(screen.getByRole('textbox', { name: 'Evidence text' })).toHaveAccessibleDescription(
			'Not in the article. Type the words as they appear.'
		);
	});
});
