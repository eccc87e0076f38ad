import { describe, expect, it } from 'vitest';
import { pageNumbers } from '../../src/lib/page-numbers.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import { compareArticles } from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/schemas/article.ts';

const piece = (id: string, date: string, counties: string[], tags: string[] = [], cities: string[] = []) => ({ id, data: { date, counties, cities, tags } as unknown as ArticleData });

/** The definition, written as a scan of every piece: by tier, the nearest in time, shown newest first. */
function byDefinition(article: ReturnType<typeof piece>, all: ReturnType<typeof piece>[], cityOfCounty: (c: string) => string | undefined, limit = 5) {
	const citiesOf = (a: ReturnType<typeof piece>) => new Set([...a.data.cities, ...a.data.counties.map(cityOfCounty).filter((c): c is string => !!c)]);
	const tier = (o: ReturnType<typeof piece>) =>
		o.data.counties.some((c) => article.data.counties.includes(c)) ? 0 : [...citiesOf(o)].some((c) => citiesOf(article).has(c)) ? 1 : o.data.tags.some((t) => article.data.tags.includes(t)) ? 2 : 3;
	const apart = (o: ReturnType<typeof piece>) => Math.abs(Date.parse(o.data.date) - Date.parse(article.data.date));
	return all
		.filter((o) => o.id !== article.id && tier(o) < 3)
		.sort((a, b) => tier(a) - tier(b) || apart(a) - apart(b) || compareArticles(a, b))
		.slice(0, limit)
		.sort((a, b) => tier(a) - tier(b) || compareArticles(a, b))
		.map((a) => a.id);
}

describe('relatedArticles', () => {
	it('matches its definition on a random archive', () => {
		let seed = 7;
		const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
		const counties = ['a1', 'a2', 'b1', 'b2', 'c1'];
		const cityOf = (c: string) => ({ a1: 'A', a2: 'A', b1: 'B', b2: 'B' })[c];
		// Few dates, several pages a day: ties in time, broken by print order.
		const archive = Array.from({ length: 300 }, (_, i) => {
			const p = piece(`p${i}`, `202${random(2)}-0${1 + random(3)}-1${random(9)}`, [...new Set([counties[random(5)]!, ...(random(4) ? [] : [counties[random(5)]!])])], random(3) ? [] : [`t${random(4)}`], random(6) ? [] : ['C']);
			return { ...p, data: { ...p.data, page: 1 + random(4) } };
		});
		for (const article of archive) expect(relatedArticles(article, archive, { cityOfCounty: cityOf }).map((a) => a.id)).toEqual(byDefinition(article, archive, cityOf));
	});

	const me = piece('me', '2022-02-09', ['ziyang-xian'], ['送温暖']);
	const all = [
		me,
		piece('topic-new', '2022-03-01', ['beilin-qu'], ['送温暖']),
		piece('county-old', '2021-01-01', ['ziyang-xian']),
		piece('county-new', '2022-01-05', ['ziyang-xian'], ['其他']),
		piece('city', '2022-02-01', ['hanbin-qu']),
		piece('nothing', '2022-05-01', ['jingbian-xian'], ['其他']),
	];
	const cityOfCounty = (c: string) => ({ 'ziyang-xian': 'ankang', 'hanbin-qu': 'ankang', 'beilin-qu': 'xian' })[c];
	it('lists the same county first, then the same city, then the same topic, each newest first', () => {
		expect(relatedArticles(me, all, { cityOfCounty }).map((a) => a.id)).toEqual(['county-new', 'county-old', 'city', 'topic-new']);
	});
	it('takes the pieces nearest in time, so a new piece leaves older pieces\' related stories alone', () => {
		const old = piece('old', '2019-06-10', ['ziyang-xian']);
		const archive = [old, ...['2019-06-01', '2019-06-20', '2019-05-01', '2019-08-01', '2020-01-01', '2018-01-01', '2021-01-01'].map((date, i) => piece(`n${i}`, date, ['ziyang-xian']))];
		const before = relatedArticles(old, archive, { limit: 4 }).map((a) => a.id);
		expect(before).toEqual(['n3', 'n1', 'n0', 'n2']);
		const after = relatedArticles(old, [...archive, piece('brand-new', '2026-12-01', ['ziyang-xian'])], { limit: 4 }).map((a) => a.id);
		expect(after).toEqual(before);
	});
	it('never lists the article itself or unrelated pieces, and keeps to the limit', () => {
		const ids = relatedArticles(me, all, { cityOfCounty, limit: 2 }).map((a) => a.id);
		expect(ids).toEqual(['county-new', 'county-old']);
	});
});

describe('pageNumbers', () => {
	it('shows first, last and the neighbours of the current page with gaps', () => {
		expect(pageNumbers(5, 20)).toEqual([1, 'gap', 4, 5, 6, 'gap', 20]);
		expect(pageNumbers(1, 20)).toEqual([1, 2, 'gap', 20]);
		expect(pageNumbers(3, 5)).toEqual([1, 2, 3, 4, 5]);
		expect(pageNumbers(1, 1)).toEqual([1]);
		expect(pageNumbers(2, 4)).toEqual([1, 2, 3, 4]);
	});
});
