import { describe, expect, it } from 'vitest';
import { buildTime, chinaDayToInstant, dateToChinaDay, formatChineseDate, parseIsoDate } from '../../src/lib/dates.ts';
import { parseArticleFile } from '../../src/lib/frontmatter.ts';
import { SiteConfigSchema } from '../../src/lib/schemas/site.ts';
import { slugify, uniqueSlugs } from '../../src/lib/slug.ts';
import { compareZh, editDistance, nearestStrings } from '../../src/lib/text.ts';
import { absoluteUrl, joinBase, routeKey, routes, url } from '../../src/lib/urls.ts';
import { articleIdFromEntry } from '../../src/lib/ids.ts';

describe('dates are China calendar days', () => {
	it('validates YYYY-MM-DD', () => {
		expect(parseIsoDate('2022-02-09')).toBe('2022-02-09');
		expect(parseIsoDate('2022-02-30')).toBeUndefined();
		expect(parseIsoDate('2022/02/09')).toBeUndefined();
	});

	it('reads YAML dates and instants as the day in Beijing', () => {
		expect(dateToChinaDay(new Date('2022-02-09'))).toBe('2022-02-09');
		expect(dateToChinaDay(new Date('2022-02-08T20:00:00Z'))).toBe('2022-02-09');
		expect(chinaDayToInstant('2022-02-09').toISOString()).toBe('2022-02-08T16:00:00.000Z');
		expect(formatChineseDate('2022-02-09')).toBe('2022年2月9日');
	});
	it("takes the build's now from SOURCE_DATE_EPOCH when it is set, else from the clock", () => {
		const clock = () => new Date('2026-12-01T00:00:00Z');
		expect(buildTime({ SOURCE_DATE_EPOCH: '1798675200' }, clock).toISOString()).toBe('2026-12-31T00:00:00.000Z');
		expect(buildTime({}, clock)).toEqual(clock());
		expect(buildTime({ SOURCE_DATE_EPOCH: 'soon' }, clock)).toEqual(clock());
	});
});

describe('slugs, sorting and suggestions', () => {
	it('makes ASCII slugs from Chinese labels, unique within a set', () => {
		expect(slugify('新就业形态')).toBe('xinjiuyexingtai');
		expect(slugify('5G 应用')).toMatch(/^5g-?yingyong$/);
		const slugs = uniqueSlugs(['职工', '植供', '职工']);
		expect(new Set(slugs.values()).size).toBe(2);
	});

	it('sorts Chinese in pinyin order', () => {
		expect(['西安市', '安康市', '榆林市', '宝鸡市'].sort(compareZh)).toEqual(['安康市', '宝鸡市', '西安市', '榆林市']);
	});

	it('suggests the closest names only', () => {
		expect(editDistance('紫杨县', '紫阳县')).toBe(1);
		expect(nearestStrings('靖边', ['靖边县', '定边县', '米脂县'], 5)).toEqual(['靖边县']);
		expect(nearestStrings('', ['靖边县'], 5)).toEqual([]);
	});
});

describe('URLs honour the base path', () => {
	it('joins base and route with trailing slashes for pages only', () => {
		expect(joinBase('/', routes.county('ziyang-xian'))).toBe('/counties/ziyang-xian/');
		expect(joinBase('/gongyun/', routes.county('ziyang-xian', 2))).toBe('/gongyun/counties/ziyang-xian/2/');
		expect(joinBase('/gongyun', routes.home())).toBe('/gongyun/');
		expect(joinBase('/gongyun/', routes.rss())).toBe('/gongyun/rss.xml');
		expect(joinBase('/', routes.search('工会 法'))).toBe('/search/?q=%E5%B7%A5%E4%BC%9A%20%E6%B3%95');
	});

	it('takes the build\'s base for url() and makes absolute URLs on an origin', () => {
		expect(url(routes.tags())).toBe(joinBase(import.meta.env.BASE_URL, 'tags'));
		expect(absoluteUrl('/gongyun/tags/', 'https://news.example.cn')).toBe('https://news.example.cn/gongyun/tags/');
		expect(absoluteUrl('/a/', new URL('https://x.example.cn/ignored/'))).toBe('https://x.example.cn/a/');
	});

	it('normalises the configured base', () => {
		expect(SiteConfigSchema.parse({ base: 'gongyun' }).base).toBe('/gongyun/');
		expect(SiteConfigSchema.parse({ base: '/' }).base).toBe('/');
		expect(SiteConfigSchema.parse({}).title).toBe('工运纵横');
	});

	it('derives article ids from file paths', () => {
		expect(articleIdFromEntry('2022/0209-01-Binhai Shaitai.md')).toBe('2022/0209-01-binhai-shaitai');
		expect(articleIdFromEntry('2022/走访慰问.mdx')).toBe('2022/走访慰问');
	});
});

describe('frontmatter with line numbers', () => {
	it('parses YAML like Astro and points at keys and list items', () => {
		const parsed = parseArticleFile('---\ntitle: 标题\ndate: 2022-02-09\ncounties:\n  - 紫阳县\n  - 紫杨县\n---\n\n正文。\n');
		expect(parsed.data.title).toBe('标题');
		expect(parsed.data.date).toBeInstanceOf(Date);
		expect(parsed.lineOf(['date'])).toBe(3);
		expect(parsed.lineOf(['counties', 1])).toBe(6);
		expect(parsed.body.trim()).toBe('正文。');
		expect(parsed.bodyLine).toBe(8);
	});

	it('reports missing frontmatter and YAML errors with a line', () => {
		expect(parseArticleFile('正文').errors[0]!.message).toBe('missing-frontmatter');
		const broken = parseArticleFile('---\ntitle: "未闭合\ndate: 2022-02-09\n---\n');
		expect(broken.errors.length).toBeGreaterThan(0);
		expect(broken.errors[0]!.line).toBeGreaterThanOrEqual(2);
	});
});

describe('headline word breaks', () => {
	it('splits a headline into words, never inside one, losing no character', async () => {
		const { headlineWords } = await import('../../src/lib/text.ts');
		const words = headlineWords('长庆油田第五采油厂工会为职工办实事');
		expect(words.join('')).toBe('长庆油田第五采油厂工会为职工办实事');
		expect(words).toContain('职工');
		expect(words.length).toBeGreaterThan(4);
	});
});

describe('routeKey', () => {
	it('is one key for every spelling of a route path, base or not', () => {
		for (const p of ['/articles/2024/x/', '/articles/2024/x', 'articles/2024/x', '/gongyun/articles/2024/x/']) expect(routeKey(p, '/gongyun/')).toBe('articles/2024/x');
		expect(routeKey('/', '/')).toBe('');
		expect(routeKey('/gongyun', '/gongyun/')).toBe('');
		expect(routeKey('/%E7%B4%AB%E9%98%B3/')).toBe('紫阳');
		// A path that only starts like the base is not under it.
		expect(routeKey('/gongyunx/a/', '/gongyun/')).toBe('gongyunx/a');
	});
});
