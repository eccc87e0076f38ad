/**
 * The Content-Security-Policy in Chromium: every kind of page loads, and search works (header
 * dialog and search page), without a single policy violation; and the policy really is strict:
 * a script injected into the page does not run.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/sample-site.ts';

const site = useSampleSite();

/** A page that records CSP violations (the listener is installed by the driver, outside the policy). */
async function watchedPage(): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[] }> {
	const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
	});
	return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
}

const PAGES = ['', 'articles/2022/0209-05-beilin-fugong/', 'issues/', 'issues/2022-02-09/', 'counties/', 'counties/ziyang-xian/', 'cities/', 'tags/', 'no-such-page/'];

describe('Content-Security-Policy', () => {
	it('every page carries the policy, without unsafe-inline', async () => {
		const { page } = await watchedPage();
		for (const path of PAGES) {
			await page.goto(`${site.origin}/${path}`);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy, path).toMatch(/default-src 'self'/);
			expect(policy, path).toMatch(/object-src 'none'/);
			expect(policy, path).not.toContain('unsafe-inline');
			expect(policy, path).not.toContain("'unsafe-eval'");
		}
		await page.close();
	});

	it('pages and search work with no violation', async () => {
		const { page, violations, errors } = await watchedPage();
		for (const path of PAGES) {
			await page.goto(`${site.origin}/${path}`);
			await page.waitForLoadState('networkidle');
			expect(await violations(), path).toEqual([]);
		}
		// Header search dialog on an article page.
		await page.goto(`${site.origin}/articles/2022/0209-05-beilin-fugong/`);
		await page.locator('[data-search-open]').click();
		const input = page.locator('dialog[open] input[type="search"]');
		await input.waitFor();
		await input.fill('快递小哥');
		await expect.poll(() => page.locator('.gy-result-title').allTextContents()).toEqual(['走访慰问 为快递小哥送上关爱']);
		expect(await violations()).toEqual([]);
		// The search page, with its query from the URL.
		await page.goto(`${site.origin}/search/?q=${encodeURIComponent('职工之家')}`);
		await page.locator('.gy-result-excerpt mark').first().waitFor();
		expect(await violations()).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
		await page.close();
	});

	it('is enforced: a script or handler slipped into the page does not run', async () => {
		const { page, violations } = await watchedPage();
		await page.goto(`${site.origin}/articles/2022/0209-05-beilin-fugong/`);
		await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__pwned = 1';
			document.body.append(script);
			const img = document.createElement('img');
			img.setAttribute('onerror', 'window.__pwned2 = 1');
			img.src = '/no-such-image.png';
			document.body.append(img);
		});
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(await page.evaluate(() => (window as unknown as { __pwned2?: number }).__pwned2)).toBeUndefined();
		expect((await violations()).some((v) => v.startsWith('script-src'))).toBe(true);
		await page.close();
	});
});
