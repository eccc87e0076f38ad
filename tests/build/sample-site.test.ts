import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadPage } from '../helpers/site.ts';

/** The shipped sample: page 3 of 2022-02-09, ten pieces, as issue 2's "done" describes it. */
describe('the sample site', () => {
	const dist = inject('sampleDist');
	const links = (path: string) => loadPage(dist, path)('.article-list .card a').toArray().map((a) => a.attribs.href);

	it('has the ten pieces as article pages', () => {
		const pages = readdirSync(join(dist, 'articles/2022')).filter((d) => d.startsWith('0209-'));
		expect(pages).toHaveLength(10);
	});

	it('has a page for each county of the column that links its pieces', () => {
		const expected: Record<string, string[]> = {
			'binhai-xian': ['0209-01-binhai-shaitai'],
			'ziyang-xian': ['0209-03-ziyang-kuaidi'],
			'beilin-qu-xian': ['0209-05-beilin-fugong', '0209-10-lizhao-zhaoyi-jiangzhang'],
			'jingbian-xian': ['0209-06-jingbian-liuyou'],
			'chencang-qu': ['0209-07-chencang-zhenggong'],
			'ningshan-xian': ['0209-09-ningshan-songnuan'],
		};
		for (const [county, ids] of Object.entries(expected)) {
			expect(links(`/counties/${county}/`), county).toEqual(ids.map((id) => `/articles/2022/${id}/`));
		}
	});

	it('has a 西安市 page rolling up the city’s stories and its districts’', () => {
		const $ = loadPage(dist, '/cities/xian/');
		expect($('h1').text()).toBe('西安市');
		expect(links('/cities/xian/')).toEqual(
			['0209-02-changqing-wucaiyouchang', '0209-04-kunlun-zhidaihui', '0209-05-beilin-fugong', '0209-10-lizhao-zhaoyi-jiangzhang'].map((id) => `/articles/2022/${id}/`),
		);
	});

	it('shows the page on the home page in layout order, with the printed headlines', () => {
		const $ = loadPage(dist, '/');
		const titles = $('.issue-page .card h3').toArray().map((h) => $(h).find('a').text());
		expect(titles).toHaveLength(10);
		expect(titles[0]).toBe('工会晒出为企业贡献有多大 企业晒出对工会支持有多强');
		expect(titles[2]).toBe('走访慰问 为快递小哥送上关爱');
		expect(titles[9]).toBe('李钊赵毅被追授西安市五一劳动奖章');
	});

	it('prints each kind of byline of the page', () => {
		const byline = (id: string) => loadPage(dist, `/articles/2022/${id}/`)('.byline').text();
		expect(byline('0209-01-binhai-shaitai')).toBe('据《工人日报》');
		expect(byline('0209-02-changqing-wucaiyouchang')).toBe('□韩江 曹文琦');
		expect(byline('0209-03-ziyang-kuaidi')).toBe('本报讯（王山功）');
		expect(byline('0209-08-pinglun-zhigong-suqiu')).toBe('□何应洋');
		// The sample's 图片新闻 has no photo yet: no credit for a picture that is not there (the build warns).
		expect(byline('0209-09-ningshan-songnuan')).toBe('');
		expect(byline('0209-10-lizhao-zhaoyi-jiangzhang')).toBe('本报讯（记者 刘强）');
	});
});
