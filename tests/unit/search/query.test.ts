import { describe, expect, it } from 'vitest';
import { normalizeQuery, phrasesOf, pinyinKey, planQuery, rewritePinyin, toSimplified, traditionalTable, type SearchData } from '../../../src/lib/search/query.ts';

const data: SearchData = {
	v: 2,
	t2s: '遞递會会職职縣县陽阳',
	places: { ziyang: '紫阳县', ziyangxian: '紫阳县', xian: '西安市', beilin: '碑林区', beilinqu: '碑林区' },
	shards: [],
};

describe('normalizeQuery', () => {
	it('folds full-width letters, digits and spaces, and case', () => {
		expect(normalizeQuery('  ＺＩＹＡＮＧ　１３５  ')).toBe('ziyang 135');
	});
});

describe('traditional → simplified', () => {
	it('maps the characters of the table and leaves the rest as typed', () => {
		const table = traditionalTable(data);
		expect(toSimplified('快遞小哥', table)).toBe('快递小哥');
		expect(toSimplified('職代會', table)).toBe('职代会');
		expect(toSimplified('著名', table)).toBe('著名');
	});
});

describe('pinyin place names', () => {
	it('turns a key into the place name, with or without its suffix', () => {
		expect(rewritePinyin('ziyang', data.places)).toEqual({ text: '紫阳县', places: ['紫阳县'] });
		expect(rewritePinyin('ziyangxian', data.places).text).toBe('紫阳县');
		expect(rewritePinyin('beilinqu', data.places).text).toBe('碑林区');
	});

	it("reads xi'an, zi-yang and spaced syllables", () => {
		expect(pinyinKey("xi'an")).toBe('xian');
		expect(rewritePinyin("xi'an", data.places).text).toBe('西安市');
		expect(rewritePinyin('zi yang', data.places).text).toBe('紫阳县');
	});

	it('rewrites only the place in a mixed query and leaves other words alone', () => {
		expect(rewritePinyin('ziyang 快递', data.places)).toEqual({ text: '紫阳县 快递', places: ['紫阳县'] });
		expect(rewritePinyin('kuaidi', data.places)).toEqual({ text: 'kuaidi', places: [] });
		expect(rewritePinyin('constructor', data.places).text).toBe('constructor');
	});
});

describe('phrasesOf', () => {
	it('lists runs of two or more Chinese characters once', () => {
		expect(phrasesOf('工会法 快 工会法 碑林 2022')).toEqual(['工会法', '碑林']);
	});
});

describe('planQuery', () => {
	it('combines normalisation, conversion, pinyin and punctuation', () => {
		expect(planQuery('《工會法》', data)).toMatchObject({ term: '工会法', phrases: ['工会法'], converted: true });
		expect(planQuery('Ziyang', data)).toMatchObject({ term: '紫阳县', places: ['紫阳县'], converted: false });
		expect(planQuery('紫陽縣', data)).toMatchObject({ term: '紫阳县', converted: true });
		expect(planQuery('135', data)).toMatchObject({ term: '135', phrases: [] });
	});
});
