import { describe, expect, it } from 'vitest';
import { indexedElement, indexedTagStart, olderShard, planShards, searchDocument, searchedSpan, shardListPages, shardManifest, shardsInScope, yearsOfFilters, yearSpan } from '../../../src/lib/search/shards.ts';
import { indexedElementOf } from '../../../src/lib/search/page-bytes.ts';

const page = (date: string, n = 0) => ({ url: `/articles/${date}-${n}/`, date });

describe('shardListPages', () => {
	it('adds up the pieces of the shard list the index step writes', () => {
		const shards = planShards([page('2024-03-01'), page('2026-01-02'), page('2024-12-31', 1), page('2025-06-01')], 1);
		expect(shardListPages(JSON.stringify(shardManifest(shards)))).toBe(4);
		expect(shardListPages('[]')).toBe(0);
	});

	it('says nothing of a text that is not a shard list', () => {
		for (const text of ['', '{', '{"pages":3}', '[{"id":"2024"}]', '[{"pages":-1}]', '[{"pages":1.5}]', '[null]']) expect(shardListPages(text)).toBeUndefined();
	});
});

describe('planShards', () => {
	it('makes one shard per year, newest first, each newest first', () => {
		const shards = planShards([page('2024-03-01'), page('2026-01-02'), page('2024-12-31'), page('2025-06-01')]);
		expect(shards.map((s) => s.id)).toEqual(['2026', '2025', '2024']);
		expect(shards[2]!.members.map((p) => p.date)).toEqual(['2024-12-31', '2024-03-01']);
		expect(shardManifest(shards)).toEqual([
			{ id: '2026', year: '2026', pages: 1, from: '2026-01-02' },
			{ id: '2025', year: '2025', pages: 1, from: '2025-06-01' },
			{ id: '2024', year: '2024', pages: 2, from: '2024-03-01' },
		]);
	});

	it('cuts a big year into equal consecutive parts, newest part first', () => {
		const pages = Array.from({ length: 5 }, (_, i) => page(`2024-0${i + 1}-01`));
		const shards = planShards(pages, 2);
		expect(shards.map((s) => [s.id, s.pages])).toEqual([
			['2024-1', 2],
			['2024-2', 2],
			['2024-3', 1],
		]);
		expect(shards[0]!.members[0]!.date).toBe('2024-05-01');
		expect(() => planShards(pages, 0)).toThrow(RangeError);
	});

	it("leaves other years' shards as they were when a story is added", () => {
		const before = planShards([page('2025-01-01'), page('2026-01-01')]);
		const after = planShards([page('2025-01-01'), page('2026-01-01'), page('2026-02-01')]);
		expect(after.find((s) => s.id === '2025')).toEqual(before.find((s) => s.id === '2025'));
	});
});

describe('which shards a search reads', () => {
	const shards = [
		{ id: '2026', year: '2026', pages: 3, from: '2026-01-05' },
		{ id: '2025-1', year: '2025', pages: 5, from: '2025-07-09' },
		{ id: '2025-2', year: '2025', pages: 5, from: '2025-01-02' },
		{ id: '2024', year: '2024', pages: 4, from: '2024-01-03' },
	];
	it('reads only the shards of the years filtered for, else all', () => {
		expect(shardsInScope(shards, ['2025']).map((s) => s.id)).toEqual(['2025-1', '2025-2']);
		expect(shardsInScope(shards, undefined)).toHaveLength(4);
		expect(shardsInScope(shards, ['1999'])).toEqual([]);
	});
	it("understands Pagefind's filter shapes", () => {
		expect(yearsOfFilters({ year: '2024' })).toEqual(['2024']);
		expect(yearsOfFilters({ year: ['2024', '2025'] })).toEqual(['2024', '2025']);
		expect(yearsOfFilters({ year: { any: ['2024'] } })).toEqual(['2024']);
		expect(yearsOfFilters({ county: 'ziyang' })).toBeUndefined();
		expect(yearsOfFilters(undefined)).toBeUndefined();
	});
	it('names the years searched as the UI prints them', () => {
		expect(yearSpan(shards.slice(0, 1))).toBe('2026 年');
		expect(yearSpan(shards.slice(0, 3))).toBe('2025—2026 年');
		expect(yearSpan([])).toBe('');
	});
	it('says the day a search reaches back to when it stopped inside a year read in parts', () => {
		expect(searchedSpan(shards.slice(0, 1), shards[1])).toBe('2026 年');
		expect(searchedSpan(shards.slice(0, 2), shards[2])).toBe('2025年7月9日以来');
		expect(searchedSpan(shards.slice(0, 3), shards[3])).toBe('2025—2026 年');
		expect(searchedSpan(shards, undefined)).toBe('2024—2026 年');
		expect(olderShard(shards.slice(0, 1), shards[1]!)).toEqual({ year: '2025', partly: false });
		expect(olderShard(shards.slice(0, 2), shards[2]!)).toEqual({ year: '2025', partly: true });
	});
});

