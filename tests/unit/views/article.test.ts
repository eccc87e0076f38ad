import { describe, expect, it } from 'vitest';
import { articleView } from '../../../src/lib/views/article.ts';
import { article, site } from './helpers.ts';

describe('articleView', () => {
	const newer = article('2022/0209-01', { date: '2022-02-09', page: 3, order: 1, title: ['较新的一篇'] });
	const story = article(
		'2022/0209-02',
		{
			date: '2022-02-09',
			page: 3,
			order: 2,
			title: ['主题一', '主题二'],
			kicker: '引题',
			unit: '紫阳县总工会',
			source: '本报讯',
			authors: [{ name: '刘强', role: '记者' }],
			counties: ['ziyang-xian'],
			cities: ['xian'],
			tags: ['新就业形态'],
			summary: '编辑写的摘要。',
		},
		'正文。',
	);
	const older = article('2021/1201-01', { date: '2021-12-01', title: ['较旧的一篇'] });
	const model = site([older, story, newer], { site: 'https://news.example.cn', publication: '某某工人报' });
	const view = articleView(story, model, { pathname: '/gongyun/articles/2022/0209-02/', thumbnail: '/gongyun/_astro/a.webp' });

	it('prints the headline, byline, date line and breadcrumb', () => {
		expect(view.title).toBe('主题一 主题二');
		expect(view.description).toBe('编辑写的摘要。');
		expect(view.byline).toBe('本报讯（记者 刘强）');
		expect(view.dateText).toBe('2022年2月9日');
		// Where it was printed; its place on the page (第2篇) means nothing to a reader.
		expect(view.pageInfo).toBe('第3版 · 工运纵横');
		expect(view.trail).toEqual([
			{ label: '首页', path: '' },
			{ label: '2022年2月9日', path: 'issues/2022-02-09' },
		]);
		expect(view.imageCaption).toBeUndefined();
	});

	it('links places (counties with their facet, then cities) and tags', () => {
		expect(view.places).toEqual([
			{ name: '紫阳县', path: 'counties/ziyang-xian', facet: 'county' },
			{ name: '西安市', path: 'cities/xian' },
		]);
		expect(view.tags).toEqual([{ label: '新就业形态', path: `tags/${model.tagSlugs.get('新就业形态')}` }]);
	});

	it('rolls counties up into their city for the search facet', () => {
		expect(view.searchCities).toEqual(['西安市', '安康市']);
	});

	it('gives search its metadata, sort key and year filter', () => {
		expect(view.sort).toBe('date:2022-02-09');
		expect(view.yearFilter).toBe('year:2022');
		expect(view.searchMeta['data-meta-place']).toBe('紫阳县、西安市');
		expect(view.searchMeta['data-meta-unit']).toBe('紫阳县总工会');
		expect(view.searchMeta['data-meta-image']).toBe('/gongyun/_astro/a.webp');
		expect(view.searchMeta['data-pagefind-meta']).toBe(
			'title[data-meta-title], kicker[data-meta-kicker], unit[data-meta-unit], date[data-meta-date], place[data-meta-place], genre[data-meta-genre], image[data-meta-image]',
		);
	});

	it('links the neighbours in reading order', () => {
		expect(view.newer).toEqual({ path: 'articles/2022/0209-01', headline: '较新的一篇' });
		expect(view.older).toEqual({ path: 'articles/2021/1201-01', headline: '较旧的一篇' });
		expect(articleView(newer, model, { pathname: '/' }).newer).toBeUndefined();
	});

	it('builds JSON-LD with absolute URLs on the configured origin', () => {
		expect(view.jsonLd).toMatchObject({
			'@type': 'NewsArticle',
			headline: '主题一 主题二',
			url: 'https://news.example.cn/gongyun/articles/2022/0209-02/',
			image: 'https://news.example.cn/gongyun/_astro/a.webp',
			publisher: { name: '某某工人报' },
			contentLocation: [{ name: '紫阳县' }, { name: '西安市' }],
			author: [{ name: '刘强' }],
		});
		const elsewhere = articleView(story, model, { pathname: '/a/', origin: new URL('https://other.example.cn') });
		expect(elsewhere.jsonLd.url).toBe('https://other.example.cn/a/');
		expect(elsewhere.jsonLd).not.toHaveProperty('image');
	});

	it('credits a picture story under its image, and prints no credit without a picture', () => {
		const photo = article('p', { genre: '图片新闻', photographers: [{ name: '王辉' }], image: './p.jpg', imageAlt: '环卫工人领取保温杯' });
		const view = articleView(photo, site([photo]), { pathname: '/' });
		expect(view.photoStory).toBe(true);
		expect(view.imageCredit).toBe('□王辉 摄');
		expect(view.imageCaption).toBe('环卫工人领取保温杯');
		const missing = article('q', { genre: '图片新闻', photographers: [{ name: '王辉' }] });
		const bare = articleView(missing, site([missing]), { pathname: '/' });
		expect(bare.imageCredit).toBeUndefined();
		expect(bare.byline).not.toContain('摄');
		// Still searchable by the photographer's name.
		expect(bare.searchByline).toContain('王辉');
	});
});

describe('JSON-LD in the page', () => {
	it('cannot be ended early by a headline: the script element parses back to the same data', async () => {
		const { load } = await import('cheerio');
		const { jsonForScript } = await import('../../../src/lib/structured-data.ts');
		const data = { headline: '</script><script>alert(1)</script> & <!-- 工会 -->' };
		const $ = load(`<head><script type="application/ld+json">${jsonForScript(data)}</script></head>`);
		expect($('script')).toHaveLength(1);
		expect(JSON.parse($('script').text())).toEqual(data);
	});
});
