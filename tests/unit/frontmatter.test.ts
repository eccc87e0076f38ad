import { describe, expect, it } from 'vitest';
import { findFrontmatter, parseArticleFile, stringifyFrontmatter, writeArticleFile } from '../../src/lib/frontmatter.ts';
import { invalidDate } from '../../src/lib/messages.ts';

describe('frontmatter writer', () => {
	it('writes what the reader reads back, in the object’s key order', () => {
		const data = { title: ['第一行', '第二行'], date: '2022-02-09', authors: ['记者 刘强', '王山功'], kicker: 'yes', draft: true };
		const text = writeArticleFile(data, '正文。');
		expect(text).toBe('---\ntitle:\n  - 第一行\n  - 第二行\ndate: 2022-02-09\nauthors: [记者 刘强, 王山功]\nkicker: "yes"\ndraft: true\n---\n\n正文。\n');
		const parsed = parseArticleFile(text);
		expect(parsed.errors).toEqual([]);
		expect({ ...parsed.data, date: undefined }).toEqual({ ...data, date: undefined });
		expect(parsed.body).toBe('\n正文。\n');
	});

	it('takes comments and the flow-list padding the importer writes', () => {
		const yaml = stringifyFrontmatter({ authors: ['甲'], page: 3 }, { keyComments: { page: ' 版次' }, commentBefore: ' 草稿', flowPadding: true });
		expect(yaml).toBe('# 草稿\n\nauthors: [ 甲 ]\n# 版次\npage: 3\n');
	});

	it('finds the fence the way Astro does', () => {
		expect(findFrontmatter('---\na: 1\n---\nbody')).toEqual({ length: 13, yaml: 'a: 1' });
		expect(findFrontmatter('text\n---\na: 1\n---\n')).toBeUndefined();
	});
});

describe('the one invalid-date message', () => {
	it('says why when the calendar has no such day, wherever it was typed', () => {
		expect(invalidDate('2022-02-30')).toBe('见报日期 date “2022-02-30”不是有效日期 (invalid date)：这个月没有这一天，请核对见报日期，写成 年-月-日，例如 2022-02-09。');
		expect(invalidDate('2022年2月30日')).toContain('这个月没有这一天');
		expect(invalidDate('2022年2月9日')).toBe('见报日期 date “2022年2月9日”不是有效日期 (invalid date)：写成 年-月-日，例如 2022-02-09。');
		expect(invalidDate('明天', '--date 2022-02-09')).toBe('见报日期 date “明天”不是有效日期 (invalid date)：写成 年-月-日，例如 --date 2022-02-09。');
	});
});
