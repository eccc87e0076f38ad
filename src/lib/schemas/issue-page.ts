/**
 * The data file of one printed page (版面), `content/issues/<日期>/<版次>.yml`, beside the page
 * PDF `<版次>.pdf`. Every field is optional: a PDF alone is a valid page. Messages are Chinese
 * first with the English term beside them, and say how to fix the mistake.
 */
import { z } from 'zod';
import {
	ISSUE_NUMBER,
	PAGE_DATA_SHAPE,
	PAGE_NUMBER,
	PAGE_POSITIVE,
	ZONE_EMPTY,
	ZONE_LIST,
	ZONE_MAX,
	ZONE_MIN,
	ZONE_NUMBER,
	ZONE_RECT,
	ZONES_MAP,
	pageEmptyField,
	pageExpectedText,
	unknownPageField,
} from '../messages.ts';

const text = (field: string) =>
	z
		.string({ error: pageExpectedText(field) })
		.trim()
		.min(1, { error: pageEmptyField(field) });

const percent = z.number({ error: ZONE_NUMBER }).min(0, { error: ZONE_MIN }).max(100, { error: ZONE_MAX });

/** One rectangle: [左, 上, 宽, 高] in percent of the page's width and height. */
const zoneRect = z.tuple([percent, percent, percent, percent], { error: ZONE_RECT });

export const issuePageSchema = z.strictObject(
	{
		/** 版次: page number; defaults to the file name (`03.yml` → 3). */
		page: z
			.number({ error: PAGE_NUMBER })
			.int({ error: PAGE_NUMBER })
			.positive({ error: PAGE_POSITIVE })
			.optional(),
		/** 版名: the page's name (要闻, 工运纵横); defaults to the column of its articles. */
		column: text('column').optional(),
		/** 责任编辑: the page editor, printed in the page view. */
		editor: text('editor').optional(),
		/** 期号: the issue's serial number as printed (第8821期, or just 8821). */
		issueNumber: z
			.union([text('issueNumber'), z.number().int().positive()], { error: ISSUE_NUMBER })
			.transform(String)
			.optional(),
		/**
		 * 热区: hand-made zones that replace the automatic ones, by article file name (without
		 * `.md`); each a list of rectangles [左, 上, 宽, 高] in percent of the page.
		 */
		zones: z
			.record(z.string(), z.array(zoneRect, { error: ZONE_LIST }).min(1, { error: ZONE_EMPTY }), { error: ZONES_MAP })
			.default({}),
	},
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys' ? issue.keys.map(unknownPageField).join('；') : issue.code === 'invalid_type' ? PAGE_DATA_SHAPE : undefined,
	},
);

export type IssuePageData = z.output<typeof issuePageSchema>;

/** `content/issues/2022-02-09/03.pdf` → date and page; undefined for names that are not a page. */
export function pageFileParts(path: string): { date: string; page: number; ext: string } | undefined {
	const m = /(?:^|\/)(\d{4}-\d{2}-\d{2})\/0*(\d{1,3})\.(pdf|ya?ml)$/i.exec(path.replace(/\\/g, '/'));
	return m ? { date: m[1]!, page: Number(m[2]), ext: m[3]!.toLowerCase() } : undefined;
}
