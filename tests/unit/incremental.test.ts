import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBuilds, pageReuse, parseManifest, renderedArticles, parsePageManifest, type BuildManifest } from '../../src/lib/incremental.ts';
import { pageReuseReport, reuseReport } from '../../src/lib/messages.ts';
import { cacheKey, keyedOnce } from '../../src/lib/page-cache.ts';

const last: BuildManifest = { version: 1, program: 'p1', articles: { '2024/a.md': '1', '2024/b.md': '2', '2024/c.md': '3' } };

describe('compareBuilds', () => {
	it('no earlier build: full', () => {
		expect(compareBuilds(undefined, { program: 'p1', articles: {} })).toEqual({ kind: 'full', reason: 'first' });
	});

	it('another program or settings: full, whatever the articles', () => {
		expect(compareBuilds(last, { program: 'p2', articles: last.articles })).toEqual({ kind: 'full', reason: 'program' });
	});

	it('--clean: full', () => {
		expect(compareBuilds(last, { program: 'p1', articles: last.articles }, { clean: true })).toEqual({ kind: 'full', reason: 'asked' });
	});

	it('counts unchanged articles and names the added, changed and removed ones', () => {
		const reuse = compareBuilds(last, { program: 'p1', articles: { '2024/a.md': '1', '2024/b.md': '2x', '2025/z.md': '9', '2025/d.md': '8' } });
		expect(reuse).toEqual({ kind: 'incremental', unchanged: 1, added: ['2025/d.md', '2025/z.md'], changed: ['2024/b.md'], removed: ['2024/c.md'] });
	});

	it('a renamed file is one removed and one added', () => {
		const reuse = compareBuilds(last, { program: 'p1', articles: { '2024/a.md': '1', '2024/b.md': '2', '2024/c2.md': '3' } });
		expect(reuse).toMatchObject({ unchanged: 2, added: ['2024/c2.md'], removed: ['2024/c.md'], changed: [] });
	});
});

describe('renderedArticles', () => {
	const articles = ['2024/a.md', '2024/b.md', '2025/d.md'].map((entry) => ({ entry, url: `https://x/${entry}` }));

	it('a full build draws every article', () => {
		expect(renderedArticles({ kind: 'full', reason: 'first' }, articles)).toEqual(articles);
	});

	it('a rebuild draws the added and changed ones only', () => {
		const reuse = compareBuilds(last, { program: 'p1', articles: { '2024/a.md': '1', '2024/b.md': '2x', '2025/d.md': '8' } });
		expect(renderedArticles(reuse, articles).map((a) => a.entry)).toEqual(['2024/b.md', '2025/d.md']);
		expect(renderedArticles(compareBuilds(last, { program: 'p1', articles: last.articles }), articles)).toEqual([]);
	});
});

describe('parseManifest', () => {
	it('reads back what was written', () => {
		expect(parseManifest(JSON.stringify(last))).toEqual(last);
	});

	it.each(['', '{', 'null', '[]', '{"version":2,"program":"p","articles":{}}', '{"version":1,"articles":{}}', '{"version":1,"program":"p","articles":{"a":1}}'])(
		'refuses %j',
		(text) => {
			expect(parseManifest(text)).toBeUndefined();
		},
	);
});

