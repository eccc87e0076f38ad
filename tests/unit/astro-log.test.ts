import { describe, expect, it } from 'vitest';
import { astroWriteKind } from '../../src/lib/astro-log.ts';

/** Astro 7's writes as its node logger makes them (core/build/generate.js), with and without colour. */
const dim = (s: string) => `\x1b[2m${s}\x1b[22m`;
const green = (s: string) => `\x1b[32m${s}\x1b[39m`;

describe("Astro's line per page", () => {
	it('is told from its other lines, in colour or not', () => {
		expect(astroWriteKind(`${dim('20:30:32')}   ${green('├─')} ${dim('/articles/2026/a001592/index.html')}`)).toBe('page-start');
		expect(astroWriteKind('20:30:32   └─ /rss.xml')).toBe('page-start');
		expect(astroWriteKind(` ${dim('(+43ms)')} \n`)).toBe('page-end');
		expect(astroWriteKind(' (+1.2s) \n')).toBe('page-end');
		expect(astroWriteKind(` ${green('(cached)')}\n`)).toBe('page-end');
		expect(astroWriteKind(' (restored)\n')).toBe('page-end');
		for (const other of [
			'20:30:24 [build] ✓ Completed in 1m 35s.\n',
			' generating static routes \n',
			'20:32:36 [gongyun-search] 搜索索引：10000 篇文章\n',
			'20:32:36 [WARN] [content] The collection "epaper" does not exist or is empty.\n',
			'  ├─ a tree drawn by someone else, ended\n',
		])
			expect(astroWriteKind(other), other).toBe('other');
	});
});
