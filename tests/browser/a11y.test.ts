import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/sample-site.ts';

const PAGES = ['/', '/articles/2022/0209-03-ziyang-kuaidi/', '/articles/2022/0209-02-changqing-wucaiyouchang/', '/articles/2022/0209-09-ningshan-songnuan/', '/counties/', '/counties/ziyang-xian/', '/cities/', '/cities/xian/', '/tags/', '/issues/', '/issues/2022-02-09/', '/issues/2022-02-09/03/', '/authors/', '/authors/hanjiang/', '/search/', '/search/?q=%E5%B7%A5%E4%BC%9A', '/404.html'];

describe('accessibility and phone layout of the sample site', () => {
	const site = useSampleSite();

	// Dark mode changes only the colour tokens (src/styles/tokens.css), so in dark mode only the colour
	// rules run, on the same page switched with emulateMedia. Legacy mode runs axe in the page itself:
	// our pages have no frames, and the default mode opens a blank page per run to merge frame
	// results, which doubled each run (1.1 s → 0.5 s here).
	const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
	const axe = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true);
	for (const path of PAGES) {
		it(`${path}: no axe violations (WCAG 2 AA) in light mode, no contrast violations in dark mode`, async () => {
			const page = await site.browser.newPage({ viewport: { width: 360, height: 740 }, colorScheme: 'light' });
			const response = await page.goto(site.origin + path);
			if (path !== '/404.html') expect(response?.status(), path).toBe(200);
			expect(await page.evaluate(() => document.querySelectorAll('iframe, frame').length), 'no frames for legacy mode to miss').toBe(0);
			const found: string[] = [];
			const report = (mode: string, violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
				found.push(...violations.map((v) => `${mode}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
			report('light', (await axe(page).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()).violations);
			await page.emulateMedia({ colorScheme: 'dark' });
			expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
			report('dark', (await axe(page).withRules(COLOUR_RULES).analyze()).violations);
			await page.close();
			expect(found).toEqual([]);
		});
	}

	it('fits a 360px phone without sideways scrolling, with body text of at least 18px', async () => {
		const page = await site.browser.newPage({ viewport: { width: 360, height: 740 } });
		for (const path of PAGES) {
			await page.goto(site.origin + path);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
		await page.goto(site.origin + PAGES[1]!);
		const style = await page.evaluate(() => {
			const p = document.querySelector('.prose p')!;
			const s = getComputedStyle(p);
			return { size: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight) / parseFloat(s.fontSize), indent: parseFloat(s.textIndent) / parseFloat(s.fontSize), align: s.textAlign };
		});
		expect(style.size).toBeGreaterThanOrEqual(18);
		expect(style.lineHeight).toBeGreaterThanOrEqual(1.7);
		expect(style.indent).toBeCloseTo(2, 1);
		expect(style.align).toBe('justify');
		await page.close();
	});
});
