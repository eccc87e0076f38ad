import { describe, expect, it } from 'vitest';
import { isPageCredit, mastheadAt, printedDate } from '../../../src/lib/importer/masthead.ts';

describe('page furniture', () => {
	it('reads the masthead of a front page and the date it prints', () => {
		const top = ['关中工人报', 'GUANZHONG GONGREN BAO', '2024年5月1日 星期三 农历三月廿三', '第1234期 今日8版', '', '劳动创造幸福 奋斗成就梦想'];
		expect(mastheadAt(top)).toEqual({ indexes: [0, 1, 2, 3], date: '2024-05-01' });
	});

	it('a paper-like name without a masthead line beside it is no masthead (it may be a headline)', () => {
		expect(mastheadAt(['工会日报', '', '本报讯 近日，某县总工会开展活动。']).indexes).toEqual([]);
	});

	it('editors’ credits at the foot of a page', () => {
		expect(isPageCredit('本版责任编辑 张华')).toBe(true);
		expect(isPageCredit('责任编辑：张华 美术编辑：李四')).toBe(true);
		expect(isPageCredit('本报记者 张华')).toBe(false);
		expect(printedDate('2024年3月5日')).toBe('2024-03-05');
	});
});

describe('web page chrome', () => {
	it('navigation and font-size links copied with a 数字报 page are skipped', async () => {
		const { isPageChrome } = await import('../../../src/lib/importer/masthead.ts');
		expect(isPageChrome('上一篇  下一篇  返回目录')).toBe(true);
		expect(isPageChrome('【字体：大 中 小】  打印本页')).toBe(true);
		expect(isPageChrome('上一篇文章写了什么')).toBe(false);
	});
});
