/** Straight quotes as Chinese paired quotes: the helper, and the site's Markdown pipeline around it. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/markdown.ts';
import { curlQuotes, openQuotes } from '../../../src/lib/zh/quotes.ts';

describe('curlQuotes', () => {
	it('pairs double and single quotes in turn', () => {
		expect(curlQuotes('职工说"工会就是娘家"，又说"好"。', openQuotes())).toBe('职工说“工会就是娘家”，又说“好”。');
		expect(curlQuotes("他说'六有'。", openQuotes())).toBe('他说‘六有’。');
	});

	it('keeps a pair open from one text to the next of the same block', () => {
		const state = openQuotes();
		expect(curlQuotes('开展"', state) + curlQuotes('十四五', state) + curlQuotes('"规划', state)).toBe('开展“十四五”规划');
	});

	it("reads an apostrophe between letters as one, not as a quote", () => {
		expect(curlQuotes("Xi'an 的 it's 和'引语'", openQuotes())).toBe('Xi’an 的 it’s 和‘引语’');
	});

	it('leaves text without straight quotes as it is', () => {
		const text = '已是“全角”引号';
		expect(curlQuotes(text, openQuotes())).toBe(text);
	});
});

describe('in the Markdown pipeline', async () => {
	const processor = await createMarkdownProcessor({ ...markdownOptions({ embedHosts: [] }), syntaxHighlight: false });
	const html = async (md: string) => (await processor.render(md)).code;

	it('pairs quotes across inline markup, paragraph by paragraph, and not in code', async () => {
		expect(await html('他说"**工会**就是娘家"。\n\n"新段落"')).toBe('<p>他说“<strong>工会</strong>就是娘家”。</p>\n<p>“新段落”</p>');
		expect(await html('输入 `"code"` 即可"好"')).toBe('<p>输入 <code>"code"</code> 即可“好”</p>');
	});

	it('leaves dashes and dots as typed (English smartypants is off)', async () => {
		expect(await html('甲--乙...')).toBe('<p>甲--乙...</p>');
	});
});
