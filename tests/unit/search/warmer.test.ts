import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadResponse, ShardWarmer } from '../../../src/integrations/search/warmer.ts';
import { discardStaged, isCached, writeShards } from '../../../src/integrations/search/shards.ts';

const page = (date: string, text: string) =>
	`<!doctype html><html lang="zh-CN"><body><header>站名</header><article class="article" data-pagefind-body data-pagefind-sort="date:${date}"><p>${text}</p></article><footer>页脚</footer></body></html>`;

const folders: string[] = [];
const scratch = () => {
	const dir = mkdtempSync(join(tmpdir(), 'gongyun-warmer-'));
	folders.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('ReadResponse (a page the warmer has read, handed on to Astro)', () => {
	const html = page('2024-05-01', '紫阳县总工会开展“送清凉”活动');
	const bytes = () => {
		const encoded = Buffer.from(html, 'utf8');
		return encoded.buffer.slice(encoded.byteOffset, encoded.byteOffset + encoded.byteLength);
	};

	it('is a Response with the status and headers it was given', () => {
		const response = new ReadResponse(bytes(), { status: 200, statusText: 'OK', headers: new Headers({ 'content-type': 'text/html' }) });
		expect(response).toBeInstanceOf(Response);
		expect(response.status).toBe(200);
		expect(response.statusText).toBe('OK');
		expect(response.headers.get('content-type')).toBe('text/html');
	});

	it('gives Astro the same bytes, not a copy', async () => {
		const buffer = bytes();
		const response = new ReadResponse(buffer, new Response(null, { status: 200 }));
		expect(response.body).not.toBeNull();
		expect(await response.arrayBuffer()).toBe(buffer);
	});

	it('reads the same page through every reader of the standard', async () => {
		const make = () => new ReadResponse(bytes(), new Response(null));
		expect(await make().text()).toBe(html);
		expect(Buffer.from(await make().bytes()).toString('utf8')).toBe(html);
		expect(await new Response(make().body).text()).toBe(html);
		const original = make();
		const copy = original.clone();
		expect(await copy.text()).toBe(html);
		expect(await original.arrayBuffer()).not.toBe(await copy.arrayBuffer());
		expect(await new ReadResponse(new TextEncoder().encode('{"a":1}').buffer, new Response(null)).json()).toEqual({ a: 1 });
	});
});

describe('the shards still waiting when page generation ends', () => {
	const waiting = () => {
		const outDir = scratch();
		const urls = ['/articles/2024/a/', '/articles/2024/b/', '/articles/2023/c/'];
		const warmer = new ShardWarmer(
			urls.map((url, i) => ({ url, date: i < 2 ? '2024-05-0' + (i + 1) : '2023-03-01' })),
			{ cacheDir: join(outDir, '.cache'), maxPages: 10, concurrency: 0 },
		);
		warmer.capture('/articles/2024/a/', Buffer.from(page('2024-05-01', '甲')));
		warmer.capture('/articles/2024/b/', Buffer.from(page('2024-05-02', '乙')));
		// The 2024 shard is complete and waits for a Pagefind (none may run here); 2023's is not.
		return { outDir, ...warmer.finish() };
	};

	it('wait with their pages staged in a scratch folder, outside the heap, as Pagefind is to read them', () => {
		const { staged } = waiting();
		expect(staged.size).toBe(1);
		const scratchDir = [...staged.values()][0]!;
		const a = readFileSync(join(scratchDir, 'articles/2024/a/index.html'), 'utf8');
		expect(a).toContain('<p>甲</p>');
		// Only the indexed element, in a minimal page.
		expect(a).not.toContain('站名');
		expect(readdirSync(join(scratchDir, 'articles/2024')).sort()).toEqual(['a', 'b']);
		discardStaged(scratchDir);
		expect(existsSync(scratchDir)).toBe(false);
	});

	it('are indexed by the index step from the staged pages, which then go; the pages the warmer never saw are read from the output', async () => {
		const { outDir, rendered, staged } = waiting();
		const [dir, scratchDir] = [...staged][0]!;
		for (const [url, date, text] of [
			['/articles/2024/a/', '2024-05-01', '甲'],
			['/articles/2024/b/', '2024-05-02', '乙'],
			['/articles/2023/c/', '2023-03-01', '丙'],
		] as const) {
			mkdirSync(join(outDir, url), { recursive: true });
			writeFileSync(join(outDir, url, 'index.html'), page(date, text));
		}
		// The staged pages are what the index reads for 2024: change the output's copy of one, and
		// the index (keyed by the digests the warmer took) is still made of what the warmer saw.
		writeFileSync(join(scratchDir, 'articles/2024/a/index.html'), readFileSync(join(scratchDir, 'articles/2024/a/index.html'), 'utf8').replace('甲', '甲戊'));
		const result = await writeShards(outDir, { cacheDir: join(outDir, '.cache'), rendered, staged, workers: 1 });
		expect(result).toMatchObject({ pages: 3, written: 2 });
		expect(isCached(dir)).toBe(true);
		expect(existsSync(scratchDir)).toBe(false);
		const fragments = readdirSync(join(outDir, 'pagefind/2024/fragment')).map((f) => gunzipSync(readFileSync(join(outDir, 'pagefind/2024/fragment', f))).toString('utf8').replaceAll('\u200b', ''));
		expect(fragments).toHaveLength(2);
		expect(fragments.some((f) => f.includes('甲戊'))).toBe(true);
		const other = readdirSync(join(outDir, 'pagefind/2023/fragment')).map((f) => gunzipSync(readFileSync(join(outDir, 'pagefind/2023/fragment', f))).toString('utf8'));
		expect(other.join('')).toContain('丙');
	});

	it('that the index step does not need are removed', async () => {
		const { outDir, staged } = waiting();
		const scratchDir = [...staged.values()][0]!;
		mkdirSync(join(outDir, 'articles/2023/c'), { recursive: true });
		writeFileSync(join(outDir, 'articles/2023/c/index.html'), page('2023-03-01', '丙'));
		// Only 2023's page is in the output now: the 2024 shard of the warmer's plan is not this plan's.
		await writeShards(outDir, { cacheDir: join(outDir, '.cache'), staged, workers: 1 });
		expect(existsSync(scratchDir)).toBe(false);
	});
});
