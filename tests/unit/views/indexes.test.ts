import { describe, expect, it } from 'vitest';
import { citiesIndex, countiesIndex, tagsIndex } from '../../../src/lib/views/indexes.ts';
import { homeView, issueView } from '../../../src/lib/views/issue.ts';
import { feedItems } from '../../../src/lib/views/feed.ts';
import { article, site } from './helpers.ts';

const model = site(
	[
		article('a', { date: '2022-02-09', page: 3, order: 1, counties: ['ziyang-xian'], tags: ['职代会', '安全生产'] }),
		article('b', { date: '2022-02-09', page: 1, order: 1, counties: ['beilin-qu-xian'], source: '本报讯', authors: [{ name: '王山功' }] }),
		article('c', { date: '2021-12-01', counties: ['binhai-xian'], cities: ['xian'], tags: ['职代会'] }),
	],
	{ homeLatest: 5 },
);

describe('index views', () => {
	it('groups counties by city in pinyin order, city headings linked with their roll-up count', () => {
		const view = countiesIndex(model);
		expect(view.lead).toBe('3 个县区，3 篇报道。按所属省份和城市排列。');
		expect(view.groups.map((g) => g.heading)).toEqual(['安康市', '西安市', '盐城市']);
		// Two provinces: a section each, the home province first.
		expect(view.provinces?.map((p) => [p.name, p.groups.map((g) => g.heading)])).toEqual([
			['陕西省', ['安康市', '西安市']],
			['江苏省', ['盐城市']],
		]);
		expect(view.groups[1]).toEqual({
			heading: '西安市',
			headingLink: { label: '西安市', path: 'cities/xian', count: 2 },
			links: [{ label: '碑林区', path: 'counties/beilin-qu-xian', count: 1 }],
		});
	});

	it('groups cities by province', () => {
		expect(citiesIndex(model).groups.map((g) => [g.heading, g.links.map((l) => l.label)])).toEqual([
			['陕西省', ['安康市', '西安市']],
			['江苏省', ['盐城市']],
		]);
	});

	it('lists tags in pinyin order with counts', () => {
		expect(tagsIndex(model).tags.map((t) => [t.label, t.count])).toEqual([
			['安全生产', 1],
			['职代会', 2],
		]);
	});
});

describe('issue and home views', () => {
	it('prints an issue page by page, cards in layout order', () => {
		const view = issueView(model.issues[0]!, model);
		expect(view.title).toBe('2022年2月9日');
		expect(view.trail.map((c) => c.label)).toEqual(['首页', '往期']);
		expect(view.pages.map((p) => [p.heading, p.cards.map((c) => c.path)])).toEqual([
			['第1版 · 工运纵横', ['articles/b']],
			['第3版 · 工运纵横', ['articles/a']],
		]);
	});

	it('shows the latest issue and then newer articles not in it', () => {
		const view = homeView(model);
		expect(view.latest?.date).toBe('2022-02-09');
		expect(view.more.map((c) => c.path)).toEqual(['articles/c']);
		expect(homeView(site([]))).toEqual({ latest: undefined, more: [] });
		expect(homeView({ ...model, config: { ...model.config, homeLatest: 0 } }).more).toEqual([]);
	});

	it('feeds the newest articles with links under the base', () => {
		const [first] = feedItems(model);
		expect(first).toMatchObject({ title: 'b', link: '/articles/b/', author: '本报讯（王山功）', categories: [] });
		expect(first!.pubDate.toISOString()).toBe('2022-02-08T16:00:00.000Z');
	});
});
