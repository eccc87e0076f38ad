/** Straight quotes as Chinese paired quotes: the helper, and the site's Markdown pipeline around it. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/markdown.ts';
import { curlQuotes } from '../../../src/lib/zh/quotes.ts';

describe('curlQuotes', () => {
	it('pairs double and single quotes in turn', () => {
		expect(curlQuotes(['职工说"工会就是娘家"，又说"好"。'])).toEqual(['职工说“工会就是娘家”，又说“好”。']);
		expect(curlQuotes(["他说'六有'。"])).toEqual(['他说‘六有’。']);
	});

	it('keeps a pair open from one text to the next of the same block, each text its own length', () => {
		expect(curlQuotes(['开展"', '十四五', '"规划'])).toEqual(['开展“', '十四五', '”规划']);
	});

	it('closes a quote that ends its block or stands before a stop, with nothing open (a quotation over paragraphs)', () => {
		expect(curlQuotes(['乙"'])).toEqual(['乙”']);
		expect(curlQuotes(['说完了"。'])).toEqual(['说完了”。']);
		expect(curlQuotes(['"甲'])).toEqual(['“甲']);
	});

	it("reads an apostrophe between letters as one, not as a quote", () => {
		expect(curlQuotes(["Xi'an 的 it's 和'引语'"])).toEqual(['Xi’an 的 it’s 和‘引语’']);
	});

	it('leaves text without straight quotes as it is', () => {
		const text = '已是“全角”引号';
		expect(curlQuotes([text])).toEqual([text]);
	});
});

describe('in the Markdown pipeline', async () => {
	const processor = await createMarkdownProcessor({ ...markdownOptions({ embedHosts: [] }), syntaxHighlight: false });
	const html = async (md: string) => (await processor.render(md)).code;

	it('pairs quotes across inline markup, paragraph by paragraph, and not in code', async () => {
		expect(await html('他说"**工会**就是娘家"。\n\n"新段落"')).toBe('<p>他说“<strong>工会</strong>就是娘家”。</p>\n<p>“新段落”</p>');
		expect(await html('输入 `"code"` 即可"好"')).toBe('<p>输入 <code>"code"</code> 即可“好”</p>');
	});

	it('opens a quotation in each paragraph it runs over and closes it in the last, and in table cells', async () => {
		expect(await html('> 引用"甲\n>\n> 乙"')).toBe('<blockquote>\n<p>引用“甲</p>\n<p>乙”</p>\n</blockquote>');
		expect(await html('| a | b |\n|---|---|\n| "x | y" |')).toContain('<td>“x</td>\n<td>y”</td>');
	});

	it('leaves dashes and dots as typed (English smartypants is off)', async () => {
		expect(await html('甲--乙...')).toBe('<p>甲--乙...</p>');
	});
});
