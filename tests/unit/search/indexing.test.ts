import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';
import {
	buildSearchData,
	hanCharacters,
	placePinyinMap,
	placesWithStories,
	searchMetaAttrs,
	siteCharacters,
	traditionalMap,
} from '../../../src/lib/search/indexing.ts';

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

describe('hanCharacters', () => {
	it('finds exactly the Han characters, as the Unicode property does: 々 〇 ⺀ and extension B included, punctuation and kana not', () => {
		const text = '工会々〇⺀⼀𠀀𪚥，。「」ＡＢab12ひらカナ한글　\u{1F600}工';
		const expected = new Set([...text].filter((ch) => /\p{Script=Han}/u.test(ch)));
		expect(hanCharacters(text)).toEqual(expected);
		// Into one set, text after text (as over an archive), the same.
		const into = new Set<string>();
		hanCharacters('，工', into);
		hanCharacters(text, into);
		expect(into).toEqual(expected);
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
		expect(buildSearchData({ traditional: { 遞: '递', 會: '会' }, places: {}, shards: [] }).t2s).toBe('遞递會会');
	});
});

describe('search data from the articles', () => {
	const gazetteer = getGazetteer('陕西省');
	const schema = articleSchema({ gazetteer, defaultColumn: '工运纵横' });
	const article = (id: string, frontmatter: Record<string, unknown>, body = '') => ({
		id,
		data: schema.parse({ title: '标题', date: '2022-02-09', genre: '消息', ...frontmatter }),
		body,
	});
	const articles = [
		article('a', { counties: ['紫阳县'] }),
		article('b', { counties: ['碑林区', '未央区'] }),
		article('c', { cities: ['西安市'], counties: ['紫阳县'] }),
	];

	it('counts the county facets and the city facets, which take in the counties’ cities; most stories first', () => {
		expect(placesWithStories(articles, gazetteer)).toEqual([
			// 西安市: b (碑林区, 未央区 count once) and c; 紫阳县 and 安康市: a and c.
			{ name: '紫阳县', pinyin: 'ziyang' },
			{ name: '安康市', pinyin: 'ankang' },
			{ name: '西安市', pinyin: 'xian' },
			{ name: '碑林区', pinyin: 'beilin' },
			{ name: '未央区', pinyin: 'weiyang' },
		]);
	});

	it('takes the characters of the frontmatter, the body, the printed byline and the full place names', () => {
		const piece = article('d', { kicker: '引题', authors: ['王山功'], photographers: ['韩江'], counties: ['紫阳县'] }, '正文里的字。');
		const chars = siteCharacters([piece], placesWithStories([piece], gazetteer));
		for (const ch of '引题标题消息王山功韩江摄正文里的字紫阳县安康市') expect(chars.has(ch), ch).toBe(true);
		// Page furniture (首页, RSS 订阅) is not the articles' text.
		expect(chars.has('页')).toBe(false);
	});
});
