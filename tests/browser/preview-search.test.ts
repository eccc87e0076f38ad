/**
 * Search in the preview: the dev server serves the index of the last build, so an editor can
 * try a search while writing (without any build the search page says what to run:
 * tests/browser/preview.test.ts, whose preview has none).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { startEdit } from '../helpers/dev.ts';
import { repoRoot } from '../helpers/site.ts';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

describe('search in the preview', () => {
	test('finds articles in the last build’s index, and the results open in the preview', async () => {
		const server = await startEdit(join(repoRoot, 'content'), { args: ['--out', inject('sampleDist')] });
		try {
			expect(server.output()).toContain('预览中的搜索使用最近一次构建的索引');
			const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
			await page.goto(`${server.origin}/search/?q=${encodeURIComponent('快递小哥')}`);
			const first = page.locator('a:has(.gy-result-title)').first();
			await first.waitFor({ timeout: 30_000 });
			expect(await first.innerText()).toContain('快递小哥');
			const href = await first.getAttribute('href');
			const response = await page.goto(new URL(href!, server.origin).href);
			expect(response?.status()).toBe(200);
			await page.close();
		} finally {
			await server.stop();
		}
	});
});
