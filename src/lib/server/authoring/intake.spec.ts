import { describe, expect, it } from 'vitest';
import { maxArticleBytes, paragraphsOf, readArticleInput, toBody } from './intake';

const story = 'The council voted 7 to 2 on Monday.\nThe mayor said the plan would start in May.';

function upload(name: string, content: string | Uint8Array): File {
	return new File([content as BlobPart], name, { type: 'application/octet-stream' });
}

describe('article intake', () => {
	it('keeps plain pasted text as one paragraph per line', () => {
		expect(toBody(`  ${story.replace('\n', '\r\n')}\n\n`)).toEqual({ ok: true, body: story });
	});

	it('joins hard-wrapped lines of a paragraph when paragraphs are separated by blank lines', () => {
		expect(paragraphsOf('First line of one\nparagraph.\n\nSecond paragraph.')).toBe(
			'First line of one paragraph.\nSecond paragraph.'
		);
	});

	it('refuses an empty article, including one that is only HTML markup', () => {
		for (const input of ['', '   \n\n ', '<p> </p><script>alert(1)</script>']) {
			const result = toBody(input);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error).toMatch(/empty/);
		}
	});

	it('refuses an article over 200 KB and says how large it is', () => {
		const result = toBody('word '.repeat(maxArticleBytes / 5 + 1000));
		expect(result).toEqual({
			ok: false,
			error: expect.stringMatching(/205 KB; the limit is 200 KB/)
		});
	});

	it('reduces pasted HTML to its text, dropping scripts, styles and tags', () => {
		const html =
			'<h1>Budget passed</h1><p onclick="steal()">The council voted <b>7 to 2</b> &amp; the mayor agreed.</p>' +
			'<script>document.cookie</script><style>p{}</style><p>It starts in <a href="https://x.test">May</a>.</p><img src=x onerror=alert(1)>';
		const result = toBody(html);
		expect(result).toEqual({
			ok: true,
			body: 'Budget passed\nThe council voted 7 to 2 & the mayor agreed.\nIt starts in May.'
		});
	});

	it('reads an uploaded .txt or .md file, without a bank front matter', async () => {
		expect(await readArticleInput('', upload('story.TXT', story))).toEqual({
			ok: true,
			body: story
		});
		const md = `---\ntitle: Budget\n---\n${story}`;
		expect(await readArticleInput('', upload('story.md', md))).toEqual({ ok: true, body: story });
	});

	it('refuses a binary upload, a file of another kind and a file sent with pasted text', async () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect(await readArticleInput('', upload('photo.txt', png))).toEqual({
			ok: false,
			error: expect.stringMatching(/not a text file/)
		});
		const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
		expect((await readArticleInput('', upload('old.txt', latin1))).ok).toBe(false);
		expect(await readArticleInput('', upload('story.pdf', story))).toEqual({
			ok: false,
			error: expect.stringMatching(/\.txt or \.md/)
		});
		expect(await readArticleInput(story, upload('story.txt', story))).toEqual({
			ok: false,
			error: expect.stringMatching(/not both/)
		});
	});

	it('refuses an oversized upload before reading it', async () => {
		const result = await readArticleInput('', upload('big.txt', 'a'.repeat(maxArticleBytes + 1)));
		expect(result).toEqual({ ok: false, error: expect.stringMatching(/limit is 200 KB/) });
	});
});
