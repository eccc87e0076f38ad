import { describe, expect, it } from 'vitest';
import { compareBuilds, parseManifest, type BuildManifest } from '../../src/lib/incremental.ts';
import { reuseReport } from '../../src/lib/messages.ts';

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
		expect(reuseReport({ kind: 'full', reason: 'program' })).toMatch(/^完整构建：程序、设置或 Astro 版本与上次不同/);
		expect(reuseReport({ kind: 'full', reason: 'asked' })).toMatch(/^完整构建：按 --clean/);
	});
});
