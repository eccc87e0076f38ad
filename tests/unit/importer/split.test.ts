import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/lib/importer/lines.ts';
import { pageItems, parseHeader, segmentLines, splitPage } from '../../../src/lib/importer/split.ts';
import type { DraftBlock } from '../../../src/lib/importer/types.ts';

const page = (...lines: string[]) => lines.join('\n');
const paragraphs = (blocks: DraftBlock[]) => blocks.filter((b) => b.kind === 'paragraph').map((b) => (b as { text: string }).text);
const kinds = (blocks: DraftBlock[]) => blocks.map((b) => (b.kind === 'subhead' ? `##${b.lines.join('/')}` : 'p'));

describe('page header', () => {
	it('` 3工运纵横` is page 3, column 工运纵横', () => {
		expect(parseHeader(' 3工运纵横')).toEqual({ page: 3, column: '工运纵横' });
		expect(parseHeader('第3版 工运纵横')).toEqual({ page: 3, column: '工运纵横' });
		expect(parseHeader('工运纵横 3')).toEqual({ page: 3, column: '工运纵横' });
		expect(parseHeader('走访慰问 为快递小哥送上关爱')).toBeUndefined();
	});

	it('is taken off the page and belongs to no piece', () => {
		const split = splitPage(page(' 3工运纵横', '', '本报讯（甲）正文第一句。'));
		expect(split.header).toEqual({ page: 3, column: '工运纵横', line: 1 });
		expect(split.pieces).toHaveLength(1);
		expect(paragraphs(split.pieces[0]!.blocks)).toEqual(['本报讯（甲）正文第一句。']);
	});
});

describe('paragraphs', () => {
	it('a blank line after a line that ends no sentence is a column break: the paragraph goes on', () => {
		const split = splitPage(page('本报讯（甲）公司对每位职工全年体检 4次，每次检', '', '查未发现有涉铅疾病的，给予一定奖励。', '', '第二段。'));
		expect(paragraphs(split.pieces[0]!.blocks)).toEqual(['本报讯（甲）公司对每位职工全年体检 4次，每次检查未发现有涉铅疾病的，给予一定奖励。', '第二段。']);
	});

	it('a blank line after a sentence end is a paragraph break', () => {
		const split = splitPage(page('本报讯（甲）第一段到此结束。', '', '第二段开始了。'));
		expect(paragraphs(split.pieces[0]!.blocks)).toHaveLength(2);
	});

	it('a line opening a quote after a sentence end starts a paragraph without a blank line', () => {
		const segments = segmentLines(readLines(page('发挥职代会职能，确保企业增产增效。', '“135”工作计划：锚定一个目标。')));
		expect(segments.map((s) => s.lines.map((l) => l.text))).toEqual([['发挥职代会职能，确保企业增产增效。'], ['“135”工作计划：锚定一个目标。']]);
		expect(segments[1]).toMatchObject({ blankBefore: false, forced: true });
	});

	it('a quote inside a wrapped line does not', () => {
		const segments = segmentLines(readLines(page('“洗衣难的问题一定要解决！”', '第五采油厂工会将职工的', '困扰看在眼里。')));
		expect(segments).toHaveLength(1);
	});

	it('a line-initial dateline starts a paragraph (and a piece) without a blank line', () => {
		const split = splitPage(page('本报讯（侯晓兰）形成企业关爱职工的良好氛围。', ' 本报讯（雪迎风） 2月 7日，春节收假第一天。'));
		expect(split.pieces.map((p) => p.start)).toEqual(['first', 'byline']);
	});
});

