import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { generate } from './index';

const fine = `Lisbon, June 3 - Portugal's transport regulator fined the airline Atlantico Air 2.4 million euros on Monday for cancelling hundreds of flights without notice.
"Passengers were left stranded for days with no information," regulator chief Marta Sousa said.
Airline spokesman Rui Fonseca said: "We accept the decision and will compensate every traveller."
Sousa said that the fine was the largest the regulator had ever imposed on a carrier.
According to the consumer group Deco, more than 40,000 passengers were affected by the cancellations.
Fonseca spoke to reporters at the airport in Faro.
"We have hired 200 new pilots. Delays will fall sharply by the summer," he said.
Sousa and Fonseca later met the tourism minister, Joana Pires.
"Nobody wants a repeat of this spring," the tourism minister said.
Pires and Sousa then flew to Faro.
"The summer season must not be put at risk by another failure," she said.
"This is only the beginning of the trouble for budget airlines," one passenger wrote on a forum.`;

const a = analyse(fine, '2025-06-03');
const { questions } = generate({ body: fine, published: '2025-06-03' });
/** Who the article says spoke the quote that starts with these words. */
const speakerOf = (opening: string) =>
	a.quotes.find((q) => q.text.text.startsWith(opening))?.speaker.name;
const askedAbout = (words: string) => questions.find((q) => q.prompt.includes(words));

describe('direct quotes', () => {
	it('go to the speaker named after them or before them', () => {
		expect(speakerOf('Passengers were left stranded')).toBe('Marta Sousa');
		expect(speakerOf('We accept the decision')).toBe('Rui Fonseca');
	});

	it('that run over two sentences go to the one person named just before', () => {
		expect(speakerOf('We have hired 200 new pilots. Delays will fall')).toBe('Rui Fonseca');
		const q = askedAbout('We have hired 200 new pilots');
		expect(q?.answer).toBe('Fonseca');
		// The proof has to show the name, so it starts at the sentence naming him.
		expect(q?.evidence.text).toMatch(/^Fonseca spoke to reporters.*he said\.$/s);
		expect(q?.distractors).not.toContain('Fonseca');
	});

	it('go to the one person a description fits', () => {
		expect(speakerOf('Nobody wants a repeat')).toBe('Joana Pires');
		const q = askedAbout('Nobody wants a repeat');
		expect(q?.answer).toBe('Joana Pires');
		expect(q?.evidence.text).toMatch(/^Sousa and Fonseca later met the tourism minister/);
	});

	it('get no speaker when "she" or "he" could be more than one person or nobody is named', () => {
		// "she" follows a sentence naming two women: only a guess could say which.
		expect(speakerOf('The summer season must not')).toBeUndefined();
		expect(speakerOf('This is only the beginning')).toBeUndefined();
		expect(askedAbout('only the beginning of the trouble')).toBeUndefined();
	});

	it('are asked about with the quote in the prompt and the speaker as the answer', () => {
		const q = askedAbout('Passengers were left stranded');
		expect(q?.prompt).toBe(
			'Who said “Passengers were left stranded for days with no information”?'
		);
		expect(q?.answer).toBe('Marta Sousa');
		expect(q?.distractors).toContain('Rui Fonseca');
		expect(q?.evidence.text).toContain(q!.answer);
	});
});

describe('reported speech', () => {
	it('"X said that …" asks who said it', () => {
		const q = askedAbout('the fine was the largest');
		expect(q?.kind).toBe('who');
		expect(q?.answer).toBe('Sousa');
		expect(q?.prompt).toMatch(/^Who said that the fine was the largest/);
	});

	it('"according to X" asks which source reported it', () => {
		const q = askedAbout('40,000 passengers were affected');
		expect(q?.kind).toBe('source');
		expect(q?.answer).toBe('Deco');
		expect(q?.distractors).not.toContain('Deco');
	});
});
