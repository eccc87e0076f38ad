import { describe, expect, it } from 'vitest';
import {
	cleanBodyText,
	cleanHeadlineText,
	columnWidth,
	differentColumns,
	displayWidth,
	endsSentence,
	joinLines,
	readLines,
} from '../../../src/lib/importer/lines.ts';

describe('readLines', () => {
	it('numbers lines, trims them and remembers an indent', () => {
		const lines = readLines(' 3工运纵横\r\n\r\n正文第一行\u3000\n\u3000本报讯（甲）');
		expect(lines).toEqual([
			{ no: 1, text: '3工运纵横', indented: true },
			{ no: 2, text: '', indented: false },
			{ no: 3, text: '正文第一行', indented: false },
			{ no: 4, text: '本报讯（甲）', indented: true },
		]);
	});

	it('drops a byte-order mark and zero-width spaces', () => {
		expect(readLines('\uFEFF工会\u200b工作')[0]!.text).toBe('工会工作');
	});
});

describe('rejoining lines cut at the column edge', () => {
	it('adds nothing between Chinese pieces', () => {
		expect(joinLines(['以“工会需要企业什么支持、企业需要工会什么', '服务”为出发点'])).toBe('以“工会需要企业什么支持、企业需要工会什么服务”为出发点');
	});

	it('keeps digits split over two lines together', () => {
		expect(joinLines(['为企业培训职工 2246', '人次'])).toBe('为企业培训职工 2246人次');
	});

	it('puts a space back between two Latin words', () => {
		expect(joinLines(['使用 Microsoft', 'Office 办公'])).toBe('使用 Microsoft Office 办公');
	});
});

describe('stray layout spaces', () => {
	it('go between Chinese and digits', () => {
		expect(cleanBodyText('为 46名快递小哥')).toBe('为46名快递小哥');
		expect(cleanBodyText('于 2021 年 6 月出台')).toBe('于2021年6月出台');
		expect(cleanBodyText('2月 7日，春节收假第一天')).toBe('2月7日，春节收假第一天');
	});

	it('go next to full-width punctuation', () => {
		expect(cleanBodyText('慰问品。 近日 ， 又')).toBe('慰问品。近日，又');
		expect(cleanBodyText('本报讯（雪迎风） 2月')).toBe('本报讯（雪迎风）2月');
	});

	it('stay between two Latin words or numbers, as one space', () => {
		expect(cleanBodyText('升级到 Windows  10 系统')).toBe('升级到Windows 10系统');
		expect(cleanBodyText('New York Times')).toBe('New York Times');
	});

	it('in a headline, a space between two Chinese phrases is the separator and stays', () => {
		expect(cleanHeadlineText('走访慰问  为快递小哥送上关爱')).toBe('走访慰问 为快递小哥送上关爱');
		expect(cleanHeadlineText('建成 16 间洗衣房 “晒台” 晒绩效')).toBe('建成16间洗衣房“晒台”晒绩效');
	});
});

describe('sentence ends', () => {
	it('are 。！？… possibly followed by closing quotes or brackets', () => {
		for (const line of ['实现互惠互赢。', '一定要解决！”', '干活更有劲！', '有哪些？', '但职工不欢迎也不需要……', '确保职工安全返岗（回家）。', '“娘家服务”。']) {
			expect(endsSentence(line), line).toBe(true);
		}
	});

	it('are not a comma, a colon or a cut word', () => {
		for (const line of ['公司对每位职工全年体检 4次，每次检', '“135”工作计划：', '第五采油厂工会将职工的', '强化组织覆盖，']) {
			expect(endsSentence(line), line).toBe(false);
		}
	});
});

describe('column widths', () => {
	it('count Chinese as one column, digits and Latin as half, spaces not at all', () => {
		expect(displayWidth('工会')).toBe(2);
		expect(displayWidth('2021年')).toBe(3);
		expect(displayWidth('为 46名')).toBe(3);
		expect(displayWidth('“晒台”')).toBe(4);
	});

	it('leave out a finished paragraph’s short last line and its indented first line', () => {
		const lines = ['石油企业一线职工离市区较', '远，常常面临工服清洗难、衣物修', '补难等现实问题，还有别的难处以', '及其他。'];
		expect(columnWidth(lines, { startsParagraph: true, endsParagraph: true })).toBe(15);
		expect(columnWidth(['一行。'], { startsParagraph: true, endsParagraph: true })).toBeUndefined();
	});

	it('differ only by a clear margin', () => {
		expect(differentColumns(24, 14)).toBe(true);
		expect(differentColumns(14, 13)).toBe(false);
		expect(differentColumns(28, 27)).toBe(false);
		expect(differentColumns(undefined, 14)).toBe(false);
	});
});