describe('pieces', () => {
	it('a □ signature closes a piece; what follows is a new one', () => {
		const split = splitPage(page('近年来，各地工会聚焦主责主业。', '', '□何应洋', '', '本来就没有电头的下一篇。'));
		expect(split.pieces).toHaveLength(2);
		expect(split.pieces[0]!.signature).toBe('□何应洋');
		expect(split.pieces[1]!.start).toBe('signature');
	});

	it('a photo caption (□某某 摄) is a piece of its own', () => {
		const split = splitPage(page('本报讯（甲）一篇消息。', '', '近日，某县住建局工会开展慰问活动。 □王辉 摄', '', '本报讯（乙）又一篇。'));
		expect(split.pieces.map((p) => [p.start, p.photo])).toEqual([
			['first', false],
			['photo', true],
			['byline', false],
		]);
	});

	it('an indented first line after a sentence end starts a piece, where indents are rare', () => {
		const split = splitPage(page('本报讯（李宁）一篇消息的结尾。', ' 近年来，各地工会聚焦主责主业。', '', '第二段。', '', '第三段。', '', '第四段。'));
		expect(split.pieces.map((p) => p.start)).toEqual(['first', 'indent']);
	});

	it('where every paragraph is indented, an indent starts only a paragraph', () => {
		const split = splitPage(page(' 本报讯（甲）第一段。', ' 第二段。', ' 第三段。'));
		expect(split.pieces).toHaveLength(1);
		expect(paragraphs(split.pieces[0]!.blocks)).toHaveLength(3);
	});

	it('a change of column width between paragraphs starts a piece', () => {
		const split = splitPage(
			page(
				'本报讯（甲）这是一篇宽栏的消息，每行二十四个字左右的宽度啊',
				'这是一篇宽栏的消息，每行二十四个字左右的宽度啊啊啊啊',
				'这是一篇宽栏的消息，每行二十四个字左右的宽度啊啊啊啊',
				'最后一行。',
				'',
				'这是一篇窄栏的通讯，每行',
				'十四个字的宽度写下来的哦',
				'十四个字的宽度写下来的哦',
				'最后一行。',
			),
		);
		expect(split.pieces.map((p) => p.start)).toEqual(['first', 'width']);
	});
});

describe('headlines and subheads', () => {
	it('headline lines after a story, before the next dateline, are a run between the two', () => {
		const split = splitPage(page('本报讯（王山功）春节前夕，紫阳县总工会开展慰问。', '', '紫阳县总工会', '', '走访慰问 为快递小哥送上关爱', '', '本报讯（王美萍）日前，西安昆仑公司召开职代会。'));
		expect(split.runs).toEqual([
			{
				blocks: [
					{ line: 3, lines: ['紫阳县总工会'] },
					{ line: 5, lines: ['走访慰问 为快递小哥送上关爱'] },
				],
				before: 0,
				after: 1,
			},
		]);
		expect(split.pieces.every((p) => p.blocks.every((b) => b.kind === 'paragraph'))).toBe(true);
	});

	it('short lines between two paragraphs of one story are its subheads', () => {
		const split = splitPage(
			page(
				'5个月内建了 16间爱心洗衣',
				'房、组建爱心互助队、开通直达班',
				'车……赢得了一线职工的真心称赞。',
				'',
				'免费洗衣送舒心',
				'让职工享受贴身服务',
				'',
				'石油企业一线职工离市区较',
				'远，常常面临工服清洗难、衣物修',
				'补难等现实问题。',
				'',
				'□韩江 曹文琦',
			),
		);
		expect(split.pieces).toHaveLength(1);
		expect(kinds(split.pieces[0]!.blocks)).toEqual(['p', '##免费洗衣送舒心/让职工享受贴身服务', 'p']);
		expect(split.runs).toEqual([]);
	});

	it('a paragraph’s first line that fills the column before a column break is not a subhead', () => {
		const items = pageItems(
			segmentLines(
				readLines(page('本报讯（甲）第一段第一行', '第二行也是十二个字宽度的', '最后一行。', '', '第二段开头这一行有十二个', '', '字宽，在下一栏里接着写完。')),
			),
		);
		expect(items.map((i) => i.type)).toEqual(['paragraph', 'paragraph']);
	});

	it('headline lines at the end of the page are a run after the last story', () => {
		const split = splitPage(page('本报讯（记者 刘强）近日，西安市总工会追授劳动奖章。', '', '李钊赵毅被追授西安市五一劳动奖章', ''));
		expect(split.runs).toEqual([{ blocks: [{ line: 3, lines: ['李钊赵毅被追授西安市五一劳动奖章'] }], before: 0 }]);
	});

	it('a signature with no story above it is reported as stray', () => {
		expect(splitPage(page('□何应洋')).stray).toEqual([{ line: 1, text: '□何应洋' }]);
	});
});

