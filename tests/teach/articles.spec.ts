import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as newArticle from '../../src/routes/(teach)/teach/articles/new/+page.server';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { requestEvent, run } from '../support/event';
import { person } from '../support/teaching';
import type { UserRow } from '../../src/lib/server/db/types';

// An article the generator was not tuned on, as a teacher would paste it.
const story = readFileSync('tests/fixtures/articles/nairobi-rate-cut.txt', 'utf8');
const meta = {
	title: 'Kenya’s central bank cuts its rate again',
	source: 'Lede Wire',
	url: '',
	published: '2024-06-10',
	place: 'Nairobi, Kenya'
};

for (const dialect of testDialects)
	describe(`adding an article (${dialect})`, () => {
		let t: TestDatabase;
		let teacher: UserRow;
		beforeEach(async () => {
			t = await freshDatabase(dialect);
			teacher = await person(t.db, 'teacher');
		});
		afterEach(async () => t.close());

		const post = (user: UserRow | null, fields: Record<string, string>, file?: File) => {
			const form = new FormData();
			for (const [k, v] of Object.entries({ ...meta, body: '', ...fields })) form.append(k, v);
			if (file) form.append('file', file);
			return run(newArticle.actions.default, requestEvent(t.db, user, { form }));
		};
		const articles = () => t.db.selectFrom('article').selectAll().execute();

		it('stores the pasted article with every generated question as a draft whose evidence is in the text', async () => {
			const outcome = await post(teacher, { body: story });
			expect(outcome.status).toBe(303);
			const [article] = await articles();
			expect(article).toMatchObject({
				slug: 'kenya-s-central-bank-cuts-its-rate-again',
				status: 'draft',
				owner_id: teacher.id,
				place: 'Nairobi, Kenya'
			});
			const drafts = await t.db
				.selectFrom('question')
				.innerJoin('question_version as v', 'v.question_id', 'question.id')
				.select([
					'question.status',
					'question.origin',
					'v.evidence_start',
					'v.evidence_end',
					'v.evidence_text'
				])
				.execute();
			expect(outcome.location).toBe(`/teach/articles/${article.slug}?generated=${drafts.length}`);
			expect(drafts.length).toBeGreaterThan(5);
			for (const d of drafts) {
				expect(d).toMatchObject({ status: 'draft', origin: 'generated' });
				expect(article.body.slice(d.evidence_start, d.evidence_end)).toBe(d.evidence_text);
			}
		});

		it('refuses a taken address and keeps what was typed', async () => {
			await post(teacher, { body: story });
			const again = await post(teacher, { body: story });
			expect(again).toMatchObject({
				status: 409,
				data: {
					values: { body: expect.stringContaining('will next meet on Aug. 5.') },
					errors: { slug: expect.stringMatching(/already exists/) }
				}
			});
			expect(await articles()).toHaveLength(1);
		});

		it('reduces pasted HTML to text before anything reads it', async () => {
			const html =
				story
					.split('\n')
					.map((p) => `<p class="x" onmouseover="alert(1)">${p.replace(/&/g, '&amp;')}</p>`)
					.join('') + '<script>alert(document.cookie)</script>';
			expect((await post(teacher, { body: html })).status).toBe(303);
			const [article] = await articles();
			expect(article.body).toBe(story.trim());
		});

		it('saves nothing for an empty, oversized, binary, unreadable or unauthorised article', async () => {
			const refusals: [UserRow | null, Record<string, string>, File | undefined, number, RegExp][] =
				[
					[teacher, { body: '  ' }, undefined, 400, /empty/],
					[teacher, { body: story.repeat(100) }, undefined, 400, /limit is 200 KB/],
					[
						teacher,
						{},
						new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2])], 'story.txt'),
						400,
						/not a text file/
					],
					[
						teacher,
						{ body: 'Short text only.' },
						undefined,
						400,
						/cannot make questions from this text: the article is too short/
					],
					[teacher, { body: story, title: '', published: 'June' }, undefined, 400, /title/i],
					// Shown as a link on the article page: a script address must never get that far.
					[
						teacher,
						{ body: story, url: 'javascript:alert(document.cookie)' },
						undefined,
						400,
						/link must be a full address starting with https/
					]
				];
			for (const [user, fields, file, status, message] of refusals) {
				const outcome = await post(user, fields, file);
				expect(outcome.status).toBe(status);
				expect(JSON.stringify(outcome.data)).toMatch(message);
			}
			expect((await post(await person(t.db, 'student'), { body: story })).status).toBe(403);
			expect((await post(null, { body: story })).status).toBe(401);
			expect(await articles()).toEqual([]);
			expect(await t.db.selectFrom('question').selectAll().execute()).toEqual([]);
		});
	});