describe('reuseReport', () => {
	it('says what an incremental build reuses, counts with thousands separators', () => {
		const added = ['2026/new.md'];
		expect(reuseReport({ kind: 'incremental', unchanged: 9999, added, changed: [], removed: [] })).toBe(
			'增量构建：9,999 篇未改动，沿用内容缓存；1 篇新增，0 篇修改，0 篇删除 (incremental: 9,999 unchanged, reused from the content cache; 1 added, 0 changed, 0 removed)',
		);
	});

	it('says why a build is a full one', () => {
		expect(reuseReport({ kind: 'full', reason: 'first' })).toMatch(/^完整构建：没有上次构建留下的缓存/);
		expect(reuseReport({ kind: 'full', reason: 'program' })).toMatch(/^完整构建：程序、设置或 Astro 版本与上次不同，缓存已清空 \(/);
		expect(reuseReport({ kind: 'full', reason: 'program' }, { keptRenders: true })).toMatch(/^完整构建：程序、设置或 Astro 版本与上次不同，缓存已清空，数字报版面图沿用/);
		expect(reuseReport({ kind: 'full', reason: 'asked' })).toMatch(/^完整构建：按 --clean/);
	});
});

describe('pageReuse', () => {
	const manifest = (dependencyHash: string, paths: Record<string, string>, contentHashes?: Record<string, string>) => ({
		routes: { 'src/pages/articles/[...id].astro': { dependencyHash, paths: Object.fromEntries(Object.entries(paths).map(([p, cacheKey]) => [p, { cacheKey, ...(contentHashes ? { contentHashes } : {}) }])) } },
	});
	it('counts a page as reused only when its code, key and rendered content are unchanged', () => {
		const before = manifest('code1', { '/a/': 'k1', '/b/': 'k2', '/c/': 'k3' });
		expect(pageReuse(before, manifest('code1', { '/a/': 'k1', '/b/': 'changed', '/d/': 'k4' }))).toEqual({ reused: 1, rendered: 2 });
		expect(pageReuse(before, manifest('code2', { '/a/': 'k1' }))).toEqual({ reused: 0, rendered: 1 });
		expect(pageReuse(undefined, before)).toEqual({ reused: 0, rendered: 3 });
		expect(pageReuse(manifest('code1', { '/a/': 'k1' }, { x: '1' }), manifest('code1', { '/a/': 'k1' }, { x: '2' }))).toEqual({ reused: 0, rendered: 1 });
	});
	it('reads only what is a page manifest', () => {
		expect(parsePageManifest('{"routes":{}}')).toEqual({ routes: {} });
		expect(parsePageManifest('{"version":1}')).toBeUndefined();
		expect(parsePageManifest('not json')).toBeUndefined();
	});
	it('names both counts in the report', () => {
		expect(pageReuseReport({ reused: 16650, rendered: 46 })).toBe('页面：46 个重新生成，16,650 个与上次构建相同、直接沿用 (pages: 46 rendered, 16,650 unchanged and reused from the last build)');
	});
});

describe('cacheKey', () => {
	it('is the same for the same data and differs when anything printed differs, Maps and Sets included', () => {
		const view = { title: '标题', people: new Map([['刘强', '/authors/liu-qiang/']]), tags: new Set(['送温暖']) };
		expect(cacheKey(view)).toBe(cacheKey({ title: '标题', people: new Map([['刘强', '/authors/liu-qiang/']]), tags: new Set(['送温暖']) }));
		expect(cacheKey(view)).not.toBe(cacheKey({ ...view, people: new Map([['刘强', '/authors/liu-qiang-2/']]) }));
		expect(cacheKey(view)).not.toBe(cacheKey({ ...view, tags: new Set(['其他']) }));
		expect(cacheKey(view)).not.toBe(cacheKey({ ...view, title: '标题二' }));
	});
	it('keys a content entry on its digest and data, not on its rendered body', () => {
		const entry = (digest: string, html: string, src = '/_astro/a.1.png') => ({ collection: 'articles', id: '2024/a', digest, data: { image: { src } }, rendered: { html } });
		expect(cacheKey(entry('d1', '<p>一</p>'))).toBe(cacheKey(entry('d1', '<p>二</p>')));
		expect(cacheKey(entry('d1', ''))).not.toBe(cacheKey(entry('d2', '')));
		// A picture replaced under the same name: the resolved URL's hash changes.
		expect(cacheKey(entry('d1', ''))).not.toBe(cacheKey(entry('d1', '', '/_astro/a.2.png')));
	});
	it('keys a part keyed once by its key: listings of the same cards agree, a changed card changes them', () => {
		const card = (title: string) => ({ title, tags: new Set(['送温暖']), url: '/articles/2024/a/' });
		const page = (cards: object[]) => ({ page: { data: cards, currentPage: 1 }, listing: { slug: 'ziyang' } });
		const a = keyedOnce(card('标题'));
		expect(keyedOnce(a)).toBe(a);
		// Another object with the same data, keyed or not, gives the same listing key as before.
		expect(cacheKey(page([a]))).toBe(cacheKey(page([keyedOnce(card('标题'))])));
		expect(cacheKey(page([a]))).not.toBe(cacheKey(page([keyedOnce(card('标题二'))])));
		expect(cacheKey(page([a]))).not.toBe(cacheKey(page([a, a])));
		// A Set inside the card counts, as it does unkeyed.
		expect(cacheKey(page([a]))).not.toBe(cacheKey(page([keyedOnce({ ...card('标题'), tags: new Set(['其他']) })])));
	});
	it('refuses data holding a function', () => {
		expect(() => cacheKey({ format: () => '' })).toThrow(/function at "format"/);
	});
});

describe('page code is the same whatever shell runs the build', () => {
	it('no source file refers to Vite\'s env object bare (Astro would inline every environment variable named in the file)', () => {
		const root = join(import.meta.dirname, '../../src');
		const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mts|js|mjs|astro|mdx?)$/.test(f));
		expect(files.length).toBeGreaterThan(50);
		// Astro's own test (astro/dist/env/vite-plugin-import-meta-env.js).
		const bare = files.filter((f) => /\bimport\.meta\.env\b(?!\.)/.test(readFileSync(join(root, f), 'utf8')));
		expect(bare).toEqual([]);
	});
});
