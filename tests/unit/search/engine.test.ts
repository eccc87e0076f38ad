import { describe, expect, it } from 'vitest';
import { searchWith, type PagefindResponse, type PagefindSearchOptions } from '../../../src/lib/search/engine.ts';
import type { SearchData } from '../../../src/lib/search/query.ts';

const data: SearchData = { v: 2, t2s: '會会', places: { ziyang: '紫阳县' }, shards: [] };

/** A stand-in for Pagefind: loose search by characters, phrase search by substring. */
function fakePagefind(pages: Record<string, string>, log: string[] = []) {
	const response = (ids: string[]): PagefindResponse => ({
		results: ids.map((id, i) => ({ id, score: 10 - i, words: [], data: async () => ({ url: `/articles/${id}/`, content: pages[id]!, excerpt: '', meta: {}, filters: {} }) })),
		unfilteredResultCount: ids.length,
		filters: {},
		totalFilters: {},
	});
	return {
		log,
		async search(term: string | null, options?: PagefindSearchOptions) {
			log.push(`${term}${options?.sort ? ' sorted' : ''}`);
			if (term === null) return response(Object.keys(pages));
			const phrase = /^"(.*)"$/.exec(term)?.[1];
			if (phrase !== undefined) return response(Object.keys(pages).filter((id) => pages[id]!.includes(phrase) && id !== 'segmented'));
			const chars = [...term.replace(/\s/g, '')];
			// Loose search: most characters in common first (a piece with many 工会 wins).
			const count = (text: string) => chars.reduce((n, ch) => n + text.split(ch).length - 1, 0);
			return response(
				Object.keys(pages)
					.filter((id) => chars.every((ch) => pages[id]!.includes(ch)))
					.sort((a, b) => count(pages[b]!) - count(pages[a]!)),
			);
		},
	};
}

const pages = {
	many: '工会工会工会工会工会，依法维权，工会、法院',
	law: '刚刚修改的《工会法》',
	segmented: '新增会员，其中农民工会员589人，工会法',
};

describe('searchWith', () => {
	it('ranks pieces containing the query as written above pieces that only contain its characters often', async () => {
		const pf = fakePagefind(pages);
		const response = await searchWith(pf, data, '工会法');
		// Pagefind's order was many, segmented, law; 'many' has only 工会 and 法院 apart: dropped.
		expect(response!.results.map((r) => r.id)).toEqual(['segmented', 'law']);
	});

	it('drops pieces that hold the query’s characters scattered, not its words (长安区)', async () => {
		const pf = fakePagefind({ scattered: '长庆油田工会在碑林区开展活动', real: '西安市长安区总工会', other: '长安大学' });
		const response = await searchWith(pf, data, '长安区');
		expect(response!.results.map((r) => r.id)).toEqual(['real']);
		const two = await searchWith(pf, data, '长安 工会');
		expect(two!.results.map((r) => r.id)).toEqual(['real']);
	});

	it('finds the phrase in the text where the phrase search missed it (different segmentation)', async () => {
		const pf = fakePagefind(pages);
		const response = await searchWith(pf, data, '工會法');
		expect(response!.results[0]!.id).not.toBe('many');
		expect(response!.results.map((r) => r.id)).toContain('segmented');
		expect(pf.log).toEqual(['工会法', '"工会法"']);
	});

	it('keeps Pagefind’s date order when a sort is asked for', async () => {
		const pf = fakePagefind(pages);
		const response = await searchWith(pf, data, '工会法', { sort: { date: 'desc' } });
		expect(response!.results.map((r) => r.id)).toEqual(['segmented', 'law']);
		expect(pf.log).toEqual(['工会法 sorted', '"工会法" sorted']);
	});

	it('passes an empty query (browsing by filters) through untouched', async () => {
		const pf = fakePagefind(pages);
		await searchWith(pf, data, null);
		expect(pf.log).toEqual(['null']);
	});

	it('rewrites pinyin before searching', async () => {
		const pf = fakePagefind({ a: '紫阳县总工会' });
		await searchWith(pf, data, 'ziyang');
		expect(pf.log[0]).toBe('紫阳县');
	});
});
