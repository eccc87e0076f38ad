/**
 * The sample issue's 第3版 page view in Chromium: the page image shows, ten zones, a click on a
 * zone opens its article, Tab walks the zones in page order, hover and focus light a zone up,
 * the article page links back and highlights its zone, the PDF downloads; the calendar works
 * without script and with it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/sample-site.ts';

const PAGE = '/issues/2022-02-09/03/';
const site = useSampleSite();

/** The centre of a zone's first rectangle, in page pixels (the SVG maps PDF points onto the image). */
async function zoneCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
	return page.evaluate((zoneId) => {
		const path = document.getElementById(zoneId)!.querySelector('path')!;
		const [x, y, right, bottom] = path.getAttribute('d')!.match(/[\d.]+/g)!.map(Number);
		const svg = path.ownerSVGElement!;
		const point = new DOMPoint((x! + right!) / 2, (y! + bottom!) / 2).matrixTransform(svg.getScreenCTM()!);
		return { x: point.x, y: point.y };
	}, id);
}

const fill = (page: Page, id: string) => page.evaluate((zoneId) => getComputedStyle(document.getElementById(zoneId)!.querySelector('path')!).fill, id);

describe('the page view of 第3版', () => {
	it('shows the page image with ten zones over it', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.origin + PAGE);
		const image = await page.evaluate(async () => {
			const img = document.querySelector<HTMLImageElement>('.epaper-frame img')!;
			await img.decode();
			return { natural: img.naturalWidth, current: img.currentSrc };
		});
		expect(image.natural).toBeGreaterThan(500);
		expect(image.current).toMatch(/\.(avif|webp)$/);
		expect(await page.locator('svg.epaper-zones a.zone').count()).toBe(10);
		// The zones lie over the image, inside it.
		const [img, svg] = await Promise.all(['.epaper-frame img', 'svg.epaper-zones'].map((s) => page.locator(s).boundingBox()));
		expect(Math.abs(img!.width - svg!.width)).toBeLessThan(2);
		expect(Math.abs(img!.height - svg!.height)).toBeLessThan(2);
		await page.close();
	});

	it('opens the article when a zone is clicked, and lights the zone up on hover', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(site.origin + PAGE);
		const id = 'zone-0209-03-ziyang-kuaidi';
		await page.locator(`#${id}`).scrollIntoViewIfNeeded();
		const before = await fill(page, id);
		const { x, y } = await zoneCentre(page, id);
		await page.mouse.move(x, y);
		await expect.poll(() => fill(page, id)).not.toBe(before);
		// Hovering the zone marks its headline in 本版导读 too (src/client/epaper.ts).
		expect(await page.locator(`[data-zone-link="${id}"]`).getAttribute('class')).toContain('is-active');
		await Promise.all([page.waitForURL('**/articles/2022/0209-03-ziyang-kuaidi/'), page.mouse.click(x, y)]);
		expect(await page.locator('h1').innerText()).toContain('为快递小哥送上关爱');
		await page.close();
	});

	it('lets the keyboard Tab through the zones in page order and open one with Enter', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(site.origin + PAGE);
		const ids = await page.locator('a.zone').evaluateAll((els) => els.map((el) => el.id));
		expect(ids).toHaveLength(10);
		await page.locator('.epaper-strip a').last().focus();
		const reached: string[] = [];
		for (let i = 0; i < ids.length; i++) {
			await page.keyboard.press('Tab');
			reached.push(await page.evaluate(() => document.activeElement?.id ?? ''));
		}
		expect(reached).toEqual(ids);
		// Focus shows: the focused zone is outlined by its path's stroke.
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('path')!).stroke)).not.toBe('none');
		await Promise.all([page.waitForURL('**/articles/2022/0209-10-lizhao-zhaoyi-jiangzhang/'), page.keyboard.press('Enter')]);
		await page.close();
	});

	it('is linked from the article page, which highlights the article’s zone', async () => {
		const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${site.origin}/articles/2022/0209-05-beilin-fugong/`);
		const back = page.locator('a.epaper-back');
		expect(await back.innerText()).toBe('在第03版版面中查看');
		await Promise.all([page.waitForURL(`**${PAGE}#zone-0209-05-beilin-fugong`), back.click()]);
		// The stylesheet is a file now: wait for :target to take effect.
		const plain = await fill(page, 'zone-0209-04-kunlun-zhidaihui');
		await expect.poll(() => fill(page, 'zone-0209-05-beilin-fugong')).not.toBe(plain);
		await page.close();
	});

	it('downloads the page PDF', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.origin + PAGE);
		const href = await page.locator('.epaper-pdf a').getAttribute('href');
		const response = await page.request.get(site.origin + href);
		expect(response.status()).toBe(200);
		expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	});
});

describe('the 往期 calendar', () => {
	it('works without script: the month grid links the issue day', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/issues/`);
		expect(await page.locator('.calendar-month').count()).toBeGreaterThan(0);
		expect(await page.locator('.calendar-switch').count()).toBe(0);
		await Promise.all([page.waitForURL('**/issues/2022-02-09/'), page.locator('[id="2022-02"] a', { hasText: '9' }).click()]);
		await context.close();
	});

	it('with script shows one month and a year/month switch', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		await page.goto(`${site.origin}/issues/`);
		await page.locator('.calendar-switch').waitFor();
		expect(await page.locator('.calendar-month:visible').count()).toBe(1);
		expect(await page.locator('select[data-year]').inputValue()).toBe('2022');
		expect(await page.locator('select[data-month]').inputValue()).toBe('2022-02');
		expect(await page.locator('button[data-step="-1"]').isDisabled()).toBe(true);
		await Promise.all([page.waitForURL('**/issues/2022-02-09/'), page.locator('.calendar-month:visible a', { hasText: '9' }).click()]);
		await page.close();
	});
});
