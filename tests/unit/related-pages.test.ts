import { describe, expect, it } from 'vitest';
import { pageNumbers } from '../../src/lib/page-numbers.ts';
import { relatedArticles } from '../../src/lib/related.ts';
import type { ArticleData } from '../../src/lib/schemas/article.ts';

const piece = (id: string, date: string, counties: string[], tags: string[] = [], cities: string[] = []) => ({ id, data: { date, counties, cities, tags } as unknown as ArticleData });

describe('relatedArticles', () => {
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
