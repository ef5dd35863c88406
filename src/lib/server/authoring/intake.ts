/**
 * Turns what a teacher pasted or uploaded into an article body the generator and the evidence
 * offsets can rely on: plain text, one paragraph per line, nothing a browser would run.
 */
import { convert } from 'html-to-text';

export const maxArticleBytes = 200 * 1024;
const uploadExtensions = ['.txt', '.md'];

export type Intake = { ok: true; body: string } | { ok: false; error: string };

/** The uploaded file wins when there is one; a teacher who sends both is told to choose. */
export async function readArticleInput(pasted: string, file: File | null): Promise<Intake> {
	const hasFile = file !== null && file.size > 0;
	if (hasFile && pasted.trim())
		return { ok: false, error: 'Paste the text or upload a file, not both.' };
	if (!hasFile) return toBody(pasted);
	const name = file.name.toLowerCase();
	if (!uploadExtensions.some((ext) => name.endsWith(ext)))
		return { ok: false, error: `Upload a .txt or .md file; "${file.name}" is neither.` };
	if (file.size > maxArticleBytes) return tooLarge(file.size);
	const bytes = new Uint8Array(await file.arrayBuffer());
	const text = decodeText(bytes);
	if (text === null)
		return {
			ok: false,
			error: `"${file.name}" is not a text file (it holds binary data); save the article as plain text.`
		};
	return toBody(stripFrontMatter(text));
}

/** Checks size and emptiness, then reduces any HTML to text and lays out the paragraphs. */
export function toBody(input: string): Intake {
	const bytes = Buffer.byteLength(input, 'utf8');
	if (bytes > maxArticleBytes) return tooLarge(bytes);
	const body = paragraphsOf(looksLikeHtml(input) ? htmlToText(input) : input);
	if (!body) return { ok: false, error: 'The article is empty: paste its text or upload a file.' };
	return { ok: true, body };
}

function tooLarge(bytes: number): Intake {
	return {
		ok: false,
		error: `The article is ${Math.ceil(bytes / 1024)} KB; the limit is ${maxArticleBytes / 1024} KB. Split it or paste only the story.`
	};
}

/** A NUL byte or invalid UTF-8 means the file is not text, whatever its name says. */
function decodeText(bytes: Uint8Array): string | null {
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** A bank-format article.md carries its metadata in front matter, which is not article text. */
function stripFrontMatter(text: string): string {
	const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
	return match ? text.slice(match[0].length) : text;
}

function looksLikeHtml(text: string): boolean {
	return /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>/i.test(text);
}

function htmlToText(html: string): string {
	return convert(html, {
		wordwrap: false,
		selectors: [
			{ selector: 'a', options: { ignoreHref: true } },
			{ selector: 'img', format: 'skip' },
			{ selector: 'h1', options: { uppercase: false } },
			{ selector: 'h2', options: { uppercase: false } },
			{ selector: 'h3', options: { uppercase: false } },
			{ selector: 'h4', options: { uppercase: false } },
			{ selector: 'h5', options: { uppercase: false } },
			{ selector: 'h6', options: { uppercase: false } },
			{ selector: 'ul', options: { itemPrefix: '' } },
			{ selector: 'ol', format: 'block' },
			{ selector: 'table', format: 'block' }
		]
	});
}

/**
 * One paragraph per line, as in the bank's article.md. Text whose paragraphs are separated by
 * blank lines may be hard-wrapped inside a paragraph, so those lines are joined; otherwise every
 * line is its own paragraph.
 */
export function paragraphsOf(text: string): string {
	const normalized = text
		.replace(/\r\n?/g, '\n')
		.replace(/[\t\f\v\u00a0 ]+/g, ' ')
		.trim();
	const blocks = /\n[ ]*\n/.test(normalized)
		? normalized.split(/\n(?:[ ]*\n)+/)
		: normalized.split('\n');
	return blocks
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
