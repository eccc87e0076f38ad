/**
 * The search index of an archive that spans years: one shard per year, searched newest first,
 * older years added when the reader asks, a year filter reading only its own shard. Runs the
 * built bundle (`pagefind/gongyun/pagefind.js`) in Node, counting which files it fetches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, type BuildResult } from '../helpers/site.ts';
import { installNodeShims } from '../search/harness.ts';
import { addYears } from '../helpers/archive.ts';

/** Every file the bundle fetched, as paths under pagefind/. */
const fetched: string[] = [];

interface Sharded {
	createInstance(o: Record<string, unknown>): {
		search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
		coverage(): { searched: { id: string }[]; older: { id: string } | undefined; total: number };
		searchOlder(): void;
		filters(): Promise<Record<string, Record<string, number>>>;
	};
	enableFilters(): Promise<void>;
}

describe('an archive of several years', () => {
	let build: BuildResult;
	let bundle: Sharded;
	beforeAll(async () => {
		const content = copyFixture('basic');
		addYears(content);
		// With its whole log: what the index step found written during page generation, and every page in order.
		build = buildSite({ content, verbose: true, extraArgs: ['--verbose'] });
		expect(build.status, build.stderr).toBe(0);
		installNodeShims();
		const realFetch = globalThis.fetch;
		globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
			const href = String(input instanceof Request ? input.url : input);
			if (href.startsWith('file:')) fetched.push(fileURLToPath(href.split(/[?#]/)[0]!).split('/pagefind/')[1]!);
			return realFetch(input, init);
		}) as typeof fetch;
		bundle = await import(/* @vite-ignore */ join(build.outDir, 'pagefind/gongyun/pagefind.js'));
	}, 300_000);

	it('has one shard per year, newest first, and tells the browser of them', () => {
		const shards = JSON.parse(readFileSync(join(build.outDir, 'pagefind/shards.json'), 'utf8'));
		expect(shards).toEqual([
			{ id: '2026', year: '2026', pages: 1, from: '2026-01-05' },
			{ id: '2025', year: '2025', pages: 2, from: '2025-06-10' },
			{ id: '2024', year: '2024', pages: 4, from: '2024-02-01' },
			{ id: '2023', year: '2023', pages: 1, from: '2023-04-20' },
		]);
	});

	it('indexes the shards while the pages are generated, article pages first', () => {
		// The warmer fills the cache during page generation; the index step then finds every shard
		// there. If it silently failed, the step would write them itself and say so.
		expect(build.stdout).toMatch(/搜索索引：8 篇文章，4 个分片，生成网页时已写 [34] 个、新写 [01] 个、沿用上次构建的 0 个/);
		const order = [...build.stdout.matchAll(/[├└]─ (\/\S+)/g)].map((m) => m[1]!);
		const firstOther = order.findIndex((path) => !path.startsWith('/articles/'));
		expect(firstOther).toBe(8);
	});

	it('searches the newest year first and older years when asked', async () => {
		const instance = bundle.createInstance({ baseUrl: '/', noWorker: true });
		fetched.length = 0;
		const first = await instance.search('暖心驿站');
		const urls = async (r: typeof first) => Promise.all(r.results.map(async (x) => (await x.data()).url));
		expect(await urls(first)).toEqual(['/articles/2026/0105-01-ningshan/']);
		// Only the newest shard's files were read.
		expect(fetched.filter((f) => !f.startsWith('2026/'))).toEqual([]);
		expect(instance.coverage()).toMatchObject({ searched: [{ id: '2026' }], older: { id: '2025' }, total: 8 });
		instance.searchOlder();
		const more = await instance.search('暖心驿站');
		expect((await urls(more)).sort()).toEqual(['/articles/2025/0610-01-ningshan/', '/articles/2025/0611-01-ningshan/', '/articles/2026/0105-01-ningshan/']);
		expect(instance.coverage().older).toMatchObject({ id: '2024' });
		// Newest first needs no older shard for its first results either.
		const sortedInstance = bundle.createInstance({ baseUrl: '/', noWorker: true });
		fetched.length = 0;
		const sorted = await sortedInstance.search('暖心驿站', { sort: { date: 'desc' } });
		expect(await urls(sorted)).toEqual(['/articles/2026/0105-01-ningshan/']);
		expect(fetched.filter((f) => !f.startsWith('2026/'))).toEqual([]);
		// A new query starts at the newest year again.
		await instance.search('环卫工人');
		expect(instance.coverage().searched.map((s) => s.id)).toEqual(['2026']);
	});

	it('reads only the shards of a year filter, and offers every year in the filter list', async () => {
		const instance = bundle.createInstance({ baseUrl: '/', noWorker: true });
		fetched.length = 0;
		const found = await instance.search('暖心驿站', { filters: { year: '2023' } });
		expect(await Promise.all(found.results.map(async (x) => (await x.data()).url))).toEqual(['/articles/2023/0420-01-ningshan/']);
		expect(new Set(fetched.map((f) => f.split('/')[0]))).toEqual(new Set(['2023']));
		await bundle.enableFilters();
		const filters = await instance.filters();
		expect(filters.year).toEqual({ '2026': 1, '2025': 2, '2024': 4, '2023': 1 });
	});

	it('searches everything at once when told to (the quality tests do)', async () => {
		const instance = bundle.createInstance({ baseUrl: '/', noWorker: true, allShards: true });
		const found = await instance.search('暖心驿站');
		expect(found.results).toHaveLength(4);
		expect(instance.coverage().older).toBeUndefined();
	});
});
