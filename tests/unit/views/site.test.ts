import { describe, expect, it } from 'vitest';
import { cardView } from '../../../src/lib/views/card.ts';
import { placeLinks } from '../../../src/lib/views/site.ts';
import { article, gazetteer, site } from './helpers.ts';

describe('site model', () => {
	const articles = [
		article('old', { date: '2021-12-01', counties: ['ziyang-xian'], tags: ['新就业形态'] }),
		article('new', { date: '2022-02-09', page: 3, order: 1, counties: ['beilin-qu-xian'], cities: ['yanan'], tags: ['新就业形态', '职代会'] }),
	];
	const model = site(articles);

	it('sorts articles and groups them by county, city (with roll-up) and tag', () => {
		expect(model.articles.map((a) => a.id)).toEqual(['new', 'old']);
		expect([...model.byCounty.keys()]).toEqual(['beilin-qu-xian', 'ziyang-xian']);
		expect(model.byCity.get('xian')!.map((a) => a.id)).toEqual(['new']);
		expect(model.byCity.get('ankang')!.map((a) => a.id)).toEqual(['old']);
		expect(model.byTag.get('新就业形态')!.map((a) => a.id)).toEqual(['new', 'old']);
		expect(model.tagSlugs.get('职代会')).toMatch(/^[a-z0-9-]+$/);
		expect(model.activeCounties.map((c) => c.name)).toEqual(['碑林区', '紫阳县']);
		expect(model.issues.map((i) => i.date)).toEqual(['2022-02-09', '2021-12-01']);
	});

	it('attaches place names and routes once: counties (with their facet), then cities', () => {
		expect(model.places.get('new')).toEqual([
			{ name: '碑林区', path: 'counties/beilin-qu-xian', facet: 'county' },
			{ name: '延安市', path: 'cities/yanan' },
		]);
		expect(placeLinks(article('x', { counties: ['no-such-county'], cities: ['xian'] }), gazetteer)).toEqual([{ name: '西安市', path: 'cities/xian' }]);
	});

	it('gives a card its link, badge, date and places without looking anything up again', () => {
		const card = cardView(article('new', { date: '2022-02-09', genre: '通讯', kicker: '引题', title: ['主题', '第二行'] }, '导语第一段。'), model);
		expect(card).toEqual({
			path: 'articles/new',
			kicker: '引题',
			badge: '通讯',
			headline: '主题 第二行',
			date: '2022-02-09',
			dateText: '2022年2月9日',
			places: '碑林区、延安市',
			summary: '导语第一段。',
			draft: false,
		});
		expect(cardView(articles[0]!, model).badge).toBeUndefined();
	});
});
