import { describe, expect, it } from 'vitest';
import {
	assignHeadlines,
	bigrams,
	headlineOf,
	isUnitLabel,
	looksLikeHeadline,
	runItems,
	type HeadlineItem,
	type HeadlineRun,
	type StoryProfile,
} from '../../../src/lib/importer/headlines.ts';

const known = (text: string) => ['西安昆仑公司召开职代会', '紫阳县总工会开展慰问', '陈仓区总工会'].some((s) => s.includes(text));
const story = (text: string, places: string[] = []): StoryProfile => ({ text, places });
const placesIn = (text: string) => ['滨海县', '紫阳县', '陈仓区'].filter((p) => text.includes(p));

describe('headline shape', () => {
	it('short lines without sentence punctuation', () => {
		expect(looksLikeHeadline(['走访慰问 为快递小哥送上关爱'])).toBe(true);
		expect(looksLikeHeadline(['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'])).toBe(true);
		expect(looksLikeHeadline(['江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助'])).toBe(true);
		expect(looksLikeHeadline(['工会在哪里？'])).toBe(true);
	});

	it('not sentences, long runs or continuations', () => {
		expect(looksLikeHeadline(['完善机制强联动，切实维权促和谐。'])).toBe(false);
		expect(looksLikeHeadline(['“洗衣难的问题一定要解决！”第五采油厂'])).toBe(false);
		expect(looksLikeHeadline(['，别无他途'])).toBe(false);
		expect(looksLikeHeadline(['一', '二', '三', '四'])).toBe(false);
	});
});

describe('unit labels', () => {
	it('a short organisation name that a story on the page contains', () => {
		expect(isUnitLabel('紫阳县总工会', known)).toBe(true);
		expect(isUnitLabel('西安昆仑公司', known)).toBe(true);
	});

	it('not a headline that happens to end in 工会, nor a name no story mentions', () => {
		expect(isUnitLabel('围绕“六有”打造规范化基层工会', () => true)).toBe(false);
		expect(isUnitLabel('建设职工信赖的工会', known)).toBe(false);
	});
});

describe('headline runs into items', () => {
	it('a unit label attaches to the headline below it', () => {
		const run: HeadlineRun = { blocks: [{ line: 158, lines: ['紫阳县总工会'] }, { line: 160, lines: ['走访慰问  为快递小哥送上关爱'] }] };
		expect(runItems(run, 0, known)).toEqual([{ run: 0, position: 0, line: 160, lines: ['走访慰问 为快递小哥送上关爱'], unit: '紫阳县总工会' }]);
	});

	it('a three-line block opening with a kicker is split into kicker and headline', () => {
		const run: HeadlineRun = { blocks: [{ line: 1, lines: ['江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助', '工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'] }] };
		expect(runItems(run, 0, known).map((i) => i.lines)).toEqual([['江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助'], ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强']]);
	});
});

describe('kicker, title and subtitle of a group', () => {
	const item = (position: number, lines: string[]): HeadlineItem => ({ run: 0, position, line: position, lines });

	it('the two-line item is the title; the line above it the kicker', () => {
		const h = headlineOf([item(1, ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强']), item(0, ['江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助'])], 1, 'content');
		expect(h).toMatchObject({ kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助', title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'] });
		expect(h.subtitle).toBeUndefined();
	});

	it('of two one-line items the shorter is the title; one below it is the subtitle, its dash dropped', () => {
		const h = headlineOf([item(0, ['李钊赵毅被追授五一劳动奖章']), item(1, ['——记抗疫一线的两位共产党员'])], 1, 'content');
		expect(h).toMatchObject({ title: ['李钊赵毅被追授五一劳动奖章'], subtitle: '记抗疫一线的两位共产党员' });
	});
});

describe('matching headlines to stories', () => {
	const stories = [
		story('滨海县总工会建立工企互助绩效“晒台”，开展了工会比为企业贡献大、企业比为工会支持多的活动，晒出一组数据。', ['滨海县']),
		story('长庆油田第五采油厂工会组建爱心洗衣房，开通直达班车，为职工解决洗衣难、乘车难。'),
		story('陈仓区总工会培育工会服务新模式，着力构建“政工联建”平台。', ['陈仓区']),
		story('近年来，各地工会聚焦主责主业，紧扣职工诉求，主动解决职工利益诉求，这是工会组织的法定义务。'),
	];

	it('gives each headline of a block printed after the stories to the story it is about, not by order', () => {
		const runs: HeadlineRun[] = [
			{
				before: 3,
				blocks: [
					{ line: 1, lines: ['陈仓区总工会'] },
					{ line: 3, lines: ['培育工会服务模式 打造政工联建品牌'] },
					{ line: 5, lines: ['工会要始终主动对接职工诉求'] },
					{ line: 7, lines: ['江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助'] },
					{ line: 9, lines: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'] },
				],
			},
		];
		const { headlines, unassigned } = assignHeadlines(runs, stories, { placesIn, known });
		expect(headlines.get(0)).toMatchObject({ kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助', title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'] });
		expect(headlines.get(2)).toMatchObject({ unit: '陈仓区总工会', title: ['培育工会服务模式 打造政工联建品牌'] });
		expect(headlines.get(3)).toMatchObject({ title: ['工会要始终主动对接职工诉求'], how: 'content' });
		// The feature has no headline on the page, and is given none.
		expect(headlines.has(1)).toBe(false);
		expect(unassigned).toEqual([]);
	});

	it('a headline right after its story goes to it', () => {
		const runs: HeadlineRun[] = [{ before: 1, after: 2, blocks: [{ line: 1, lines: ['爱心洗衣房 直达班车'] }] }];
		expect(assignHeadlines(runs, stories, { placesIn, known }).headlines.get(1)?.title).toEqual(['爱心洗衣房 直达班车']);
	});

	it('a lone headline sharing no words goes by position to the story before it, and says so', () => {
		const runs: HeadlineRun[] = [{ before: 1, blocks: [{ line: 1, lines: ['春风十里 不如有你相伴'] }] }];
		expect(assignHeadlines(runs, stories, { placesIn, known }).headlines.get(1)).toMatchObject({ title: ['春风十里 不如有你相伴'], how: 'position' });
	});

	it('a column title at the top of the page is not taken for the first story’s headline', () => {
		const runs: HeadlineRun[] = [{ after: 1, blocks: [{ line: 1, lines: ['基层动态'] }] }];
		const { headlines, unassigned } = assignHeadlines(runs, stories, { placesIn, known });
		expect(headlines.size).toBe(0);
		expect(unassigned.map((i) => i.lines)).toEqual([['基层动态']]);
	});

	it('lines that fit no story are left unassigned (a column title)', () => {
		const runs: HeadlineRun[] = [
			{ before: 3, blocks: [{ line: 1, lines: ['基层动态'] }, { line: 3, lines: ['工会要始终主动对接职工诉求'] }] },
		];
		const { headlines, unassigned } = assignHeadlines(runs, stories, { placesIn, known });
		expect(headlines.get(3)?.title).toEqual(['工会要始终主动对接职工诉求']);
		expect(unassigned.map((i) => i.lines)).toEqual([['基层动态']]);
	});

	it('compares Chinese character pairs only', () => {
		expect([...bigrams('工会 2021 晒台')]).toEqual(['工会', '晒台']);
		expect([...bigrams('“晒台”晒出')]).toEqual(['晒台', '晒出']);
	});
});
