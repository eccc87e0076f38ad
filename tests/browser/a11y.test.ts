import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useSampleSite } from '../helpers/sample-site.ts';

const PAGES = ['/', '/articles/2022/0209-03-ziyang-kuaidi/', '/articles/2022/0209-02-changqing-wucaiyouchang/', '/articles/2022/0209-09-ningshan-songnuan/', '/counties/', '/counties/ziyang-xian/', '/cities/', '/cities/xian/', '/tags/', '/issues/', '/issues/2022-02-09/', '/issues/2022-02-09/03/', '/authors/', '/authors/hanjiang/', '/search/', '/search/?q=%E5%B7%A5%E4%BC%9A', '/404.html'];

describe('accessibility and phone layout of the sample site', () => {
	const site = useSampleSite();

	for (const colorScheme of ['light', 'dark'] as const) {
		it(`has no axe violations (WCAG 2 AA) in ${colorScheme} mode`, async () => {
			const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme });
			const found: string[] = [];
			for (const path of PAGES) {
				const page = await context.newPage();
				const response = await page.goto(site.origin + path);
				if (path !== '/404.html') expect(response?.status(), path).toBe(200);
				const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
				found.push(...result.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`));
				await page.close();
			}
			await context.close();
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
