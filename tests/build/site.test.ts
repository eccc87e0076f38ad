import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, fileFor, loadPage, text, type BuildResult } from '../helpers/site.ts';

/** 23 more 靖边县 stories, one a day, so the county listing needs two pages. */
function addJingbianArchive(content: string) {
	const dir = join(content, 'articles/2023');
	mkdirSync(dir, { recursive: true });
	for (let i = 1; i <= 23; i++) {
		const day = String(i).padStart(2, '0');
		writeFileSync(
			join(dir, `05${day}-jingbian.md`),
			`---\ntitle: 靖边县工会动态第${i}期\ndate: 2023-05-${day}\nsource: 本报讯\nauthors: [雪迎风]\ncounties: [靖边县]\npage: 3\norder: 1\n---\n\n靖边县总工会第${i}条消息。\n`,
		);
	}
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html'))
		.map((f) => join(dir, f));
}

/** Every same-site link of every page resolves to a file in the output. */
function brokenLinks(outDir: string, base: string): string[] {
	const broken: string[] = [];
	for (const file of htmlFiles(outDir)) {
		const $ = cheerio.load(readFileSync(file, 'utf8'));
		for (const el of $('a[href], link[href]').toArray()) {
			const href = $(el).attr('href')!;
			if (/^(https?:|mailto:|tel:|#)/.test(href)) continue;
			if (!href.startsWith(base)) {
				broken.push(`${relative(outDir, file)} → ${href} (outside base ${base})`);
				continue;
			}
			const target = fileFor(outDir, href, base);
			try {
				statSync(target);
			} catch {
				broken.push(`${relative(outDir, file)} → ${href}`);
			}
		}
	}
	return broken;
}

describe('fixture site at the host root, built in Los Angeles time', () => {
	let build: BuildResult;
	beforeAll(() => {
		const content = copyFixture('basic');
		addJingbianArchive(content);
		build = buildSite({ content, env: { TZ: 'America/Los_Angeles' } });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
	});

	it('builds every published article and no draft', () => {
		const articles = readdirSync(join(build.outDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
		expect(articles).toHaveLength(4 + 23);
		expect(() => loadPage(build.outDir, '/articles/2024/0202-99-draft/')).toThrow(/no page/);
	});

	it('has zh-CN pages whose internal links all resolve', () => {
		const $ = loadPage(build.outDir, '/');
		expect($('html').attr('lang')).toBe('zh-CN');
		expect(brokenLinks(build.outDir, '/')).toEqual([]);
	});

	it('renders the newspaper headline hierarchy and byline', () => {
		const $ = loadPage(build.outDir, '/articles/2024/0301-01-ziyang/');
		expect($('h1')).toHaveLength(1);
		const header = $('header.headline');
		expect(header.children().toArray().map((el) => $(el).attr('class') ?? el.tagName)).toEqual(['unit-label', 'kicker', 'h1', 'subtitle']);
		expect(text($, 'h1 .line')).toEqual(['走访慰问新就业形态劳动者', '为快递小哥送上关爱']);
		expect(text($, '.byline')).toEqual(['本报讯（记者 刘强）']);
		expect($('time').attr('datetime')).toBe('2024-03-01');
		expect(text($, 'h2.subhead')).toEqual(['建会建家筑牢服务阵地']);
		expect($('h2.subhead br')).toHaveLength(1);
		expect($('.prose p').first().text()).toMatch(/^春节前夕/);
		expect(text($, '.article-footer .chips a')).toEqual(['紫阳县', '新就业形态']);
	});

	it('describes the article as a schema.org NewsArticle', () => {
		const $ = loadPage(build.outDir, '/articles/2024/0301-01-ziyang/');
		const ld = JSON.parse($('script[type="application/ld+json"]').text());
		expect(ld['@type']).toBe('NewsArticle');
		expect(ld.headline).toBe('走访慰问新就业形态劳动者 为快递小哥送上关爱');
		expect(ld.datePublished).toBe('2024-03-01T00:00:00+08:00');
		expect(ld.author).toEqual([{ '@type': 'Person', name: '刘强' }]);
		expect(ld.contentLocation).toEqual([{ '@type': 'Place', name: '紫阳县' }]);
		expect(ld.url).toMatch(/\/articles\/2024\/0301-01-ziyang\/$/);
	});

	it('prints bylines as the paper does', () => {
		expect(text(loadPage(build.outDir, '/articles/2024/0301-02-xian/'), '.byline')).toEqual(['据《工人日报》']);
		expect(text(loadPage(build.outDir, '/articles/2024/0201-01-beilin/'), '.byline')).toEqual(['□何应洋']);
		expect(text(loadPage(build.outDir, '/articles/2024/0201-02-binhai/'), '.byline')).toEqual(['□王辉 摄']);
	});

	it('renders the lead image through astro:assets with its description', () => {
		const $ = loadPage(build.outDir, '/articles/2024/0201-02-binhai/');
		const img = $('figure.article-image picture img');
		expect(img.attr('alt')).toBe('环卫工人在爱心驿站领取保温杯和手套');
		expect(img.attr('src')).toMatch(/^\/_astro\/binhai-yizhan\.[\w-]+\.png$/);
		expect(img.attr('srcset')).toBeTruthy();
		expect($('figure.article-image source[type="image/webp"]').attr('srcset')).toMatch(/\/_astro\/binhai-yizhan\.[\w-]+\.webp \d+w/);
		expect($('figure.article-image source[type="image/avif"]').attr('srcset')).toMatch(/\.avif \d+w/);
		expect($('figure.article-image figcaption .credit').text()).toBe('□王辉 摄');
	});

	it('keeps the calendar date whatever the build machine’s time zone', () => {
		const $ = loadPage(build.outDir, '/articles/2024/0301-01-ziyang/');
		expect($('.article-meta time').text()).toBe('2024年3月1日');
		expect(loadPage(build.outDir, '/issues/2024-03-01/')('h1').text()).toBe('2024年3月1日');
	});

	it('lists exactly a county’s articles on its page', () => {
		const ids = (path: string) => loadPage(build.outDir, path)('.article-list .card h2 a').toArray().map((a) => cheerio.load(a)('a').attr('href'));
		expect(ids('/counties/ziyang-xian/')).toEqual(['/articles/2024/0301-01-ziyang/']);
		expect(ids('/counties/binhai-xian/')).toEqual(['/articles/2024/0201-02-binhai/']);
		expect(ids('/counties/beilin-qu-xian/')).toEqual(['/articles/2024/0201-01-beilin/']);
	});

	it('rolls a city page up from city-level stories and its counties', () => {
		const $ = loadPage(build.outDir, '/cities/xian/');
		expect($('h1').text()).toBe('西安市');
		expect(text($, '.card h2 a')).toEqual(['西安市总工会追授两名同志五一劳动奖章', '工会要始终主动对接职工诉求']);
	});

	it('paginates a county 20 to a page, newest first', () => {
		const first = loadPage(build.outDir, '/counties/jingbian-xian/');
		const second = loadPage(build.outDir, '/counties/jingbian-xian/2/');
		expect(first('.card')).toHaveLength(20);
		expect(second('.card')).toHaveLength(3);
		expect(first('.card h2').first().text()).toContain('第23期');
		expect(second('.card h2').last().text()).toContain('第1期');
		expect(first('.pagination a[rel=next]').attr('href')).toBe('/counties/jingbian-xian/2/');
		expect(second('.pagination a[rel=prev]').attr('href')).toBe('/counties/jingbian-xian/');
		expect(first('title').text()).toMatch(/^靖边县 - /);
		expect(second('title').text()).toMatch(/^靖边县（第2页）/);
	});

	it('groups the county index by province (two here, the home province first), then by city with counts, in pinyin order', () => {
		const $ = loadPage(build.outDir, '/counties/');
		const provinces = $('.province-group').toArray().map((p) => ({
			province: $(p).children('h2').text(),
			groups: $(p)
				.find('.index-group')
				.toArray()
				.map((g) => ({
					city: $(g).find('h3 a').text() || $(g).find('h3').text(),
					counties: $(g).find('li').toArray().map((li) => $(li).text().replace(/\s+/g, '')),
				})),
		}));
		expect(provinces).toEqual([
			{
				province: '陕西省',
				groups: [
					{ city: '安康市', counties: ['紫阳县（1）'] },
					{ city: '西安市', counties: ['碑林区（1）'] },
					{ city: '榆林市', counties: ['靖边县（23）'] },
				],
			},
			{ province: '江苏省', groups: [{ city: '盐城市', counties: ['滨海县（1）'] }] },
		]);
	});

	it('puts the latest issue first on the home page, in layout order', () => {
		const $ = loadPage(build.outDir, '/');
		const issue = $('.issue-page').first();
		expect(issue.find('h2').text()).toBe('第3版 · 工运纵横');
		expect(issue.find('.card h3 a').toArray().map((a) => $(a).text())).toEqual(['走访慰问新就业形态劳动者 为快递小哥送上关爱', '西安市总工会追授两名同志五一劳动奖章']);
		expect($('.section-title').first().text()).toContain('2024年3月1日');
	});

	it('links tags, a 404 page, RSS and the sitemap', () => {
		expect(text(loadPage(build.outDir, '/tags/xinjiuyexingtai/'), '.card h2 a')).toHaveLength(2);
		const notFound = loadPage(build.outDir, '/404.html');
		expect(notFound('h1').text()).toBe('页面不存在');
		// Served at every missing address: it has no URL of its own to name.
		expect(notFound('link[rel="canonical"], meta[property="og:url"]')).toHaveLength(0);
		expect(notFound('meta[name="robots"]').attr('content')).toBe('noindex');
		const rss = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
		expect(rss).toContain('<title>走访慰问新就业形态劳动者 为快递小哥送上关爱</title>');
		expect(readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8')).toContain('/counties/ziyang-xian/');
	});

	it('gives the web editor the tags in use, most used first (from the build’s own check)', () => {
		const config = parse(readFileSync(join(build.outDir, 'admin/config.yml'), 'utf8')) as { collections: { fields: { name: string; suggestions?: string[] }[] }[] };
		const tags = config.collections[0]!.fields.find((f) => f.name === 'tags');
		expect(tags?.suggestions?.[0]).toBe('新就业形态');
		expect(tags?.suggestions).toEqual(expect.arrayContaining(['职工维权', '劳模工匠']));
	});
});

describe('fixture site under a sub-path', () => {
	let build: BuildResult;
	beforeAll(() => {
		build = buildSite({ content: copyFixture('basic'), base: '/gongyun/' });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
	});

	it('prefixes every internal link with the base, and every link resolves', () => {
		const $ = loadPage(build.outDir, '/gongyun/', '/gongyun/');
		expect($('.site-title').attr('href')).toBe('/gongyun/');
		expect($('.card h3 a').first().attr('href')).toBe('/gongyun/articles/2024/0301-01-ziyang/');
		expect(brokenLinks(build.outDir, '/gongyun/')).toEqual([]);
	});

	it('the RSS channel and its items link under the base', () => {
		const $ = cheerio.load(readFileSync(join(build.outDir, 'rss.xml'), 'utf8'), { xml: true });
		expect($('channel > link').text()).toBe('https://gongyun.example.cn/gongyun/');
		expect($('item > link').first().text()).toMatch(/^https:\/\/gongyun\.example\.cn\/gongyun\/articles\//);
	});
});
