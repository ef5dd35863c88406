/**
 * The last check before a question is kept. Earlier stages rewrite clauses into questions and
 * build choices by rule; when a rule misfires the result reads as broken English a teacher would
 * not publish. Rather than repair it here, drop it: when unsure, ask nothing.
 */

const TITLE_ABBREVIATIONS = 'dr|mr|mrs|ms|prof|gen|col|capt|lt|sgt|sen|rep|gov|rev|st';
const DANGLING_TITLE = new RegExp(`\\b(?:${TITLE_ABBREVIATIONS})\\.?\\s*\\?$`, 'i');
/** Words English doubles on purpose ("had had", "that that"). */
const DOUBLE_OK = new Set(['had', 'that', 'is', 'very', 'no', 'bye']);
/** A gap whose number was taken out of an ordinal or compound: "the ___ th minute". */
const BROKEN_GAP = /___\s*(?:(?:st|nd|rd|th)\b|-)/;
const CALENDAR_WORDS = [
	'january february march april may june july august september october november december',
	'monday tuesday wednesday thursday friday saturday sunday'
]
	.join(' ')
	.split(' ');
/** Short forms a style guide allows; any other cut of a month or weekday is a broken string. */
const CALENDAR_ABBREVIATIONS = new Set(
	'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'.split(
		' '
	)
);

function bracketsBalanced(text: string): boolean {
	const open: string[] = [];
	const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
	for (const c of text) {
		if (c === '(' || c === '[' || c === '{') open.push(c);
		else if (c in pairs && open.pop() !== pairs[c]) return false;
	}
	return open.length === 0;
}

function doubledWord(text: string): string | undefined {
	const words = text.match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
	for (let i = 1; i < words.length; i++) {
		const w = words[i].toLowerCase();
		if (w === words[i - 1].toLowerCase() && !DOUBLE_OK.has(w)) {
			// Only when the two are adjacent in the text, not split by punctuation.
			if (new RegExp(`\\b${words[i - 1]}\\s+${words[i]}\\b`, 'u').test(text)) return w;
		}
	}
	return undefined;
}

/** "Augu" from "August": a prefix of a calendar word that is neither the word nor its short form. */
function truncatedCalendarWord(choice: string, body: string): boolean {
	return (choice.match(/\p{L}+/gu) ?? []).some((token) => {
		const w = token.toLowerCase();
		// The search of the body comes last: it is the one costly test.
		return (
			w.length >= 3 &&
			!CALENDAR_ABBREVIATIONS.has(w) &&
			!CALENDAR_WORDS.includes(w) &&
			CALENDAR_WORDS.some((c) => c.startsWith(w)) &&
			!new RegExp(`(?<!\\p{L})${token}(?!\\p{L})`, 'u').test(body)
		);
	});
}

/**
 * A clause taken from the article ("… reported that kuroda will pay") whose first word the
 * article only ever writes capitalised inside a sentence: a name lower-cased by the rewrite.
 */
function lowerCasedProperNoun(prompt: string, body: string): string | undefined {
	for (const [, w] of prompt.matchAll(/\bthat (\p{Ll}[\p{L}-]*)/gu)) {
		const capital = w[0].toUpperCase() + w.slice(1);
		const word = (x: string) => new RegExp(`(?<![\\p{L}-])${x}(?![\\p{L}-])`, 'u');
		if (word(w).test(body)) continue;
		if (new RegExp(`[\\p{Ll},;] ${capital}(?![\\p{L}-])`, 'u').test(body)) return w;
	}
	return undefined;
}

/** Why a question must not be published as generated, or undefined when it reads cleanly. */
export function sanityProblem(
	prompt: string,
	choices: readonly string[],
	body: string
): string | undefined {
	if (/\(\s*\)|\[\s*\]|\{\s*\}/.test(prompt)) return 'empty brackets in the prompt';
	if (!bracketsBalanced(prompt)) return 'unbalanced brackets in the prompt';
	const doubled = doubledWord(prompt);
	if (doubled) return `doubled word "${doubled}" in the prompt`;
	if (DANGLING_TITLE.test(prompt)) return 'the prompt ends on a title abbreviation';
	if (/^[\p{Ll}]/u.test(prompt)) return 'the prompt starts in lower case';
	if (BROKEN_GAP.test(prompt)) return 'the gap cuts a word';
	const lowered = lowerCasedProperNoun(prompt, body);
	if (lowered) return `"${lowered}" is a name written in lower case`;
	const cut = choices.find((c) => truncatedCalendarWord(c, body));
	if (cut) return `the choice "${cut}" is a cut word`;
	return undefined;
}
