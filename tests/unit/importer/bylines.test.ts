/** One test per byline convention (issue 7, item 2), wherever it appears in a piece. */
import { describe, expect, it } from 'vitest';
import { byline } from '../../../src/lib/articles.ts';
import { extractLeadByline, extractTrailingCredit, isCaptionText, isSignatureLine, parseCreditLine, peopleOf } from '../../../src/lib/importer/bylines.ts';

const reporter = (name: string, role = '记者') => ({ name, role });

describe('datelines at the start of a story', () => {
	it('本报讯（王山功） → source 本报讯, one author', () => {
		expect(extractLeadByline('本报讯（王山功）春节前夕，安康市紫阳县总工会')).toEqual({ source: '本报讯', authors: [{ name: '王山功' }], rest: '春节前夕，安康市紫阳县总工会' });
	});

	it('the role is kept beside the name, with or without a space, half- or full-width brackets', () => {
		expect(extractLeadByline('本报讯（记者 刘强）近日，')?.authors).toEqual([reporter('刘强')]);
		expect(extractLeadByline('本报讯(记者刘强)近日，')?.authors).toEqual([reporter('刘强')]);
		expect(extractLeadByline('本报讯 （特约通讯员 贺婷） 近日，')?.authors).toEqual([reporter('贺婷', '特约通讯员')]);
	});

	it('several people: a role printed once covers the names after it', () => {
		expect(extractLeadByline('本报讯（本报记者 刘强 王五 通讯员 贺婷）近日')?.authors).toEqual([reporter('刘强', '本报记者'), reporter('王五', '本报记者'), reporter('贺婷', '通讯员')]);
		expect(extractLeadByline('本报讯（实习记者 李想 见习记者 周敏）近日')?.authors).toEqual([reporter('李想', '实习记者'), reporter('周敏', '见习记者')]);
	});

	it('记者 X 报道: inside the brackets or after 本报讯 without them', () => {
		expect(extractLeadByline('本报讯（记者 刘强 通讯员 贺婷 报道）近日')).toMatchObject({ authors: [reporter('刘强'), reporter('贺婷', '通讯员')], rest: '近日' });
		expect(extractLeadByline('本报讯 记者刘强报道：近日，')).toMatchObject({ source: '本报讯', authors: [reporter('刘强')], rest: '近日，' });
		expect(extractLeadByline('本报讯 据了解，近日')).toMatchObject({ authors: [], rest: '据了解，近日' });
	});

	it('本报X地讯 is the paper’s own dateline', () => {
		expect(extractLeadByline('本报西安讯（记者 刘强）近日，')).toMatchObject({ source: '本报西安讯', authors: [reporter('刘强')], rest: '近日，' });
		expect(extractLeadByline('本报延安3月2日讯 近日，')).toMatchObject({ source: '本报延安3月2日讯', authors: [], rest: '近日，' });
	});

	it('prints back as the paper printed it', () => {
		const lead = extractLeadByline('本报讯（记者 刘强）近日，')!;
		expect(byline({ source: lead.source, authors: lead.authors, photographers: [] })).toBe('本报讯（记者 刘强）');
	});

	it('reprints and reports: 据《工人日报》, 据新华社电, 据X报道, 来源：X', () => {
		expect(extractLeadByline('据《工人日报》“公司投入3000万元')).toEqual({ source: '据《工人日报》', authors: [], rest: '“公司投入3000万元' });
		expect(extractLeadByline('据新华社电 近日，')).toMatchObject({ source: '据新华社电', rest: '近日，' });
		expect(extractLeadByline('据中工网报道，近日，')).toMatchObject({ source: '据中工网报道', rest: '近日，' });
		expect(extractLeadByline('来源：工人日报 近日，')).toMatchObject({ source: '来源：工人日报', rest: '近日，' });
		expect(extractLeadByline('新华社西安2月8日电（记者 张三）近日')).toMatchObject({ source: '新华社西安2月8日电', authors: [reporter('张三')], rest: '近日' });
	});

	it('a sentence that merely cites is not a dateline', () => {
		expect(extractLeadByline('据《工会法》规定，工会')).toBeUndefined();
		expect(extractLeadByline('据了解，该县总工会')).toBeUndefined();
		expect(extractLeadByline('近年来，各地工会聚焦主责主业')).toBeUndefined();
	});

	it('brackets after 本报讯 that hold no names stay in the text', () => {
		expect(extractLeadByline('本报讯（2月7日）春节收假')).toMatchObject({ source: '本报讯', authors: [] });
	});
});

