/** Article tools in Chromium: 字号 with and without script, remembered; copy link; the QR code as rendered. */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/sample-site.ts';

const ARTICLE = '/articles/2022/0209-02-changqing-wucaiyouchang/';
const OTHER = '/articles/2022/0209-03-ziyang-kuaidi/';

describe('article tools', () => {
	const site = useSampleSite();

	const proseSize = (page: import('playwright-core').Page) => page.$eval('.prose p', (p) => parseFloat(getComputedStyle(p).fontSize));

	it('changes the text size without JavaScript, at 中 by default', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.origin + ARTICLE);
		const base = await proseSize(page);
		expect(base).toBeGreaterThanOrEqual(18);
		await page.locator('.font-size label:has(input[value="xl"])').click();
		expect(await proseSize(page)).toBeGreaterThan(base * 1.2);
		expect(await page.locator('button[data-copy-link]').isVisible()).toBe(false);
		await context.close();
	});

	it('remembers the reader’s size across pages and reloads', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(site.origin + ARTICLE);
		const base = await proseSize(page);
		await page.locator('.font-size label:has(input[value="l"])').click();
		const large = await proseSize(page);
		expect(large).toBeGreaterThan(base);
		await page.goto(site.origin + OTHER);
		await page.waitForFunction(() => (document.querySelector('input[data-font-size][value="l"]') as HTMLInputElement).checked);
		expect(await proseSize(page)).toBe(large);
		await page.reload();
		await page.waitForFunction(() => (document.querySelector('input[data-font-size][value="l"]') as HTMLInputElement).checked);
		await context.close();
	});

	it('copies the article’s link and says so', async () => {
		const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		const page = await context.newPage();
		await page.goto(site.origin + ARTICLE);
		const canonical = await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href);
		await page.getByRole('button', { name: '复制链接' }).click();
		await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('已复制');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
		await context.close();
	});

	it('shows a WeChat QR code that a phone camera can read', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(site.origin + ARTICLE);
		const canonical = await page.$eval('link[rel="canonical"]', (l) => (l as HTMLLinkElement).href);
		await page.getByText('微信分享', { exact: true }).click();
		const shot = await page.locator('.qr svg').screenshot();
		const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(canonical);
		await page.close();
	});
});
