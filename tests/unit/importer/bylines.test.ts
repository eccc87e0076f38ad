import { describe, expect, it } from 'vitest';
import { extractLeadByline, extractTrailingCredit, parseSignature, splitNames } from '../../../src/lib/importer/bylines.ts';
import { byline } from '../../../src/lib/articles.ts';

describe('datelines at the start of a story', () => {
	it('本报讯（王山功） → source 本报讯, one author', () => {
		expect(extractLeadByline('本报讯（王山功）春节前夕，安康市紫阳县总工会')).toEqual({ source: '本报讯', authors: ['王山功'], rest: '春节前夕，安康市紫阳县总工会' });
	});

	it('本报讯（记者 刘强） keeps the role with the name', () => {
		expect(extractLeadByline('本报讯（记者 刘强）近日，')?.authors).toEqual(['记者 刘强']);
		expect(extractLeadByline('本报讯（记者刘强）近日，')?.authors).toEqual(['记者 刘强']);
	});

	it('several names: the role printed once is kept once; two roles both kept', () => {
		expect(splitNames('记者 刘强 王五')).toEqual(['记者 刘强', '王五']);
		expect(splitNames('通讯员 张三 记者 李四')).toEqual(['通讯员 张三', '记者 李四']);
		expect(splitNames('王山功、李四')).toEqual(['王山功', '李四']);
	});

	it('prints back as the paper printed it', () => {
		const lead = extractLeadByline('本报讯（记者 刘强）近日，')!;
		expect(byline({ source: lead.source, authors: lead.authors, photographers: [] })).toBe('本报讯（记者 刘强）');
	});

	it('据《工人日报》 at the start is the source of a reprint', () => {
		expect(extractLeadByline('据《工人日报》“公司投入3000万元')).toEqual({ source: '据《工人日报》', authors: [], rest: '“公司投入3000万元' });
	});

	it('据《工人日报》报道 starts a sentence, not a byline', () => {
		expect(extractLeadByline('据《工人日报》报道，近日')).toBeUndefined();
	});

	it('a news-agency dateline', () => {
		expect(extractLeadByline('新华社西安2月8日电（记者 张三）近日')).toMatchObject({ source: '新华社西安2月8日电', authors: ['记者 张三'], rest: '近日' });
	});

	it('a story that opens with its own words has none', () => {
		expect(extractLeadByline('近年来，各地工会聚焦主责主业')).toBeUndefined();
	});
});

describe('signatures at the end', () => {
	it('□何应洋 and □韩江 曹文琦 are authors', () => {
		expect(parseSignature('□何应洋')).toEqual({ authors: ['何应洋'], photographers: [] });
		expect(parseSignature('□韩江 曹文琦')).toEqual({ authors: ['韩江', '曹文琦'], photographers: [] });
	});

	it('□王辉 摄 is a photographer', () => {
		expect(parseSignature('□王辉 摄')).toEqual({ authors: [], photographers: ['王辉'] });
		expect(parseSignature('□王辉摄')).toEqual({ authors: [], photographers: ['王辉'] });
	});

	it('a sentence is not a signature, nor is a line without the mark', () => {
		expect(parseSignature('□这是一句话，不是署名。')).toBeUndefined();
		expect(parseSignature('何应洋')).toBeUndefined();
	});

	it('a photo credit run into the caption is taken off it', () => {
		expect(extractTrailingCredit('送去价值6000余元的保温杯、手套、护手霜等慰问品。 □王辉 摄')).toEqual({
			credit: { authors: [], photographers: ['王辉'] },
			rest: '送去价值6000余元的保温杯、手套、护手霜等慰问品。',
		});
	});

	it('a trailing （据《工人日报》） is the source', () => {
		expect(extractTrailingCredit('一步一步抓好落实。（据《工人日报》）')).toMatchObject({ source: '据《工人日报》', rest: '一步一步抓好落实。' });
	});

	it('text without a credit has none', () => {
		expect(extractTrailingCredit('一步一步抓好落实。')).toBeUndefined();
	});
});
