import { describe, expect, it } from 'vitest';
import { MASK } from '../../../src/lib/lint/chars.ts';
import { proseMap } from '../../../src/lib/lint/prose.ts';
import { lint, where } from './helpers.ts';

describe('only prose is linted', () => {
	it('skips code spans and fenced code blocks', () => {
		expect(lint('看 `工 会,组织` 这里。\n\n```\n工 会,组织 "x"\n```\n')).toEqual([]);
		expect(lint('~~~text\n工 会\n~~~\n\n    工 会 缩进代码\n')).toEqual([]);
	});

	it('skips URLs, HTML tags, comments and entities', () => {
		expect(lint('网址https://example.com/a,b?c=d!e 和 <https://x.cn/a,b>。')).toEqual([]);
		expect(lint('## 免费洗衣送舒心<br>让职工享受贴身服务\n\n<span class="x">工会</span>&nbsp;组织\n')).toEqual([]);
		expect(lint('<!-- 在这里 写正文,好 -->\n')).toEqual([]);
	});

	it('lints link text and image alt text, not their addresses', () => {
		expect(lint('见[工会网站](https://a.cn/x,y)与![工会图片](./a,b.jpg)。')).toEqual([]);
		expect(where('见[工 会网站](https://a.cn/)。')).toEqual(['stray-space@1:4']);
	});

	it('skips Markdown syntax: headings, quotes, lists, emphasis, escapes', () => {
		expect(lint('## 小标题\n\n> 引用的话。\n\n- 第一项\n1. 第二项\n\n**加粗**和*斜体*\\*星号\n')).toEqual([]);
	});

	it('skips YAML keys and syntax, and values that are not copy', () => {
		expect(lint("---\ntitle: 标题\ntags: [甲, 乙]\nimage: ./图 片.jpg\ndate: 2022-02-09\n# 注释 , 不查\n---\n")).toEqual([]);
	});

	it('skips tags written over several lines', () => {
		expect(lint('<Photo\n  src="./a.jpg"\n  alt="职工在洗衣房"\n/>\n\n正文。\n', 'newspaper', true)).toEqual([]);
	});

	it('skips MDX imports and expressions in .mdx files only', () => {
		const text = 'import Photo from "./Photo.astro";\n\n工会{"工 会"}组织\n';
		expect(lint(text, 'newspaper', true)).toEqual([]);
		expect(lint(text, 'newspaper', false).length).toBeGreaterThan(0);
	});

	it('keeps offsets: the masked text has the file’s length and line breaks', () => {
		const text = '---\ntitle: 标题\n---\n\n看 `code` 和 <br>。\r\n';
		const { masked, bodyStart } = proseMap(text);
		expect(masked.length).toBe(text.length);
		expect(masked.split('\n').length).toBe(text.split('\n').length);
		expect(masked.slice(bodyStart)).toBe(`\n看 ${MASK.repeat(6)} 和 ${MASK.repeat(4)}。${MASK}\n`);
		expect(masked.slice(0, bodyStart)).toContain('标题');
		expect(masked.slice(0, bodyStart)).not.toContain('title');
	});

	it('reports file lines and columns in frontmatter and body', () => {
		const text = '\uFEFF---\ntitle: 为 46名\nkicker: |\n  工 会\n---\n\n正文，，\n';
		expect(where(text)).toEqual(['no-space@2:9', 'stray-space@4:4', 'duplicate-punctuation@7:3']);
	});
});
