/**
 * Search in Chromium, as readers use it: the header box on an article page (click, `/`,
 * Ctrl-K), a Chinese query, a county filter, opening the result; the search page with its query
 * in the URL; no search JavaScript before search is opened; and all of it again on a site
 * built for a sub-path (`--base /gongyun/`) and served there.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as cheerio from 'cheerio';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, serve } from '../helpers/browser.ts';
import { buildSite, repoRoot } from '../helpers/site.ts';

const ARTICLE = 'articles/2022/0209-05-beilin-fugong/';
const ZIYANG = 'articles/2022/0209-03-ziyang-kuaidi/';

let browser: Browser;
let subpathDist: string;

beforeAll(async () => {
	// Fails with the apt-get command in its message when /usr/bin/chromium is missing.
	browser = await launch();
	const build = buildSite({ content: join(repoRoot, 'content'), base: '/gongyun/' });
	if (build.status !== 0) throw new Error(`sub-path build failed:\n${build.stderr}\n${build.stdout}`);
	subpathDist = build.outDir;
});

afterAll(async () => {
	await browser?.close();
	if (subpathDist) rmSync(dirname(subpathDist), { recursive: true, force: true });
});

/** Requests a page made, by path, to tell when the search code was fetched. */
function recordRequests(page: Page): string[] {
	const paths: string[] = [];
	page.on('request', (request) => paths.push(new URL(request.url()).pathname));
	return paths;
}

async function resultTitles(page: Page): Promise<string[]> {
	return page.locator('.gy-result-title').allTextContents();
}

for (const base of ['/', '/gongyun/']) {
	describe(`search at ${base}`, () => {
		let server: Awaited<ReturnType<typeof serve>>;
		const at = (path = '') => `${server.origin}${base}${path}`;
		beforeAll(async () => {
			server = await serve(base === '/' ? inject('sampleDist') : subpathDist, base);
		});
		afterAll(async () => {
			await server?.close();
		});

		it('header box: loads nothing until opened, finds a Chinese query, filters by county, opens the result', async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			const requests = recordRequests(page);
			await page.goto(at(ARTICLE));
			await page.waitForLoadState('networkidle');
			expect(requests.filter((p) => p.includes('/pagefind/')), 'no search code before search is opened').toEqual([]);

			await page.locator('[data-search-open]').click();
			const input = page.locator('pagefind-modal dialog[open] input[type="search"]');
			await input.waitFor();
			await expect.poll(() => page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
			expect(requests.some((p) => p === `${base}pagefind/gongyun/ui.js`)).toBe(true);

			await page.keyboard.type('快递小哥');
			await expect.poll(() => resultTitles(page)).toEqual(['走访慰问 为快递小哥送上关爱']);

			// A broad query, then the county facet.
			await input.fill('工会');
			// Results past the fold stay placeholders until scrolled to: count the list's rows.
			await expect.poll(() => page.locator('pagefind-modal pagefind-results [data-pf-result-index]').count()).toBeGreaterThan(5);
			await page.locator('pagefind-modal .gy-filters > summary').click();
			await page.locator('pagefind-modal pagefind-filter-dropdown[filter="county"] .pf-dropdown-trigger').click();
			await page.locator('pagefind-modal pagefind-filter-dropdown[filter="county"] [role="option"][data-value="紫阳县"]').click();
			await expect.poll(() => resultTitles(page)).toEqual(['走访慰问 为快递小哥送上关爱']);
			await page.locator('pagefind-modal pagefind-filter-dropdown[filter="county"] .pf-dropdown-trigger').click();

			await page.locator('.gy-result-link').first().click();
			await page.waitForURL(at(ZIYANG));
			expect(await page.locator('h1').first().textContent()).toContain('为快递小哥送上关爱');
			expect(errors).toEqual([]);
			await page.close();
		});

		it('opens with / and with Ctrl-K, and keeps links working without JavaScript', async () => {
			const page = await browser.newPage();
			await page.goto(at(ARTICLE));
			await page.keyboard.press('/');
			await page.locator('pagefind-modal dialog[open]').waitFor();
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
			await page.keyboard.press('Control+k');
			await page.locator('pagefind-modal dialog[open]').waitFor();
			await page.close();

			const context = await browser.newContext({ javaScriptEnabled: false });
			const plain = await context.newPage();
			await plain.goto(at(ARTICLE));
			await plain.locator('[data-search-open]').click();
			await plain.waitForURL(at('search/'));
			expect(await plain.locator('noscript').count()).toBe(1);
			await context.close();
		});

		it('search page: the query comes from and goes to the URL, pinyin and traditional queries work', async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
			await page.goto(at('search/?q=ziyang'));
			await expect.poll(() => resultTitles(page)).toContain('走访慰问 为快递小哥送上关爱');
			expect(await page.locator('[data-search-hint]').textContent()).toContain('紫阳县');

			const input = page.locator('[data-search-panel] pagefind-input input');
			await input.fill('工會法');
			await expect.poll(() => resultTitles(page).then((t) => t[0])).toBe('工会要始终主动对接职工诉求');
			await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('工會法');

			await page.locator('[data-search-sort]').selectOption('newest');
			await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');

			// A shared link with a filter restores both.
			await page.goto(at(`search/?q=${encodeURIComponent('工会')}&county=${encodeURIComponent('靖边县')}`));
			await expect.poll(() => resultTitles(page)).toEqual(['围绕“六有”打造规范化基层工会']);
			expect(await page.locator('pagefind-filter-dropdown[filter="county"] [role="option"][aria-selected="true"]').getAttribute('data-value')).toBe('靖边县');
			await page.close();
		});
	});
}

describe('search under a Content-Security-Policy without inline script', () => {
	it('every page loads the search loader as a file and has no inline script to run', () => {
		const dist = inject('sampleDist');
		// Reader pages: the web editor (admin/, Decap CMS) is a separate app, not a page of the site.
		const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') && !f.startsWith('admin/'));
		expect(pages.length).toBeGreaterThan(10);
		for (const file of pages) {
			const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
			// Data blocks (JSON-LD, Pagefind's result template) are not run, and a CSP allows them.
			const inline = $('script:not([src])').filter((_, el) => !/^(application\/ld\+json|text\/pagefind-template)$/.test($(el).attr('type') ?? ''));
			expect(inline.length, `${file}: inline <script>`).toBe(0);
			// Every script is a file under /_astro/; exactly one of them is the search loader (pages may add their own, e.g. the calendar).
			expect($('script[src]').toArray().every((el) => /\/_astro\/[^/]+\.js$/.test($(el).attr('src')!)), `${file}: scripts as files`).toBe(true);
			expect($('script[type="module"][src*="/_astro/SiteSearch."]').length, `${file}: search loader`).toBe(1);
		}
	});
});

describe('search accessibility', () => {
	let server: Awaited<ReturnType<typeof serve>>;
	beforeAll(async () => {
		server = await serve(inject('sampleDist'));
	});
	afterAll(async () => {
		await server?.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`search page with results has no axe violations, fits 360px, large type (${colorScheme})`, async () => {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
			const page = await context.newPage();
			await page.goto(`${server.origin}/search/?q=${encodeURIComponent('职工之家')}`);
			await page.locator('.gy-result-excerpt mark').first().waitFor();
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
			expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			const sizes = await page.evaluate(() =>
				['.gy-result-title', '.gy-result-excerpt', 'pagefind-input input'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)),
			);
			for (const size of sizes) expect(size).toBeGreaterThanOrEqual(17);
			await context.close();
		});
	}
});
