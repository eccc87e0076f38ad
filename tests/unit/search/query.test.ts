import { describe, expect, it } from 'vitest';
import {
	needsTable,
	normalizeQuery,
	packCharSet,
	phrasesOf,
	pinyinKey,
	planQuery,
	rewritePinyin,
	tableKeys,
	toSimplified,
	traditionalTable,
	unpackCharSet,
	type SearchData,
} from '../../../src/lib/search/query.ts';

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

describe('the traditional table, fetched only for queries that need it', () => {
	it('packs a set of characters small and unpacks the same set', () => {
		const chars = ['遞', '會', '職', '縣', '陽', '丟', '𠁻', '\u4e00', '\u{2ffff}'];
		const packed = packCharSet(chars);
		expect(packed).toMatch(/^[A-Za-z0-9+/]+$/);
		expect(unpackCharSet(packed)).toEqual(new Set(chars));
		expect(unpackCharSet(packCharSet([]))).toEqual(new Set());
		// A decade's table: about one ASCII character per traditional character.
		const many = Array.from({ length: 2000 }, (_, i) => String.fromCodePoint(0x4e00 + i * 9));
		expect(packCharSet(many).length).toBeLessThan(2 * many.length);
		expect(unpackCharSet(packCharSet(many))).toEqual(new Set(many));
		expect(() => unpackCharSet('遞')).toThrow(/packed/);
	});

	it('needs the table exactly when the table would change the query', () => {
		const keys = new Set(tableKeys(data.t2s));
		expect([...keys]).toEqual(['遞', '會', '職', '縣', '陽']);
		const table = traditionalTable(data);
		for (const q of ['快遞小哥', '工會法', '紫陽縣', '快递小哥', '工会法', 'ziyang', '', '  職工  ', '２０２４年', '紫阳縣']) {
			const normalized = normalizeQuery(q);
			expect(needsTable(q, keys), q).toBe(toSimplified(normalized, table) !== normalized);
		}
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
