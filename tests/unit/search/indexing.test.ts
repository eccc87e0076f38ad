import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { buildSearchData, hanCharacters, placePinyinMap, searchMetaAttrs, traditionalMap } from '../../../src/lib/search/indexing.ts';

describe('searchMetaAttrs', () => {
	it('reads every value from its own attribute, so commas in headlines are safe', () => {
		expect(searchMetaAttrs({ title: '工会晒出为企业贡献有多大, 企业晒出对工会支持有多强', date: '2022-02-09', kicker: undefined, image_alt: '图' })).toEqual({
			'data-pagefind-meta': 'title[data-meta-title], date[data-meta-date], image_alt[data-meta-image-alt]',
			'data-meta-title': '工会晒出为企业贡献有多大, 企业晒出对工会支持有多强',
			'data-meta-date': '2022-02-09',
			'data-meta-image-alt': '图',
		});
	});
});

describe('traditionalMap', () => {
	const toSimplified = Converter({ from: 'tw', to: 'cn' });

	it('maps traditional characters onto the simplified characters the site uses', () => {
		const site = hanCharacters('快递小哥 职代会 工会法');
		const map = traditionalMap(site, ['遞', '職', '會', '機', '乾'], toSimplified);
		expect(map).toEqual({ 遞: '递', 職: '职', 會: '会' });
	});

	it('never maps a character the site itself prints (著名 stays 著名)', () => {
		const site = hanCharacters('著名 穿着');
		expect(traditionalMap(site, ['著'], toSimplified)).toEqual({});
	});
});

describe('placePinyinMap', () => {
	it('keys a place by its stem and by stem + suffix; the first place listed wins a shared key', () => {
		const map = placePinyinMap([
			{ name: '紫阳县', pinyin: 'ziyang' },
			{ name: '碑林区', pinyin: 'beilin' },
			{ name: '西安市', pinyin: 'xian' },
			{ name: '咸县', pinyin: 'xian' },
		]);
		expect(map).toMatchObject({ ziyang: '紫阳县', ziyangxian: '紫阳县', beilin: '碑林区', beilinqu: '碑林区', xian: '西安市', xianshi: '西安市' });
	});
});

describe('buildSearchData', () => {
	it('packs the character map as pairs', () => {
		expect(buildSearchData({ traditional: { 遞: '递', 會: '会' }, places: {} }).t2s).toBe('遞递會会');
	});
});
