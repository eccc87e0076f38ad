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
			// Nor the dialog's markup: the search page carries it, fetched when search opens.
			expect(await page.locator('template[data-search-dialog]').count()).toBe(0);
			expect(requests.filter((p) => p === `${base}search/`)).toEqual([]);

			await page.locator('[data-search-open]').click();
			const dialog = page.locator('dialog[open]');
			const input = dialog.locator('input[type="search"]');
			await input.waitFor();
			await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]'))).toBe(true);
			expect(requests.some((p) => p === `${base}pagefind/gongyun/ui.js`)).toBe(true);
			expect(requests.filter((p) => p === `${base}search/`)).toHaveLength(1);
			// Our UI: no Pagefind Component UI, no stylesheet to fetch.
			expect(requests.filter((p) => p.includes('/pagefind/') && /component-ui|\.css$/.test(p))).toEqual([]);

			await page.keyboard.type('快递小哥');
			await expect.poll(() => resultTitles(page)).toEqual(['走访慰问 为快递小哥送上关爱']);
			await expect.poll(() => dialog.locator('[data-search-status]').textContent()).toBe('找到 1 篇与“快递小哥”相关的文章');
			// A simplified query needs no traditional table.
			expect(requests.filter((p) => p.endsWith('/t2s.json'))).toEqual([]);

			// A broad query, then the county facet, its values with their counts.
			await input.fill('工会');
			await expect.poll(() => dialog.locator('.gy-results > li').count()).toBeGreaterThan(5);
			expect(requests.filter((p) => p.endsWith('.pf_filter')), 'filters load when opened').toEqual([]);
			await dialog.locator('.gy-filters > summary').click();
			await dialog.locator('.gy-filter[data-filter="county"] > summary').click();
			const ziyang = dialog.getByRole('checkbox', { name: /^紫阳县（\d+）$/ });
			await ziyang.check();
			await expect.poll(() => resultTitles(page)).toEqual(['走访慰问 为快递小哥送上关爱']);
			expect(await dialog.locator('.gy-filter[data-filter="county"] [data-filter-badge]').textContent()).toBe('已选 1 项');
			expect(requests.some((p) => p.endsWith('.pf_filter'))).toBe(true);
			// The share link carries query and filter to the search page.
			const share = new URL((await dialog.locator('a[data-search-share]').getAttribute('href'))!, at());
			expect(share.pathname).toBe(`${base}search/`);
			expect([share.searchParams.get('q'), share.searchParams.get('county')]).toEqual(['工会', '紫阳县']);

			await page.locator('.gy-result-link').first().click();
			await page.waitForURL(at(ZIYANG));
			expect(await page.locator('h1').first().textContent()).toContain('为快递小哥送上关爱');
			expect(errors).toEqual([]);
			await page.close();
		});

		it('opens with / and with Ctrl-K, closes with Esc, the close button and the backdrop, and keeps links working without JavaScript', async () => {
			const page = await browser.newPage();
			await page.goto(at(ARTICLE));
			const open = page.locator('dialog[open]');
			await page.keyboard.press('/');
			await open.waitFor();
			// Esc closes even with text in the box.
			await page.keyboard.type('工会');
			await page.keyboard.press('Escape');
			await expect.poll(() => open.count()).toBe(0);
			await page.keyboard.press('Control+k');
			await open.waitFor();
			await page.getByRole('button', { name: '关闭搜索' }).click();
			await expect.poll(() => open.count()).toBe(0);
			await page.keyboard.press('Control+k');
			await open.waitFor();
			await page.mouse.click(5, 5);
			await expect.poll(() => open.count()).toBe(0);
			await page.close();

			const context = await browser.newContext({ javaScriptEnabled: false });
			const plain = await context.newPage();
			await plain.goto(at(ARTICLE));
			await plain.locator('[data-search-open]').click();
			await plain.waitForURL(at('search/'));
			expect(await plain.locator('noscript').count()).toBe(1);
			await context.close();
		});

		it('goes to the search page when the dialog cannot be made (its markup did not load)', async () => {
			const page = await browser.newPage();
			await page.route(at('search/'), (route) => (route.request().resourceType() === 'fetch' ? route.fulfill({ status: 503, body: '' }) : route.continue()));
			await page.goto(at(ARTICLE));
			await page.locator('[data-search-open]').click();
			await page.waitForURL(at('search/'));
			expect(await page.locator('[data-search-page]').count()).toBe(1);
			await page.close();
		});

		it('dialog: arrow keys move between the box and the results, 「显示更多」 moves focus to the first new result', async () => {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			// Pages of 3 results, so that the sample site has more than one: the dialog's markup
			// comes from the search page when search opens.
			await page.route(at('search/'), async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, body: (await response.text()).replaceAll('data-search-ui', 'data-search-ui data-page-size="3"') });
			});
			await page.goto(at(ARTICLE));
			await page.keyboard.press('/');
			const dialog = page.locator('dialog[open]');
			await dialog.locator('input[type="search"]').fill('工会');
			await expect.poll(() => dialog.locator('.gy-result-link').count()).toBe(3);
			const more = dialog.locator('button[data-search-more]');
			await expect.poll(() => more.textContent()).toMatch(/^显示更多结果（还有 \d+ 篇）$/);
			const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
			await page.keyboard.press('ArrowDown');
			expect(await focused()).toBe((await dialog.locator('.gy-result-link').nth(0).textContent())!);
			await page.keyboard.press('ArrowDown');
			expect(await focused()).toBe((await dialog.locator('.gy-result-link').nth(1).textContent())!);
			await page.keyboard.press('ArrowUp');
			await page.keyboard.press('ArrowUp');
			expect(await page.evaluate(() => document.activeElement?.matches('input[type="search"]'))).toBe(true);
			await more.click();
			await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.dataset.index)).toBe('3');
			expect(await dialog.locator('.gy-results > li').count()).toBe(6);
			await page.close();
		});

		it('search page: the query comes from and goes to the URL, pinyin and traditional queries work', async () => {
			const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
			const requests = recordRequests(page);
			await page.goto(at('search/?q=ziyang'));
			await expect.poll(() => resultTitles(page)).toContain('走访慰问 为快递小哥送上关爱');
			expect(await page.locator('[data-search-hint]').textContent()).toContain('紫阳县');
			expect(requests.filter((p) => p.endsWith('/t2s.json'))).toEqual([]);

			const input = page.locator('[data-search-panel] input[type="search"]');
			// Traditional characters find the simplified text: the table is fetched for this query.
			await input.fill('工會法');
			await expect.poll(() => resultTitles(page).then((t) => t[0])).toBe('工会要始终主动对接职工诉求');
			await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('工會法');
			expect(await page.locator('[data-search-hint]').textContent()).toBe('已按“工会法”搜索');
			expect(requests.filter((p) => p.endsWith('/t2s.json'))).toEqual([`${base}pagefind/gongyun/t2s.json`]);

			await page.locator('[data-search-sort]').selectOption('newest');
			await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');

			// A shared link with a filter restores both.
			await page.goto(at(`search/?q=${encodeURIComponent('工会')}&county=${encodeURIComponent('靖边县')}`));
			await expect.poll(() => resultTitles(page)).toEqual(['围绕“六有”打造规范化基层工会']);
			await expect.poll(() => page.locator('.gy-filter[data-filter="county"] input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['靖边县']);
			// Unticking it searches everything again and takes it out of the URL.
			await page.locator('.gy-filter[data-filter="county"] > summary').click();
			await page.getByRole('checkbox', { name: /^靖边县/ }).uncheck();
			// (Rows below the fold stay placeholders until scrolled to: count the list's rows.)
			await expect.poll(() => page.locator('.gy-results > li').count()).toBeGreaterThan(1);
			expect(new URL(page.url()).searchParams.get('county')).toBeNull();
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
			// Data blocks (JSON-LD) are not run, and a CSP allows them.
			const inline = $('script:not([src])').filter((_, el) => !/^application\/ld\+json$/.test($(el).attr('type') ?? ''));
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
			// Filters open (the search page opens 「筛选」 itself), one value list too.
			await page.locator('.gy-filter[data-filter="county"] > summary').click();
			await page.locator('.gy-filter-option:not([hidden])').first().waitFor();
			const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
			expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
			const sizes = await page.evaluate(() =>
				['.gy-result-title', '.gy-result-excerpt', '.gy-search-input', '.gy-filter-option'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)),
			);
			// Result and box at least 17px; the controls (filter values) at least 16px.
			for (const size of sizes.slice(0, 3)) expect(size).toBeGreaterThanOrEqual(17);
			expect(sizes[3]).toBeGreaterThanOrEqual(16);
			await context.close();
		});

		it(`the dialog with results and filters open has no axe violations and fits 360px (${colorScheme})`, async () => {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
			const page = await context.newPage();
			await page.goto(`${server.origin}/${ARTICLE}`);
			await page.locator('[data-search-open]').click();
			const dialog = page.locator('dialog[open]');
			await dialog.locator('input[type="search"]').fill('职工');
			await dialog.locator('.gy-result-excerpt mark').first().waitFor();
			await dialog.locator('.gy-filters > summary').click();
			await dialog.locator('.gy-filter[data-filter="year"] > summary').click();
			await dialog.getByRole('checkbox', { name: /^2022/ }).waitFor();
			const result = await new AxeBuilder({ page }).include('dialog[open]').withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
			expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
			expect(await dialog.evaluate((d) => d.scrollWidth - d.clientWidth)).toBeLessThanOrEqual(0);
			expect(await dialog.evaluate((d) => Math.round(d.getBoundingClientRect().width))).toBe(360);
			await context.close();
		});
	}
});
