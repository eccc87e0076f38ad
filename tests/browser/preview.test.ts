/**
 * The preview tells the truth: with `npm run edit` (the dev server) running on a fixture copy,
 * breaking an article shows the checker's Chinese message in the open page and on any page
 * loaded afterwards, and in the terminal; fixing the file brings the page back by itself. With
 * no build to take a search index from, the search page and the terminal say to run one.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { startEdit, type DevServer } from '../helpers/dev.ts';
import { copyFixture } from '../helpers/site.ts';

const SCREENSHOTS = process.env.GONGYUN_SCREENSHOTS;

let browser: Browser;
let server: DevServer;
let content: string;

beforeAll(async () => {
	content = copyFixture('basic');
	// No build of this copy anywhere: the preview's search must say so (tested below).
	server = await startEdit(content, { args: ['--out', join(mkdtempSync(join(tmpdir(), 'gyzh-nobuild-')), 'dist')] });
	browser = await launch();
});
afterEach((context) => {
	if (context.task.result?.state === 'fail') console.error(`npm run edit printed:\n${server.output()}`);
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

/** What the page shows, the error overlay (a shadow root) included. */
const shown = (page: Page) =>
	page.evaluate(() => `${document.body.innerText}\n${[...document.querySelectorAll('vite-error-overlay')].map((o) => o.shadowRoot?.textContent ?? '').join('\n')}`);

describe('preview (dev server)', () => {
	test('drafts are shown with a visible 草稿 mark, on cards and on their page', async () => {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/issues/2024-02-02/`);
		const card = page.locator('.card').filter({ hasText: '尚未审定的草稿' });
		await expect.poll(() => card.locator('.draft-mark').innerText()).toBe('草稿');
		await expect.poll(() => page.locator('.card .draft-mark').count()).toBe(1);
		await card.locator('a').click();
		await expect.poll(() => page.locator('.draft-note').innerText()).toContain('只在预览中显示');
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'preview-draft-1280.png') });
		await page.close();
	});

	test('without any build, the search page and the terminal say to run npm run build', async () => {
		expect(server.output()).toContain('预览中还没有搜索索引');
		const page = await browser.newPage();
		await page.goto(`${server.origin}/search/?q=${encodeURIComponent('快递小哥')}`);
		const note = page.locator('[data-search-unavailable]');
		await expect.poll(() => note.isVisible(), { timeout: 30_000 }).toBe(true);
		expect(await note.innerText()).toContain('先运行一次 npm run build');
		await page.close();
	});

	test('a broken article shows the checker’s message in the browser and the terminal; fixing it restores the page', async () => {
		const file = join(content, 'articles/2024/0301-01-ziyang.md');
		const good = readFileSync(file, 'utf8');
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/articles/2024/0301-01-ziyang/`);
		await expect.poll(() => page.locator('h1').innerText()).toContain('为快递小哥送上关爱');

		const line = good.split('\n').findIndex((l) => l.startsWith('counties:')) + 1;
		writeFileSync(file, good.replace(/^counties:.*$/m, 'counties: [紫杨县]'));
		const message = '县区（counties）“紫杨县”不是已知的县级行政区 (unknown place)。最接近的有：紫阳县';
		// In the open page (the error overlay, or the error page after the automatic reload).
		await expect.poll(() => shown(page), { timeout: 20_000 }).toContain(message);
		expect(await shown(page)).toContain(`0301-01-ziyang.md:${line}`);
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'preview-error-1280.png') });
		// Any page opened now says so too, instead of showing the last good version.
		const other = await browser.newPage();
		const response = await other.goto(`${server.origin}/`);
		expect(response?.status()).toBe(500);
		expect(await other.locator('h1').innerText()).toContain('稿件有错误');
		expect(await other.locator('body').innerText()).toContain(message);
		// And the terminal.
		await expect.poll(() => server.output()).toContain(`0301-01-ziyang.md:${line}  [counties.0]`);

		writeFileSync(file, good);
		await expect.poll(() => page.locator('h1').innerText().catch(() => ''), { timeout: 20_000 }).toContain('为快递小哥送上关爱');
		await expect.poll(() => page.locator('vite-error-overlay').count()).toBe(0);
		// The error page reloads itself once the files are fixed.
		await expect
			.poll(async () => (await other.locator('h1').first().innerText().catch(() => '')) || '(loading)', { timeout: 20_000 })
			.not.toMatch(/稿件有错误|\(loading\)/);
		await expect.poll(() => server.output()).toContain('稿件的错误已改好');
		await other.close();

		// A YAML slip (unclosed quote) gets the same treatment, with the line where it was opened.
		writeFileSync(file, good.replace(/^title:.*$/m, 'title: "走访慰问'));
		await expect.poll(() => shown(page), { timeout: 20_000 }).toContain('引号没有成对 (unclosed quote)');
		writeFileSync(file, good);
		await expect.poll(() => page.locator('h1').innerText().catch(() => ''), { timeout: 20_000 }).toContain('为快递小哥送上关爱');
		await page.close();
	});
});
