/**
 * Search on the sample site (built once by tests/global-setup.ts with the build CLI): every
 * judgment of tests/search/judgments.ts, run in Node through the very module the browser loads
 * (pagefind/gongyun/pagefind.js: our query processing in front of Pagefind's index).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeFailure, openSiteSearch, runJudgments, summarize, type SiteSearch } from '../search/harness.ts';
import { judgments } from '../search/judgments.ts';
import { assertPagefind } from '../../src/integrations/search/pagefind-errors.ts';

describe('search on the sample site', () => {
	let dist: string;
	let search: SiteSearch;
	beforeAll(async () => {
		dist = inject('sampleDist');
		search = await openSiteSearch(dist, 'site');
	});
	afterAll(async () => {
		await search?.destroy();
	});

	it('is built by the build itself: index, our bundle and UI next to Pagefind’s files', () => {
		// The sample's ten pieces are all of 2022: one shard, at pagefind/2022/.
		expect(JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8'))).toEqual([{ id: '2022', year: '2022', pages: 10, from: '2022-02-09' }]);
		for (const file of ['pagefind/pagefind.js', 'pagefind/2022/pagefind-entry.json', 'pagefind/gongyun/pagefind.js', 'pagefind/gongyun/t2s.json', 'pagefind/gongyun/ui.js']) {
			expect(existsSync(join(dist, file)), file).toBe(true);
		}
		// Only the ten article pages: listings, tags and the home page are not search results.
		const entry = JSON.parse(readFileSync(join(dist, 'pagefind/2022/pagefind-entry.json'), 'utf8'));
		expect(entry.languages['zh-cn'].page_count).toBe(10);
		// Pagefind's program is written once, not into every shard.
		expect(existsSync(join(dist, 'pagefind/2022/pagefind.js'))).toBe(false);
	});

	it(`meets all ${judgments.length} judgments`, async () => {
		const outcomes = await runJudgments(search, judgments);
		const misses = outcomes.filter((o) => !o.pass);
		const overall = summarize(outcomes).at(-1)!;
		expect(misses.map(describeFailure).join('\n'), `hit rate ${overall.hits}/${overall.queries}`).toBe('');
		expect(judgments.length).toBeGreaterThanOrEqual(40);
	});

	it('returns the result metadata the results list shows', async () => {
		const response = await search.raw('快递小哥');
		const data = await response!.results[0]!.data();
		expect(data.url).toBe('/articles/2022/0209-03-ziyang-kuaidi/');
		expect(data.meta).toMatchObject({ title: '走访慰问 为快递小哥送上关爱', date: '2022-02-09', place: '紫阳县', genre: '消息', unit: '紫阳县总工会' });
		expect(data.excerpt).toContain('<mark>');
		// The excerpt quotes the story, not the page furniture.
		expect(data.excerpt).not.toMatch(/见报日期|第3版/);
	});

	it('filters by county, city, genre, year and tag', async () => {
		const ids = async (q: string, filters: Record<string, string[]>) => (await search.search(q, { filters })).map((h) => h.id);
		expect(await ids('工会', { county: ['紫阳县'] })).toEqual(['2022/0209-03-ziyang-kuaidi']);
		// A city takes in its counties' stories: 碑林区 and 未央区 are in 西安市.
		expect((await ids('职工', { city: ['西安市'] })).sort()).toEqual([
			'2022/0209-02-changqing-wucaiyouchang',
			'2022/0209-04-kunlun-zhidaihui',
			'2022/0209-05-beilin-fugong',
			'2022/0209-10-lizhao-zhaoyi-jiangzhang',
		]);
		expect(await ids('工会', { genre: ['评论'] })).toEqual(['2022/0209-08-pinglun-zhigong-suqiu']);
		expect(await ids('职工', { tag: ['职代会'] })).toEqual(['2022/0209-04-kunlun-zhidaihui']);
		expect((await ids('工会', { year: ['2022'] })).length).toBeGreaterThan(5);
		const response = await search.raw('工会');
		expect(Object.keys(response!.filters).sort()).toEqual(['city', 'county', 'genre', 'tag', 'year']);
	});

	it('sorts newest first when asked', async () => {
		const response = await search.raw('工会', { sort: { date: 'desc' } });
		const dates = await Promise.all(response!.results.map(async (r) => (await r.data()).meta.date!));
		expect(dates).toEqual([...dates].sort().reverse());
	});
});

describe('the search integration', () => {
	it('turns Pagefind’s error list into a failed build with the messages', () => {
		expect(() => assertPagefind({ errors: ['Failed to parse /x/index.html', 'Second problem'] }, '读取页面')).toThrow(/Failed to parse \/x\/index\.html[\s\S]*Second problem/);
		expect(assertPagefind({ errors: [], page_count: 3 }, '读取页面')).toEqual({ errors: [], page_count: 3 });
	});
});
