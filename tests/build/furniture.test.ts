/** News furniture of built sites: related stories, authors, credits, footer, pagination, places, photos. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, copyFixture, loadPage, type BuildResult } from '../helpers/site.ts';

const at = (id: string) => `/articles/2022/${id}/`;

describe('the sample site’s news furniture', () => {
	const dist = inject('sampleDist');

	it('lists related stories: the same county first, never the story itself', () => {
		const $ = loadPage(dist, at('0209-05-beilin-fugong'));
		const links = $('.related a').toArray().map((a) => $(a).attr('href'));
		expect(links[0]).toBe(at('0209-10-lizhao-zhaoyi-jiangzhang'));
		expect(links).not.toContain(at('0209-05-beilin-fugong'));
		expect(links.length).toBeGreaterThan(1);
	});

	it('has a page per byline name, linked from the byline, listing the pieces', () => {
		const $ = loadPage(dist, at('0209-02-changqing-wucaiyouchang'));
		expect($('.byline a').toArray().map((a) => [$(a).text(), $(a).attr('href')])).toEqual([
			['韩江', '/authors/hanjiang/'],
			['曹文琦', '/authors/caowenqi/'],
		]);
		const author = loadPage(dist, '/authors/hanjiang/');
		expect(author('h1').text()).toBe('韩江');
		expect(author('.article-list .card a').first().attr('href')).toBe(at('0209-02-changqing-wucaiyouchang'));
		expect(loadPage(dist, '/authors/')('.author-list a[href="/authors/heyingyang/"]').text()).toContain('何应洋');
	});

	it('credits a reprint’s source and the page’s 责任编辑', () => {
		const $ = loadPage(dist, at('0209-01-binhai-shaitai'));
		const credits = $('.article-credits div').toArray().map((d) => $(d).text());
		expect(credits).toContain('来源《工人日报》');
		expect(credits.some((c) => c.startsWith('责任编辑'))).toBe(true);
		// 本报讯 is no reprint.
		expect(loadPage(dist, at('0209-03-ziyang-kuaidi'))('.article-credits').text()).not.toContain('来源');
	});

	it('has a footer from the site config, filings linked to the official lookups', () => {
		const $ = loadPage(dist, '/tags/');
		const footer = $('.site-footer');
		expect(footer.text()).toContain('主办单位');
		expect(footer.find('a[href="https://beian.miit.gov.cn/"]').text()).toMatch(/ICP备/);
		expect(footer.find('a[href^="https://beian.mps.gov.cn/"]').attr('href')).toMatch(/code=\d{10,}/);
		expect(footer.find('a[href^="mailto:"]').length).toBeGreaterThanOrEqual(2);
	});

	it('lists a city’s counties with their counts', () => {
		const $ = loadPage(dist, '/cities/xian/');
		expect($('.city-counties li').toArray().map((li) => $(li).text().replace(/\s+/g, ''))).toEqual(['碑林区（2）', '未央区（1）']);
	});

	it('groups the county index by province when there are several', () => {
		const $ = loadPage(dist, '/counties/');
		expect($('.province-group > h2').toArray().map((h) => $(h).text())).toEqual(['陕西省', '江苏省']);
	});

	it('does not repeat the issue’s date on each of its cards, nor print 第N篇 or 消息', () => {
		const home = loadPage(dist, '/');
		expect(home('.issue-page .card time')).toHaveLength(0);
		const $ = loadPage(dist, at('0209-03-ziyang-kuaidi'));
		const meta = $('.article-meta').clone();
		meta.find('.visually-hidden').remove();
		expect(meta.text()).not.toMatch(/第\d+篇|消息/);
	});
});

describe('a fixture site with an archive, photos and a photo story without its photo', () => {
	let build: BuildResult;
	beforeAll(() => {
		const content = copyFixture('basic');
		const dir = join(content, 'articles/2023');
		mkdirSync(dir, { recursive: true });
		for (let i = 1; i <= 45; i++) {
			const day = String((i % 28) + 1).padStart(2, '0');
			const month = String(Math.floor(i / 28) + 5).padStart(2, '0');
			writeFileSync(join(dir, `${month}${day}-${i}-ziyang.md`), `---\ntitle: 紫阳县工会动态第${i}期\ndate: 2023-${month}-${day}\nsource: 本报讯\ncounties: [紫阳县]\npage: 3\norder: ${i}\n---\n\n紫阳县总工会第${i}条消息。\n`);
		}
		writeFileSync(join(dir, '0601-photo.md'), `---\ntitle: 没有图片的图片新闻\ndate: 2023-06-01\ngenre: 图片新闻\nphotographers: [王辉]\ncounties: [紫阳县]\n---\n\n图片说明文字。\n`);
		build = buildSite({ content });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
	});

	it('numbers the pages of a listing, with first and last', () => {
		const $ = loadPage(build.outDir, '/counties/ziyang-xian/2/');
		const nav = $('nav.pagination');
		expect(nav.find('[aria-current="page"]').text()).toContain('2');
		expect(nav.find('a').toArray().map((a) => $(a).text())).toEqual(['首页', '上一页', '1', '3', '下一页', '末页']);
		expect(nav.find('a').first().attr('href')).toBe('/counties/ziyang-xian/');
		expect(nav.find('a').last().attr('href')).toBe('/counties/ziyang-xian/3/');
	});

	it('shows lead photos on cards: AVIF and WebP, sized, lazy below the fold', () => {
		const $ = loadPage(build.outDir, '/counties/binhai-xian/');
		const picture = $('.card picture').first();
		expect(picture.find('source[type="image/avif"]').attr('srcset')).toMatch(/\.avif \d+w/);
		expect(picture.find('source[type="image/webp"]').attr('srcset')).toMatch(/\.webp \d+w/);
		const img = picture.find('img');
		expect(img.attr('width')).toMatch(/^\d+$/);
		expect(img.attr('height')).toMatch(/^\d+$/);
		expect(img.attr('loading')).toBe('lazy');
		expect(img.attr('alt')).toBe('环卫工人在爱心驿站领取保温杯和手套');
	});

	it('shows a photo story’s photo with its caption and credit', () => {
		const $ = loadPage(build.outDir, '/articles/2024/0201-02-binhai/');
		const figure = $('figure.photo-story');
		expect(figure.find('picture img').attr('loading')).toBe('eager');
		expect(figure.find('figcaption .caption').text()).toBe('环卫工人在爱心驿站领取保温杯和手套');
		expect(figure.find('figcaption .credit').text()).toBe('□王辉 摄');
	});

	it('warns about a 图片新闻 without a photo, naming the file, and prints no credit for it', () => {
		expect(build.stderr + build.stdout).toMatch(/articles\/2023\/0601-photo\.md:4\s+\[image\]\s+图片新闻没有图片/);
		const $ = loadPage(build.outDir, '/articles/2023/0601-photo/');
		expect($('.byline').text()).not.toContain('摄');
		expect($('figure.article-image')).toHaveLength(0);
	});
});
