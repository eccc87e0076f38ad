import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadResponse, ShardWarmer } from '../../../src/integrations/search/warmer.ts';
import { readIndexedPages } from '../../../src/integrations/search/shards.ts';

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
	it('reach the index step with their documents, which it uses instead of reading the pages again', () => {
		const outDir = scratch();
		const urls = ['/articles/2024/a/', '/articles/2024/b/', '/articles/2023/c/'];
		const warmer = new ShardWarmer(
			urls.map((url, i) => ({ url, date: i < 2 ? '2024-05-0' + (i + 1) : '2023-03-01' })),
			{ cacheDir: join(outDir, '.cache'), maxPages: 10, concurrency: 0 },
		);
		warmer.capture('/articles/2024/a/', Buffer.from(page('2024-05-01', '甲')));
		warmer.capture('/articles/2024/b/', Buffer.from(page('2024-05-02', '乙')));
		// The 2024 shard is complete and waits for a Pagefind (none may run here); 2023's is not.
		const { rendered, documents } = warmer.finish();
		expect([...documents.keys()].sort()).toEqual(['/articles/2024/a/', '/articles/2024/b/']);
		expect(documents.get('/articles/2024/a/')!()).toContain('<p>甲</p>');
		expect(documents.get('/articles/2024/a/')!()).not.toContain('站名');

		// On disk: the same pages (as Astro wrote them), and one the warmer did not see.
		for (const [url, date, text] of [
			['/articles/2024/a/', '2024-05-01', '甲'],
			['/articles/2024/b/', '2024-05-02', '乙'],
			['/articles/2023/c/', '2023-03-01', '丙'],
		] as const) {
			mkdirSync(join(outDir, url), { recursive: true });
			writeFileSync(join(outDir, url, 'index.html'), page(date, text));
		}
		const { pages } = readIndexedPages(outDir, rendered, undefined, documents);
		const byUrl = new Map(pages.map((p) => [p.url, p]));
		// Taken from the warmer: the very function it handed over, not a read of the file.
		expect(byUrl.get('/articles/2024/a/')!.content).toBe(documents.get('/articles/2024/a/'));
		// Read from the output, as before: the warmer never had it.
		expect(byUrl.get('/articles/2023/c/')!.content()).toContain('<p>丙</p>');
		// Either way the document is the one the digest was made of.
		expect(byUrl.get('/articles/2024/b/')!.content()).toBe(documents.get('/articles/2024/b/')!());
	});
});
