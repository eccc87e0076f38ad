/**
 * Search over an archive of several years in Chromium, on a site built for a sub-path: the first
 * query reads only the newest year's shard, says which years it searched, and 「再查 2025 年的稿件」
 * adds the next older year to the same query.
 */
import { dirname } from 'node:path';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addYears } from '../helpers/archive.ts';
import { launch, serve } from '../helpers/browser.ts';
import { buildSite, copyFixture } from '../helpers/site.ts';

let browser: Browser;
let dist: string;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
	browser = await launch();
	const content = copyFixture('basic');
	addYears(content);
	const build = buildSite({ content, base: '/gongyun/' });
	if (build.status !== 0) throw new Error(`archive build failed:\n${build.stderr}\n${build.stdout}`);
	dist = build.outDir;
	server = await serve(dist, '/gongyun/');
}, 300_000);

afterAll(async () => {
	await server?.close();
	await browser?.close();
	if (dist) rmSync(dirname(dist), { recursive: true, force: true });
});

describe('searching an archive of several years', () => {
	it('reads the newest year first and an older year when the reader asks', async () => {
		const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${server.origin}/gongyun/search/?q=${encodeURIComponent('暖心驿站')}`);
		const titles = page.locator('.gy-result-title');
		await expect.poll(() => titles.count(), { timeout: 30_000 }).toBe(1);
		const scope = page.locator('[data-search-scope]');
		await expect.poll(() => scope.isVisible()).toBe(true);
		expect(await scope.innerText()).toContain('以上是 2026 年的稿件。');
		const older = scope.getByRole('button', { name: '再查 2025 年的稿件' });
		const shardFolders = () => new Set(requests.filter((p) => p.startsWith('/gongyun/pagefind/20')).map((p) => p.split('/')[3]));
		expect(shardFolders()).toEqual(new Set(['2026']));
		await older.click();
		await expect.poll(() => titles.count(), { timeout: 30_000 }).toBe(3);
		expect(await scope.innerText()).toContain('以上是 2025—2026 年的稿件。');
		expect(await scope.getByRole('button').innerText()).toBe('再查 2024 年的稿件');
		expect(shardFolders()).toEqual(new Set(['2026', '2025']));
		await page.close();
	});
});