describe('headline frames between two stories', () => {
	it('a unit label and a headline after a story start the next piece, even without a dateline', () => {
		const raw = page(
			'本报讯（何静）9月5日，镇安县总工会举办',
			'助学金发放仪式。',
			'',
			'镇安县总工会',
			'',
			'金秋助学 圆梦大学',
			'',
			'铜川市耀州区总工会近日组织开展知识竞',
			'赛，全区84名职工参加。',
		);
		const pieces = splitPage(raw).pieces;
		expect(pieces.map((p) => p.start)).toEqual(['first', 'headline']);
		expect(pieces[1]!.blocks).toEqual([{ kind: 'paragraph', text: '铜川市耀州区总工会近日组织开展知识竞赛，全区84名职工参加。', line: 8 }]);
	});

	it('one short block between paragraphs of a story is its subhead', () => {
		const raw = page('近年来，某区总工会深化改革，让技能', '人才成长有通道。', '', '技能提升有平台', '', '区总工会建成6个实训基地，每年开展', '竞赛20余场。');
		const pieces = splitPage(raw).pieces;
		expect(pieces).toHaveLength(1);
		expect(pieces[0]!.blocks.map((b) => b.kind)).toEqual(['paragraph', 'subhead', 'paragraph']);
	});

	it('a credit at the end of a paragraph closes the piece', () => {
		const raw = page('花溪区总工会启动技能提升行动，计划三年', '培训职工1.5万人次。（据《贵州日报》）', '', '六盘水市总工会开展帮扶行动，走访困难', '职工家庭320户。');
		expect(splitPage(raw).pieces.map((p) => p.start)).toEqual(['first', 'signature']);
	});
});

describe('two different bylines', () => {
	it('a dateline naming its authors and a signature of someone else are two pieces, split at the last headline-shaped block', () => {
		const raw = page(
			'本报讯（通讯员 李敏）日前，兴平市总工会组织',
			'律师走进企业，提出整改建议38条。',
			'',
			'维权路上不能让职工“单打独斗”',
			'',
			'维权难，难在职工不懂法、不敢告。工会必须',
			'当好职工维权的“娘家人”。',
			'',
			'□ 秦风',
		);
		const pieces = splitPage(raw).pieces;
		expect(pieces.map((p) => p.start)).toEqual(['first', 'bylines']);
		expect(pieces[1]).toMatchObject({ signature: '□ 秦风', headline: { title: ['维权路上不能让职工“单打独斗”'] } });
		expect(pieces[0]!.signature).toBeUndefined();
	});

	it('the same person in the dateline and the signature is one piece', () => {
		const raw = page('本报讯（记者 秦风）日前，兴平市总工会组织律师', '走进企业。', '', '小标题', '', '律师们提出整改建议38条，企业', '逐条落实。', '', '□秦风');
		expect(splitPage(raw).pieces).toHaveLength(1);
	});
});

describe('photo captions', () => {
	it('a caption opening with 图为 is a piece of its own even without a credit', () => {
		const raw = page('本报讯（王五）某县总工会开展活动，为职工送', '去慰问品。', '', '图为职工在比赛中，现场气氛热烈。', '', '另一篇稿件的正文，说明工会开展的活', '动情况。');
		const pieces = splitPage(raw).pieces;
		expect(pieces.map((p) => [p.start, p.photo])).toEqual([
			['first', false],
			['photo', true],
			['photo', false],
		]);
	});
});

describe('layout page headers', () => {
	it('a 第N版：X header, with the date on the same line, works in a layout export too', () => {
		expect(parseHeader('第3版：工运纵横')).toEqual({ page: 3, column: '工运纵横' });
		expect(splitPage(page('2024年3月5日 星期二 第3版 工运纵横', '', '本报讯（王五）某县总工会开展活动，为职工送', '去慰问品。')).header).toMatchObject({ page: 3, column: '工运纵横', date: '2024-03-05' });
	});
});

describe('a byline on a line of its own', () => {
	it('under a headline it is the next piece’s credit; after a running piece it closes it', () => {
		const raw = page('职工食堂“升级”记', '', '本报记者 杨帆', '', '中午十一点半，职工食堂里，热气腾腾的饭菜已', '经摆上了窗口。', '', '通讯员 马丽', '', '另一篇的正文，说明工会开展的活动情况，职', '工反映良好。');
		const pieces = splitPage(raw).pieces;
		expect(pieces[0]).toMatchObject({ start: 'headline', credit: '本报记者 杨帆', signature: '通讯员 马丽' });
		expect(pieces[1]!.start).toBe('signature');
	});
});
