/**
 * The data file of one printed page (版面), `content/issues/<日期>/<版次>.yml`, beside the page
 * PDF `<版次>.pdf`. Every field is optional: a PDF alone is a valid page. Messages are Chinese
 * first with the English term beside them, and say how to fix the mistake.
 */
import { z } from 'zod';

export const PAGE_FIELD_LABELS: Record<string, string> = {
	page: '版次',
	column: '版名',
	editor: '责任编辑',
	issueNumber: '期号',
	zones: '热区',
};

const text = (field: string) =>
	z
		.string({ error: `${PAGE_FIELD_LABELS[field]}（${field}）应是一段文字 (expected text)：例如 ${field}: 文字内容。` })
		.trim()
		.min(1, { error: `${PAGE_FIELD_LABELS[field]}（${field}）不能为空 (must not be empty)：填写内容，或删掉这一行。` });

const percent = z
	.number({ error: '热区的每个数都应是页面的百分比 0–100 (expected a number)。' })
	.min(0, { error: '热区的数不能小于 0 (must be ≥ 0)。' })
	.max(100, { error: '热区的数不能大于 100 (must be ≤ 100)：坐标是页面宽、高的百分比。' });

/** One rectangle: [左, 上, 宽, 高] in percent of the page's width and height. */
const zoneRect = z.tuple([percent, percent, percent, percent], {
	error: '热区的每个矩形应写成 [左, 上, 宽, 高] 四个百分比 (expected [left, top, width, height])，例如 [12.5, 30, 25, 18]。',
});

export const issuePageSchema = z.strictObject(
	{
		/** 版次: page number; defaults to the file name (`03.yml` → 3). */
		page: z
			.number({ error: '版次（page）应是正整数，例如 page: 3 (expected a whole number)。' })
			.int({ error: '版次（page）应是正整数 (expected a whole number)。' })
			.positive({ error: '版次（page）应大于 0 (must be positive)。' })
			.optional(),
		/** 版名: the page's name (要闻, 工运纵横); defaults to the column of its articles. */
		column: text('column').optional(),
		/** 责任编辑: the page editor, printed in the page view. */
		editor: text('editor').optional(),
		/** 期号: the issue's serial number as printed (第8821期, or just 8821). */
		issueNumber: z
			.union([text('issueNumber'), z.number().int().positive()], { error: '期号（issueNumber）应是文字或正整数，例如 issueNumber: 8821 (expected text or a number)。' })
			.transform(String)
			.optional(),
		/**
		 * 热区: hand-made zones that replace the automatic ones, by article file name (without
		 * `.md`); each a list of rectangles [左, 上, 宽, 高] in percent of the page.
		 */
		zones: z
			.record(z.string(), z.array(zoneRect, { error: '热区应是矩形的列表 (expected a list of rectangles)，例如 - [12.5, 30, 25, 18]。' }).min(1, { error: '热区不能为空列表 (must not be empty)：至少写一个矩形，或删掉这一行恢复自动热区。' }), {
				error: '热区（zones）应按文章文件名逐项列出 (expected a map)，例如：\n  zones:\n    0209-03-ziyang-kuaidi:\n      - [12.5, 30, 25, 18]',
			})
			.default({}),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => `未知字段 (unknown field) “${key}”：可用字段有 ${Object.entries(PAGE_FIELD_LABELS).map(([k, v]) => `${k}（${v}）`).join('、')}。`).join('；')
				: issue.code === 'invalid_type'
					? '版面数据文件应是“字段: 值”的列表 (expected key: value lines)，例如 column: 工运纵横。'
					: undefined,
	},
);

export type IssuePageData = z.output<typeof issuePageSchema>;

/** `content/issues/2022-02-09/03.pdf` → date and page; undefined for names that are not a page. */
export function pageFileParts(path: string): { date: string; page: number; ext: string } | undefined {
	const m = /(?:^|\/)(\d{4}-\d{2}-\d{2})\/0*(\d{1,3})\.(pdf|ya?ml)$/i.exec(path.replace(/\\/g, '/'));
	return m ? { date: m[1]!, page: Number(m[2]), ext: m[3]!.toLowerCase() } : undefined;
}
