// Brings the DOM matchers' types; the client setup file registers them at run time too.
import '@testing-library/jest-dom/vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import EvidencePicker from './EvidencePicker.svelte';

const body =
	'The council met on Monday.\nMayor Ana Ruiz said the tram would open in 2026, after a long delay.';

function hidden(container: HTMLElement, name: string) {
	return (container.querySelector(`input[name="${name}"]`) as HTMLInputElement).value;
}

/** Selects from one text node position to another, as a mouse drag would. */
function select(startNode: Node, startOffset: number, endNode: Node, endOffset: number) {
	const range = document.createRange();
	range.setStart(startNode, startOffset);
	range.setEnd(endNode, endOffset);
	const selection = window.getSelection()!;
	selection.removeAllRanges();
	selection.addRange(range);
}

describe('EvidencePicker', () => {
	it('shows the article as written with the current evidence marked', () => {
		const start = body.indexOf('Mayor');
		render(EvidencePicker, { body, start, end: start + 14, text: 'Mayor Ana Ruiz' });
		const article = screen.getByTestId('evidence-article');
		expect([...article.querySelectorAll('p')].map((p) => p.textContent)).toEqual(body.split('\n'));
		expect([...article.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
			'Mayor Ana Ruiz'
		]);
	});

	it('turns a selection across marked and plain text into the body offsets and its text', async () => {
		const start = body.indexOf('Mayor');
		const { container } = render(EvidencePicker, {
			body,
			start,
			end: start + 14,
			text: 'Mayor Ana Ruiz'
		});
		const article = screen.getByTestId('evidence-article');
		const mark = article.querySelector('mark')!;
		const after = mark.nextElementSibling!; // " said the tram would open in 2026, after a long delay."
		// From the space before "Ana" inside the old mark to just after "2026": the space is trimmed.
		select(mark.firstChild!, 5, after.firstChild!, ' said the tram would open in 2026'.length);
		await fireEvent.mouseUp(article);

		const wanted = 'Ana Ruiz said the tram would open in 2026';
		expect(hidden(container, 'evidence_start')).toBe(String(body.indexOf(wanted)));
		expect(hidden(container, 'evidence_end')).toBe(String(body.indexOf(wanted) + wanted.length));
		expect(screen.getByLabelText('Evidence text')).toHaveValue(wanted);
		expect(article.querySelector('mark')!.textContent).toBe(wanted);
	});

	it('ignores a selection outside the article', async () => {
		const { container } = render(EvidencePicker, { body, start: 0, end: 11, text: 'The council' });
		const outside = document.createElement('p');
		outside.textContent = 'elsewhere on the page';
		document.body.append(outside);
		select(outside.firstChild!, 0, outside.firstChild!, 9);
		await fireEvent.mouseUp(screen.getByTestId('evidence-article'));
		expect(hidden(container, 'evidence_start')).toBe('0');
		expect(screen.getByLabelText('Evidence text')).toHaveValue('The council');
	});

	it('without offsets, marks typed evidence where it occurs and leaves the server to place it', async () => {
		const { container } = render(EvidencePicker, { body, start: 0, end: 11, text: 'The council' });
		const field = screen.getByLabelText('Evidence text');
		await fireEvent.input(field, { target: { value: 'a long delay' } });
		expect(hidden(container, 'evidence_start')).toBe('');
		expect(screen.getByTestId('evidence-article').querySelector('mark')!.textContent).toBe(
			'a long delay'
		);
	});

	it('shows an error tied to the field', () => {
		render(EvidencePicker, {
			body,
			start: null,
			end: null,
			text: 'nowhere',
			error: 'Not in the article.'
		});
		expect(screen.getByLabelText('Evidence text')).toHaveAccessibleDescription(
			/Not in the article\./
		);
	});
});
