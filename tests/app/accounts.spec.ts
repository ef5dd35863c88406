import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { freshDatabase, testDialects, type TestDatabase } from '../support/database';
import { accountLimit } from '../../src/lib/server/auth/throttle';
import { seedSlug } from '../support/quiz';
import { guestCookie } from '../../src/lib/server/identity/guest-cookie';
import { sign } from '../../src/lib/server/identity/signed';

for (const dialect of testDialects)
	describe(`accounts on the built app (${dialect})`, () => {
		let database: TestDatabase;
		let app: RunningApp;
		beforeAll(async () => {
			database = await freshDatabase(dialect);
			app = await startApp(database.url);
		});
		afterAll(async () => {
			await app?.stop();
			await database?.close();
		});

		/** A plain form post, as a browser without JavaScript sends it. */
		function post(path: string, fields: Record<string, string>, cookie = '') {
			return fetch(app.origin + path, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin: app.origin,
					accept: 'text/html',
					cookie,
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams(fields)
			});
		}
		const sessionFrom = (response: Response) =>
			response.headers
				.getSetCookie()
				.find((c) => c.startsWith('lede_session='))
				?.split(';')[0];
		const page = async (path: string, cookie = '') =>
			(await fetch(app.origin + path, { headers: { cookie } })).text();

		it('signs up with an httpOnly, SameSite=Lax session cookie, logs out, and logs in on a new session', async () => {
			const signup = await post('/signup', {
				email: 'Rosa@Example.org',
				displayName: 'Rosa',
				password: 'a good long password'
			});
			expect(signup.status).toBe(303);
			const setCookie = signup.headers.getSetCookie().find((c) => c.startsWith('lede_session='));
			expect(setCookie).toMatch(/HttpOnly/i);
			expect(setCookie).toMatch(/SameSite=Lax/i);
			expect(setCookie).toMatch(/Path=\//);
			const first = sessionFrom(signup)!;
			expect(await page('/', first)).toContain('Rosa');

			const login = await post(
				'/login',
				{ email: 'rosa@example.org', password: 'a good long password' },
				first
			);
			expect(login.status).toBe(303);
			const second = sessionFrom(login)!;
			expect(second).not.toBe(first);
			// Rotated: the cookie from before the login no longer signs anyone in.
			expect(await page('/', first)).not.toContain('Rosa');
			expect(await page('/', second)).toContain('Rosa');

			expect((await post('/logout', {}, second)).status).toBe(303);
			expect(await page('/', second)).not.toContain('Rosa');
		});

		it('refuses bad sign-ups field by field, never echoing the password', async () => {
			const response = await post('/signup', {
				email: 'not-an-email',
				displayName: '',
				password: 'short-pw-1'.slice(0, 9)
			});
			expect(response.status).toBe(400);
			const html = await response.text();
			expect(html).toContain('Enter an email address');
			expect(html).toContain('Enter the name others will see.');
			expect(html).toContain('Use at least 10 characters.');
			expect(html).toContain('value="not-an-email"');
			expect(html).not.toContain('short-pw-');
		});

		it(`locks an account after ${accountLimit} wrong passwords and says when to try again`, async () => {
			await post('/signup', {
				email: 'kim@example.org',
				displayName: 'Kim',
				password: 'kims right password'
			});
			for (let i = 1; i < accountLimit; i++) {
				const wrong = await post('/login', { email: 'kim@example.org', password: `wrong ${i}` });
				expect(wrong.status).toBe(400);
				expect(await wrong.text()).toContain('That email and password do not match.');
			}
			const last = await post('/login', { email: 'kim@example.org', password: 'wrong again' });
			expect(last.status).toBe(429);
			expect(await last.text()).toMatch(
				/Too many failed logins for this account\. Try again in 15 minutes/
			);
			// Even the right password waits: a guesser who found it learns nothing.
			const right = await post('/login', {
				email: 'kim@example.org',
				password: 'kims right password'
			});
			expect(right.status).toBe(429);
		});

		it('shows script and attribute payloads in names as text', async () => {
			const payloads = ['<script>window.pwned=1</script>', '"><img src=x onerror=alert(1)>'];
			for (const [i, name] of payloads.entries()) {
				const signup = await post('/signup', {
					email: `payload${i}@example.org`,
					displayName: name,
					password: 'a good long password'
				});
				const html = await page('/', sessionFrom(signup)!);
				expect(html).not.toContain(name);
				expect(html).toContain(name.replaceAll('&', '&amp;').replaceAll('<', '&lt;'));
			}
		});

		it('carries a guest quiz into the new account, and a copy of the old guest cookie cannot answer it', async () => {
			const start = await post(`/quiz/${seedSlug}?/start`, {});
			expect(start.status).toBe(303);
			const guest = start.headers
				.getSetCookie()
				.find((c) => c.startsWith('lede_guest='))!
				.split(';')[0];
			const quizPage = await page(`/quiz/${seedSlug}`, guest);
			const valueOf = (name: string) =>
				quizPage
					.match(new RegExp(`name="${name}" value="([^"]*)"`))![1]
					.replaceAll('&quot;', '"')
					.replaceAll('&#39;', "'")
					.replaceAll('&amp;', '&');
			const answer = {
				attempt: valueOf('attempt'),
				question: valueOf('question'),
				choice: valueOf('choice')
			};

			const signup = await post(
				'/signup',
				{ email: 'copy@example.org', displayName: 'Copy', password: 'a good long password' },
				guest
			);
			expect(signup.status).toBe(303);
			const session = sessionFrom(signup)!;

			const fromOldCookie = await post(`/quiz/${seedSlug}?/answer`, answer, guest);
			expect(fromOldCookie.status).toBe(400);
			expect(await fromOldCookie.text()).toContain('not yours');
			expect((await post(`/quiz/${seedSlug}?/answer`, answer, session)).status).toBe(303);
			// The old cookie may still start a quiz of its own, as a guest with nothing.
			expect((await post(`/quiz/${seedSlug}?/start`, {}, guest)).status).toBe(303);
		});

		it('looks a guest cookie from before trusted cookies up once, and never lets it speak for an account', async () => {
			await page('/');
			const { value: secret } = await database.db
				.selectFrom('setting')
				.select('value')
				.where('key', '=', 'cookie_secret')
				.executeTakeFirstOrThrow();
			const setGuest = (response: Response) =>
				response.headers.getSetCookie().find((c) => c.startsWith(`${guestCookie}=`));

			// Sign-up used to turn the guest itself into the account, keeping its id.
			await post('/signup', {
				email: 'legacy@example.org',
				displayName: 'Legacy',
				password: 'a good long password'
			});
			const { id: accountId } = await database.db
				.selectFrom('user')
				.select('id')
				.where('email', '=', 'legacy@example.org')
				.executeTakeFirstOrThrow();
			const start = await post(
				`/quiz/${seedSlug}?/start`,
				{},
				`${guestCookie}=${sign(accountId, secret)}`
			);
			expect(start.status).toBe(303);
			expect(setGuest(start)).toBeDefined(); // a new guest, not the account
			const started = await database.db
				.selectFrom('attempt')
				.select('id')
				.where('user_id', '=', accountId)
				.execute();
			expect(started).toHaveLength(0);

			const guestId = crypto.randomUUID();
			await database.db
				.insertInto('user')
				.values({ id: guestId, role: 'guest', created_at: new Date().toISOString() })
				.execute();
			const visit = await fetch(app.origin + '/', {
				headers: { cookie: `${guestCookie}=${sign(guestId, secret)}` }
			});
			expect(decodeURIComponent(setGuest(visit)!.split(';')[0])).toBe(
				`${guestCookie}=${sign(`g2:${guestId}`, secret)}`
			);
		});
	});
