/** The web / PDF text reader, one rule at a time. */
import { describe, expect, it } from 'vitest';
import { parseWebHeader } from '../../../src/lib/importer/masthead.ts';
import { isColumnLabel, parseHeadBlock, splitWebPage } from '../../../src/lib/importer/web.ts';

const page = (...lines: string[]) => lines.join('\n');
const texts = (raw: string) =>
	splitWebPage(raw).pieces.map((p) => ({
		title: p.headline?.title.join(''),
		label: p.label,
		credit: p.credit,
		signature: p.signature,
		blocks: p.blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'subhead' ? `## ${b.lines.join('')}` : b.kind)),
	}));

describe('web page header', () => {
	it('第5版：职工生活, with or without the date beside it', () => {
		expect(parseWebHeader('第5版：职工生活')).toEqual({ page: 5, column: '职工生活' });
		expect(parseWebHeader('冀中工人报 2024年9月3日 第06版：工会新闻')).toEqual({ page: 6, column: '工会新闻', date: '2024-09-03' });
		expect(parseWebHeader('第3版 综合新闻')).toEqual({ page: 3, column: '综合新闻' });
	});

	it('the date may stand on a masthead line above the header', () => {
		expect(splitWebPage(page('某某工人报 2024年3月5日 星期二', '第5版：职工生活', '标题', '　　正文。')).header).toMatchObject({ page: 5, date: '2024-03-05' });
	});
});

describe('headline blocks', () => {
	it('引题, 主题, ——副题', () => {
		expect(parseHeadBlock(['市总工会开展活动', '三千名骑手有了歇脚点', '——服务站点全覆盖']).headline).toMatchObject({ kicker: '市总工会开展活动', title: ['三千名骑手有了歇脚点'], subtitle: '服务站点全覆盖' });
		expect(parseHeadBlock(['主题', '——副题']).headline).toMatchObject({ title: ['主题'], subtitle: '副题' });
		expect(parseHeadBlock(['引题在上', '主题在下']).headline).toMatchObject({ kicker: '引题在上', title: ['主题在下'] });
	});

	it('a column label above a headline: marked, bracketed, or a short genre word', () => {
		expect(parseHeadBlock(['■ 聚焦一线', '标题']).label).toBe('聚焦一线');
		expect(parseHeadBlock(['【工会论坛】', '标题']).label).toBe('工会论坛');
		expect(parseHeadBlock(['短评', '把歇脚点建在劳动者身边']).label).toBe('短评');
		expect(isColumnLabel('图片新闻', '海上劳动竞赛')).toBe(true);
		// A kicker is a phrase with punctuation or as long as the title.
		expect(isColumnLabel('市总工会推出服务清单', '骑手有了歇脚点')).toBe(false);
	});
});

describe('pieces', () => {
	it('a headline block starts a piece; a byline line under it is the piece’s credit', () => {
		expect(texts(page('标题一', '本报记者 刘强', '　　第一篇正文。', '标题二', '　　第二篇正文。'))).toEqual([
			{ title: '标题一', label: undefined, credit: '本报记者 刘强', signature: undefined, blocks: ['第一篇正文。'] },
			{ title: '标题二', label: undefined, credit: undefined, signature: undefined, blocks: ['第二篇正文。'] },
		]);
	});

	it('an indented short line inside a piece is a subhead; on an indenting page an unindented one is a headline', () => {
		const pieces = texts(page('标题一', '　　第一段。', '　　一站多用更方便', '　　第二段。', '标题二', '　　另一篇。'));
		expect(pieces.map((p) => p.blocks)).toEqual([['第一段。', '## 一站多用更方便', '第二段。'], ['另一篇。']]);
	});

	it('without indents, one short line inside a running piece is a subhead', () => {
		const long = (n: string) => `${n}这是一段足够长的正文，说明工会在一线开展服务工作的具体做法和成效，职工反映良好。`;
		const pieces = texts(page('标题', long('第一段'), '小标题', long('第二段')));
		expect(pieces).toHaveLength(1);
		expect(pieces[0]!.blocks[1]).toBe('## 小标题');
	});

	it('a dateline, a signature, an attribution and a photo caption each start or end a piece', () => {
		const pieces = texts(
			page('标题', '　　本报讯（记者 刘强）第一篇。', '　　本报讯（通讯员 贺婷）第二篇，没有标题。', '□贺婷', '　　第三篇，签名之后。（紫阳县总工会）', '　　图为职工在比赛中。　　王辉／摄', '　　第五篇。'),
		);
		expect(pieces.map((p) => p.blocks)).toEqual([
			['本报讯（记者 刘强）第一篇。'],
			['本报讯（通讯员 贺婷）第二篇，没有标题。'],
			['第三篇，签名之后。（紫阳县总工会）'],
			['图为职工在比赛中。  王辉／摄'],
			['第五篇。'],
		]);
		expect(pieces[1]!.signature).toBe('□贺婷');
	});

	it('a dateline on a line of its own opens the paragraph under it', () => {
		expect(texts(page('标题', '本报讯（记者 刘强）', '　　近日，某县总工会开展活动。'))[0]!.blocks).toEqual(['本报讯（记者 刘强）近日，某县总工会开展活动。']);
	});
});
