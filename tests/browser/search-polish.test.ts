/** Search as a reader meets it: the query in the title, suggestions when there is nothing to show, the Esc hint, focus back where it was, excerpts cut cleanly. */
import { describe, expect, it } from 'vitest';
import { OPENING } from '../../src/lib/zh/linebreak.ts';
import { useSampleSite } from '../helpers/sample-site.ts';

const ARTICLE = '/articles/2022/0209-05-beilin-fugong/';

describe('search polish', () => {
	const site = useSampleSite();

	it('puts the query in the page title and takes it out again', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.origin}/search/?q=${encodeURIComponent('快递小哥')}`);
		await expect.poll(() => page.title()).toMatch(/^“快递小哥”的搜索结果 - 搜索 - /);
		await page.locator('[data-search-panel] input[type="search"]').fill('');
		await expect.poll(() => page.title()).toMatch(/^搜索 - /);
		await page.close();
	});

	it('suggests recent topics and places before a query and when nothing is found, not beside results', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.origin}/search/`);
		const empty = page.locator('[data-search-panel] [data-search-empty]');
		await expect.poll(() => empty.isVisible()).toBe(true);
		expect(await empty.locator('a').count()).toBeGreaterThan(3);
		const input = page.locator('[data-search-panel] input[type="search"]');
		await input.fill('工会');
		await expect.poll(() => empty.isVisible()).toBe(false);
		await input.fill('长安区');
		await expect.poll(() => empty.isVisible()).toBe(true);
		expect(await page.locator('.gy-result').count()).toBe(0);
		await page.close();
	});

	it('says Esc closes the dialog, and gives focus back to the search button after / and Esc', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(site.origin + ARTICLE);
		await page.keyboard.press('/');
		await page.locator('dialog[open] input[type="search"]').waitFor();
		await expect.poll(() => page.locator('dialog[open] .gy-dialog-keys').textContent()).toMatch(/esc\s*关闭/i);
		await page.keyboard.press('Escape');
		await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
		// Opened by a click, focus goes back to what was clicked.
		await page.locator('[data-search-open]').click();
		await page.locator('dialog[open]').waitFor();
		await page.keyboard.press('Escape');
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('[data-search-open]'))).toBe(true);
		await page.close();
	});

	it('waits for an input method to commit: pinyin being composed is not searched', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(site.origin + ARTICLE);
		await page.locator('[data-search-open]').click();
		const input = page.locator('dialog[open] input[type="search"]');
		await input.waitFor();
		await input.focus();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.imeSetComposition', { text: 'kuaidi', selectionStart: 6, selectionEnd: 6 });
		await page.waitForTimeout(600);
		expect(await input.inputValue()).toBe('kuaidi');
		expect(await page.locator('dialog[open] [data-search-status]').textContent()).toBe('');
		await cdp.send('Input.insertText', { text: '快递小哥' });
		await expect.poll(() => page.locator('dialog[open] [data-search-status]').textContent()).toBe('找到 1 篇与“快递小哥”相关的文章');
		await page.close();
	});

	it('cuts excerpts cleanly: “……” where the text goes on, no opening mark at the end, no byline scraps', async () => {
		// Tall: a result's text is loaded only once it is scrolled into view.
		const page = await site.browser.newPage({ viewport: { width: 360, height: 6000 } });
		await page.goto(`${site.origin}/search/?q=${encodeURIComponent('职工')}`);
		await expect.poll(() => page.locator('.gy-result-excerpt').count()).toBeGreaterThan(3);
		const excerpts = await page.locator('.gy-result-excerpt').allTextContents();
		for (const e of excerpts) {
			expect(e, e).not.toMatch(/^[）)”’，。、]/);
			expect(OPENING.has(e.replace(/……$/, '').at(-1)!), e).toBe(false);
			expect(e, e).not.toMatch(/本报讯|记者|通讯员/);
		}
		expect(excerpts.some((e) => e.endsWith('……'))).toBe(true);
		await page.close();
	});
});