describe('what Pagefind reads of a page', () => {
	const html =
		'<!doctype html><html lang="zh-CN"><body><header>站名</header><main><article class="article" data-pagefind-body data-pagefind-sort="date:2024-01-02"><h1>标题</h1><p>正文 &lt;/article&gt;</p></article><div class="article-after"><a href="/x/">上一篇</a></div></main></body></html>';
	it('is the indexed article element, not the links to other stories after it', () => {
		const element = indexedElement(html)!;
		expect(element.startsWith('<article class="article" data-pagefind-body')).toBe(true);
		expect(element.endsWith('</article>')).toBe(true);
		expect(element).not.toContain('上一篇');
		expect(indexedElement('<html><body><article><p>x</p></article></body></html>')).toBeUndefined();
	});
	it('is the same element read from the page as bytes (only the element decoded)', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		const pages = [
			html,
			// The first data-pagefind-body is not in the article's tag: the whole page is searched.
			html.replace('<header>站名</header>', '<header data-pagefind-body-x>站名</header><p>data-pagefind-body</p>'),
			html.replace('<article class="article" data-pagefind-body', '<section data-pagefind-body></section><article class="article" data-pagefind-body'),
			'<html><body><article><p>x</p></article></body></html>',
			'<html><body><article data-pagefind-bodyx><p>x</p></article></body></html>',
			'<html><body><articles data-pagefind-body><p>x</p></articles></body></html>',
			'<html><body><article data-pagefind-body><p>没有结束标签</p></body></html>',
			// Markup in an attribute value (Astro escapes only & and " there): the same answer either way.
			html.replace('<body>', '<head><meta content="<article data-pagefind-body"></head><body>'),
			html.replace('<body>', '<head><meta content="<article <article data-pagefind-body"></head><body>'),
			html.replace('<body>', '<head><meta content="x<article data-pagefind-body y>"></head><body>'),
			'',
		];
		for (const page of pages) expect(indexedElementOf(bytes(page))).toBe(indexedElement(page));
		expect(indexedElementOf(bytes(html))).toContain('<p>正文 &lt;/article&gt;</p>');
	});
	it('is the article element even when a headline in an attribute spells its tag', () => {
		const bytes = (text: string) => new TextEncoder().encode(text);
		const real = indexedElement(html)!;
		for (const forged of [
			'<head><meta content="<article data-pagefind-body"></head><body>',
			'<head><meta content="x><article data-pagefind-body>"><title>&lt;article data-pagefind-body&gt;</title></head><body>',
			`<head><meta name='t' content='<article class="a" data-pagefind-body>'></head><body data-x="<article data-pagefind-body>">`,
		]) {
			const page = html.replace('<body>', forged);
			expect(indexedElement(page)).toBe(real);
			expect(indexedElementOf(bytes(page))).toBe(real);
		}
		// A data-pagefind-body that is only text in an attribute of an <article> is no indexed element.
		expect(indexedElement('<html><body><article title="data-pagefind-body"><p>x</p></article></body></html>')).toBeUndefined();
		expect(indexedTagStart('<p>a</p><article\n  data-pagefind-body>')).toBe(8);
	});
	it('is wrapped in a minimal page in the site language', () => {
		expect(searchDocument('<article data-pagefind-body>x</article>')).toBe(
			'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><article data-pagefind-body>x</article></body></html>',
		);
	});
});
