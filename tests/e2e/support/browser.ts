/** Debian's Chromium driven by playwright-core, with an axe-core check. */
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

export interface PageOptions {
	baseURL: string;
	javaScript?: boolean;
	viewport?: { width: number; height: number };
	colorScheme?: 'light' | 'dark';
	/** The browser's IANA time zone; the machine's when unset. */
	timezoneId?: string;
}

/** A fresh context (no cookies: a new visitor) and one page in it. */
export async function openPage(
	browser: Browser,
	{ baseURL, javaScript = true, viewport = desktop, colorScheme = 'light', timezoneId }: PageOptions
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({
		baseURL,
		javaScriptEnabled: javaScript,
		viewport,
		colorScheme,
		timezoneId,
		reducedMotion: 'reduce'
	});
	return { context, page: await context.newPage() };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface Violation {
	id: string;
	impact: string;
	help: string;
	targets: string[];
}

/**
 * Serious and critical axe-core violations on the page as it is now. Needs JavaScript on in the
 * context (axe runs in the page).
 */
export async function axe(page: Page): Promise<Violation[]> {
	await page.addScriptTag({ path: axePath });
	return page.evaluate(async () => {
		const { violations } = await (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object
					) => Promise<{
						violations: {
							id: string;
							impact: string;
							help: string;
							nodes: { target: string[] }[];
						}[];
					}>;
				};
			}
		).axe.run(document, { resultTypes: ['violations'] });
		return violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => ({
				id: v.id,
				impact: v.impact,
				help: v.help,
				targets: v.nodes.map((n) => n.target.join(' '))
			}));
	});
}