describe('credit lines and signatures', () => {
	it('□X, □ X, ■X, 文／X are authors; a role-only byline line is one too', () => {
		expect(parseCreditLine('□何应洋')).toEqual({ authors: [{ name: '何应洋' }], photographers: [] });
		expect(parseCreditLine('□ 韩江 曹文琦')).toEqual({ authors: [{ name: '韩江' }, { name: '曹文琦' }], photographers: [] });
		expect(parseCreditLine('■王辉')).toEqual({ authors: [{ name: '王辉' }], photographers: [] });
		expect(parseCreditLine('文／刘强')).toEqual({ authors: [{ name: '刘强' }], photographers: [] });
		expect(parseCreditLine('文/刘强 图/王辉')).toEqual({ authors: [{ name: '刘强' }], photographers: [{ name: '王辉' }] });
		expect(parseCreditLine('文：刘强 摄影：王辉')).toEqual({ authors: [{ name: '刘强' }], photographers: [{ name: '王辉' }] });
		expect(isSignatureLine('作者：刘强')).toBe(true);
		expect(parseCreditLine('本报记者 刘强 通讯员 贺婷')).toEqual({ authors: [reporter('刘强', '本报记者'), reporter('贺婷', '通讯员')], photographers: [] });
	});

	it('photo credits: □X 摄, 本报记者 X 摄, X／摄', () => {
		expect(parseCreditLine('□王辉 摄')).toEqual({ authors: [], photographers: [{ name: '王辉' }] });
		expect(parseCreditLine('□王辉摄')).toEqual({ authors: [], photographers: [{ name: '王辉' }] });
		expect(parseCreditLine('本报记者 王辉 摄')).toEqual({ authors: [], photographers: [reporter('王辉', '本报记者')] });
		expect(parseCreditLine('王辉／摄')).toEqual({ authors: [], photographers: [{ name: '王辉' }] });
	});

	it('a sentence is not a signature, nor is a bare name (it may be a headline)', () => {
		expect(parseCreditLine('□这是一句话，不是署名。')).toBeUndefined();
		expect(parseCreditLine('何应洋')).toBeUndefined();
		expect(isSignatureLine('本报记者 刘强')).toBe(false);
		expect(isSignatureLine('□何应洋')).toBe(true);
		expect(peopleOf('下转第2版')).toBeUndefined();
	});
});

describe('credits at the end of a piece', () => {
	it('a photo credit run into the caption is taken off it', () => {
		expect(extractTrailingCredit('送去价值6000余元的保温杯、手套、护手霜等慰问品。 □王辉 摄')).toEqual({
			credit: { authors: [], photographers: [{ name: '王辉' }] },
			rest: '送去价值6000余元的保温杯、手套、护手霜等慰问品。',
		});
		expect(extractTrailingCredit('图为职工在比赛中。（本报记者 王辉 摄）')?.credit.photographers).toEqual([reporter('王辉', '本报记者')]);
	});

	it('（本报记者 X 通讯员 Y） at the end are the authors', () => {
		expect(extractTrailingCredit('一步一步抓好落实。（本报记者 刘强 通讯员 贺婷）')).toEqual({
			credit: { authors: [reporter('刘强', '本报记者'), reporter('贺婷', '通讯员')], photographers: [] },
			rest: '一步一步抓好落实。',
		});
	});

	it('（据《工人日报》） and （来源：中工网） are the source; （X县总工会） the unit', () => {
		expect(extractTrailingCredit('一步一步抓好落实。（据《工人日报》）')).toMatchObject({ source: '据《工人日报》', rest: '一步一步抓好落实。' });
		expect(extractTrailingCredit('一步一步抓好落实。（来源：中工网）')).toMatchObject({ source: '来源：中工网' });
		expect(extractTrailingCredit('一步一步抓好落实。（富平县总工会）')).toMatchObject({ unit: '富平县总工会', rest: '一步一步抓好落实。' });
		expect(extractTrailingCredit('（富平县总工会）')).toMatchObject({ unit: '富平县总工会', rest: '' });
		expect(extractTrailingCredit('开展疗休养。（宝鸡市总工会供稿）')).toMatchObject({ unit: '宝鸡市总工会', rest: '开展疗休养。' });
	});

	it('several credits in a row are all taken', () => {
		expect(extractTrailingCredit('落实。（通讯员 贺婷）（来源：中工网）')).toMatchObject({ source: '来源：中工网', credit: { authors: [reporter('贺婷', '通讯员')] }, rest: '落实。' });
	});

	it('a bracket inside a sentence is not a credit, nor is text without one', () => {
		expect(extractTrailingCredit('职工（会员）代表大会召开')).toBeUndefined();
		expect(extractTrailingCredit('一步一步抓好落实。')).toBeUndefined();
	});

	it('图为… opens a photo caption', () => {
		expect(isCaptionText('图为环卫工人领到慰问品。')).toBe(true);
		expect(isCaptionText('近日，职工们领到慰问品。')).toBe(false);
	});
});
