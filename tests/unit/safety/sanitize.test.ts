/**
 * Hostile Markdown and MDX bodies through the site's real pipeline (@astrojs/markdown-remark
 * with our plugins; @mdx-js/mdx with the same rehype plugins), read back with cheerio: each case
 * asserts exactly what reaches the reader.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/markdown.ts';
import { embedAllowed } from '../../../src/plugins/sanitize.ts';

let render: (md: string) => Promise<cheerio.CheerioAPI>;
let html: (md: string) => Promise<string>;

beforeAll(async () => {
	const options = markdownOptions({ embedHosts: ['v.qq.com', 'player.bilibili.com'] });
	const processor = await createMarkdownProcessor({ ...options, syntaxHighlight: false });
	html = async (md) => (await processor.render(md)).code;
	render = async (md) => cheerio.load(await html(md), null, false);
});

describe('raw HTML in Markdown bodies', () => {
	it('drops <script> with its content', async () => {
		const $ = await render('正文<script>alert(1)</script>结束。');
		expect($('script').length).toBe(0);
		expect($.root().text()).toBe('正文结束。');
	});

	it('drops event handler attributes, keeps the image', async () => {
		const $ = await render('<img src="https://example.com/a.jpg" alt="图" onerror="alert(1)" onload="alert(2)">');
		expect($('img').attr()).toEqual({ src: 'https://example.com/a.jpg', alt: '图' });
	});

	it('drops javascript: links, written plainly, in mixed case and as entities', async () => {
		for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '&#106;avascript:alert(1)', ' javascript:alert(1)']) {
			const $ = await render(`<a href="${href}">点我</a>`);
			expect($('a').attr('href'), href).toBeUndefined();
			expect($('a').text()).toBe('点我');
		}
	});

	it('drops javascript: in Markdown link syntax too', async () => {
		const $ = await render('[点我](javascript:alert(1))');
		expect($('a').attr('href')).toBeUndefined();
	});

	it('drops data: URLs on links and images', async () => {
		const $ = await render('<a href="data:text/html,<script>alert(1)</script>">数据</a> <img src="data:image/svg+xml,<svg onload=alert(1)>">');
		expect($('a').attr('href')).toBeUndefined();
		expect($('img').attr('src')).toBeUndefined();
	});

	it('keeps http(s), mailto, tel and relative links', async () => {
		const $ = await render('[甲](https://example.com/) [乙](mailto:a@example.com) [丙](tel:+8629123) [丁](../2022/x/)');
		expect($('a').map((_, a) => $(a).attr('href')).get()).toEqual(['https://example.com/', 'mailto:a@example.com', 'tel:+8629123', '../2022/x/']);
	});

	it('removes iframes from hosts not in the site config', async () => {
		const $ = await render('<iframe src="https://evil.example.com/x"></iframe>\n\n<iframe src="https://v.qq.com.evil.example/x"></iframe>');
		expect($('iframe').length).toBe(0);
	});

	it('keeps an https iframe from a listed host, sandboxed and lazy', async () => {
		const $ = await render('<iframe src="https://v.qq.com/txp/iframe/player.html?vid=x" onload="alert(1)" title="视频"></iframe>');
		expect($('iframe').attr()).toEqual({
			src: 'https://v.qq.com/txp/iframe/player.html?vid=x',
			title: '视频',
			loading: 'lazy',
			referrerpolicy: 'strict-origin-when-cross-origin',
			sandbox: 'allow-scripts allow-same-origin allow-popups allow-presentation',
		});
	});

	it('removes a listed host over plain http', async () => {
		expect((await render('<iframe src="http://v.qq.com/x"></iframe>'))('iframe').length).toBe(0);
		expect(embedAllowed('https://user:pw@v.qq.com/', ['v.qq.com'])).toBe(false);
		expect(embedAllowed('https://m.v.qq.com/', ['v.qq.com'])).toBe(true);
	});

	it('drops <style> elements and style attributes', async () => {
		const $ = await render('<style>body{display:none}</style><span style="position:fixed;inset:0">红</span>');
		expect($('style').length).toBe(0);
		expect($('span').attr('style')).toBeUndefined();
		expect($.root().text()).toBe('红');
	});

	it('drops ids that could clash with the page (id="main"), and classes', async () => {
		const $ = await render('<p id="main" class="site-header">段落</p>');
		expect($('p').attr()).toEqual({});
	});

	it('removes forms, objects, embeds, svg, meta refresh and base', async () => {
		const out = await html(
			'<form action="https://evil.example/"><input name="pw"></form><object data="x.swf"></object><embed src="x.swf"><svg onload="alert(1)"><text>t</text></svg><meta http-equiv="refresh" content="0;url=https://evil.example/"><base href="https://evil.example/"><link rel="stylesheet" href="https://evil.example/x.css">',
		);
		expect(out).not.toMatch(/<(form|input|object|embed|svg|meta|base|link)\b/);
	});

	it('keeps what news needs: tables, figures, ruby, sup/sub, marks, time', async () => {
		const $ = await render(
			'<figure><img src="./a.jpg" alt="图"><figcaption>图注</figcaption></figure>\n\n<table><caption>表</caption><tr><th scope="col">甲</th></tr><tr><td colspan="2">1</td></tr></table>\n\n<ruby>工<rp>(</rp><rt>gōng</rt><rp>)</rp></ruby> H<sub>2</sub>O 10<sup>3</sup> <mark>重点</mark> <time datetime="2022-02-09">2月9日</time>',
		);
		expect($('figure > img + figcaption').text()).toBe('图注');
		expect($('table caption').text()).toBe('表');
		expect($('th').attr('scope')).toBe('col');
		expect($('td').attr('colspan')).toBe('2');
		expect($('ruby rt').text()).toBe('gōng');
		expect($('sub').text()).toBe('2');
		expect($('sup').text()).toBe('3');
		expect($('mark').text()).toBe('重点');
		expect($('time').attr('datetime')).toBe('2022-02-09');
	});

	it('GFM footnotes keep working links, with a Chinese label', async () => {
		const $ = await render('正文[^1]\n\n[^1]: 注释内容。');
		const ref = $('a[data-footnote-ref]');
		const target = ref.attr('href')!.slice(1);
		expect($(`[id="${target}"]`).text()).toContain('注释内容');
		expect($('#footnote-label').text()).toBe('注释');
		expect(ref.attr('aria-describedby')).toBe('footnote-label');
	});

	it('HTML comments do not survive (they could hide conditional markup)', async () => {
		expect(await html('正文<!-- <script>alert(1)</script> -->')).not.toContain('<!--');
	});
});

describe('MDX bodies', () => {
	async function mdx(source: string): Promise<string> {
		const options = markdownOptions({ embedHosts: [] });
		return String(await compile(source, { rehypePlugins: options.rehypePlugins as never }));
	}

	it('lowercase JSX tags are sanitised like HTML', async () => {
		const code = await mdx('正文<img src="https://example.com/a.png" onError="alert(1)" />。\n\n<script>{"alert(2)"}</script>\n\n<a href="javascript:alert(3)">链接</a>');
		expect(code).not.toMatch(/onError|onerror/);
		expect(code).not.toContain('"script"');
		expect(code).not.toContain('javascript:');
		expect(code).toContain('"https://example.com/a.png"');
	});

	it('components stay, and their children are sanitised', async () => {
		const code = await mdx("import PullQuote from '@mdx/PullQuote.astro';\n\n<PullQuote cite=\"职工\">心声<script>{'x'}</script><a href=\"javascript:alert(1)\">链</a></PullQuote>");
		expect(code).toContain('PullQuote');
		expect(code).toContain('"职工"');
		expect(code).not.toContain('"script"');
		expect(code).not.toContain('javascript:');
	});
});
