import { describe, expect, it } from 'vitest';
import { fixed, lint, where } from './helpers.ts';

describe('stray spaces inside Chinese text (both styles)', () => {
	it('flags a space between two Chinese characters, as OCR leaves it', () => {
		for (const style of ['newspaper', 'spaced'] as const) {
			expect(where('工 会组织职工', style)).toEqual(['stray-space@1:2']);
			expect(fixed('工 会组织职工', style)).toBe('工会组织职工');
		}
	});

	it('counts ideographic and no-break spaces, and spaces next to full-width punctuation', () => {
		expect(fixed('工会　组织，\u00a0职工。 “好”')).toBe('工会组织，职工。“好”');
	});

	it('leaves a pasted paragraph indent and line-end spaces alone', () => {
		expect(lint('　　春节前夕，工会走访慰问。  \n')).toEqual([]);
	});

	it('allows one space between headline phrases, but not inside a word', () => {
		const fm = (title: string) => `---\ntitle: ${title}\ndate: 2022-02-09\n---\n`;
		expect(lint(fm('走访慰问 为快递小哥送上关爱'))).toEqual([]);
		expect(where(fm('工 会组织职工'))).toEqual(['stray-space@2:9']);
		// In the body the same space is a slip.
		expect(where('走访慰问 为快递小哥送上关爱')).toEqual(['stray-space@1:5']);
	});

	it('keeps the space between an author’s role and name', () => {
		expect(lint("---\ntitle: 标题\nauthors: ['记者 刘强', 王山功]\nphotographers: [记者 王辉]\n---\n")).toEqual([]);
	});
});

describe('house style newspaper: no space between Chinese and digits or Latin', () => {
	it('flags and removes the space on either side', () => {
		expect(where('为 46名职工')).toEqual(['no-space@1:2']);
		expect(where('为46 名职工')).toEqual(['no-space@1:4']);
		expect(fixed('2021年 8月至 11月，用 Astro 构建')).toBe('2021年8月至11月，用Astro构建');
	});

	it('accepts text set as printed', () => {
		expect(lint('公司投入3000万元，建2幢职工宿舍楼，为86名职工解决住房问题。')).toEqual([]);
		expect(lint('用Astro构建，5G网络，增长20%。')).toEqual([]);
	});

	it('never lets AutoCorrect ask for the spaces the paper does not print', () => {
		expect(lint('公司投入3000万元，NBA球星，5G网络，下午3:00。', 'newspaper')).toEqual([]);
	});
});

describe('house style spaced: AutoCorrect’s spacing', () => {
	it('asks for a space between Chinese and digits or Latin, as one change per spot', () => {
		const problems = lint('为46名职工', 'spaced');
		expect(problems.map((p) => [p.rule, p.column, p.fix])).toEqual([['autocorrect', 2, ' 46 ']]);
		expect(problems[0]!.message).toContain('houseStyle: spaced');
		expect(fixed('用Astro构建，为46名职工', 'spaced')).toBe('用 Astro 构建，为 46 名职工');
	});

	it('accepts spaced text, and does not ask for the newspaper’s rule', () => {
		expect(lint('公司投入 3000 万元，用 Astro 构建。', 'spaced')).toEqual([]);
	});

	it('still removes spaces between Chinese characters', () => {
		expect(fixed('工 会投入3000万元', 'spaced')).toBe('工会投入 3000 万元');
	});
});

describe('line breaks inside a paragraph', () => {
	it('flags a column break between Chinese characters and joins the lines', () => {
		expect(where('建2幢职工\n宿舍楼。')).toEqual(['line-break@1:6']);
		expect(fixed('建2幢职工\n宿舍楼。\n\n第二段。\n')).toBe('建2幢职工宿舍楼。\n\n第二段。\n');
		expect(fixed('建2幢职工\r\n宿舍楼。\r\n')).toBe('建2幢职工宿舍楼。\r\n');
	});

	it('keeps deliberate breaks: blank lines, two trailing spaces, headings, list items', () => {
		expect(lint('第一段。\n\n第二段。\n')).toEqual([]);
		expect(lint('第一行。  \n第二行。\n')).toEqual([]);
		expect(lint('## 小标题\n正文。\n\n- 第一项\n- 第二项\n')).toEqual([]);
	});
});
