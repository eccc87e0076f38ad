/**
 * Bad input an editor (or an attacker) can hand the checker, each with its exact outcome: the
 * named error with file, line and field, the converted text, or the escaped output.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { mdxPolicyCheck, mdxSyntaxCheck } from '../../../src/cli/checks.ts';
import { parseArticleFile } from '../../../src/lib/frontmatter.ts';
import { sniffImage } from '../../../src/lib/hygiene/image.ts';
import { decodeArticleBytes, findControlChars, fixBytes } from '../../../src/lib/hygiene/text.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { jsonForScript } from '../../../src/lib/structured-data.ts';
import { validateArticles, type Diagnostic, type ImageProblem } from '../../../src/lib/validate.ts';

const gazetteer = getGazetteer('陕西省');
const ok = 'title: 标题\ndate: 2022-02-09\n';

function check(source: string, options: { entry?: string; images?: Record<string, ImageProblem>; today?: string } = {}): Diagnostic[] {
	const entry = options.entry ?? '2022/0209-a.md';
	return validateArticles([{ file: `content/articles/${entry}`, entry, source }], {
		gazetteer,
		defaultColumn: '工运纵横',
		inspectImage: (_entry, rel) => options.images?.[rel],
		today: options.today ?? '2022-02-10',
		maxFutureDays: 3,
		extraChecks: [mdxSyntaxCheck, mdxPolicyCheck],
	}).diagnostics;
}

const mdx = (body: string) => check(`---\n${ok}---\n${body}`, { entry: '2022/0209-a.mdx' });

describe('MDX runs no code', () => {
	it('export const x = process.env.X', () => {
		const d = mdx('\nexport const x = process.env.HOME;\n\n正文\n');
		expect(d.map((x) => [x.line, x.message.split(' (')[0]])).toEqual([
			[6, 'MDX 文章里不能写 export'],
			[6, 'MDX 文章里不能使用 process'],
		]);
	});

	it("import { readFileSync } from 'node:fs'", () => {
		const [d] = mdx("import { readFileSync } from 'node:fs';\n\n正文\n");
		expect(d).toMatchObject({ file: 'content/articles/2022/0209-a.mdx', line: 5 });
		expect(d!.message).toContain('不能导入“node:fs”');
	});

	it("import fs from 'fs' and a package", () => {
		expect(mdx("import fs from 'fs';\nimport x from 'astro/zod';\n\n正文\n").map((d) => d.line)).toEqual([5, 6]);
	});

	it('dynamic import() and import.meta in an expression', () => {
		const d = mdx("\n正文 {import('node:child_process')} 和 {import.meta.env.SECRET}\n");
		expect(d.map((x) => x.message.match(/不能使用 (\S+)/)?.[1])).toEqual(['import()', 'import.meta']);
		expect(d.every((x) => x.line === 6)).toBe(true);
	});

	it('a constructor chain to Function, and globalThis in an attribute', () => {
		const d = mdx("import PullQuote from '@mdx/PullQuote.astro';\n\n{[].constructor.constructor('return process')()}\n\n<PullQuote cite={globalThis.x}>引语</PullQuote>\n");
		expect(d.map((x) => [x.line, x.message.match(/不能使用 (\S+)/)?.[1]])).toEqual([
			[7, 'constructor'],
			[9, 'globalThis'],
		]);
	});

	it('require()', () => {
		expect(mdx("\n{require('child_process')}\n")[0]!.message).toContain('不能使用 require');
	});

	it('a missing component names the import line (not 3 lines off)', () => {
		const [d] = mdx("import Chart from '@mdx/Chart.astro';\n\n<Chart />\n");
		expect(d).toMatchObject({ line: 5 });
		expect(d!.message).toBe('组件“@mdx/Chart.astro”不存在 (component not found)：src/components/mdx/ 里没有这个文件，请检查文件名（含大小写和 .astro 扩展名）。');
	});

	it('a component used without import', () => {
		const [d] = mdx('\n<PullQuote>引语</PullQuote>\n');
		expect(d).toMatchObject({ line: 6 });
		expect(d!.message).toContain("import PullQuote from '@mdx/PullQuote.astro'");
	});

	it('a relative import that leaves the trusted folder', () => {
		expect(mdx("import X from '../../../src/pages/index.astro';\n\n<X />\n")[0]!.message).toContain('MDX 只能导入本站的组件');
	});

	it('the trusted component passes', () => {
		expect(mdx("import PullQuote from '@mdx/PullQuote.astro';\n\n<PullQuote cite=\"职工\">引语</PullQuote>\n")).toEqual([]);
	});
});

describe('file bytes', () => {
	const gbk = (text: string) => {
		// GB18030 bytes of a few common characters, built without an encoder (Node has none for it).
		const table: Record<string, number[]> = { 标: [0xb1, 0xea], 题: [0xcc, 0xe2], 正: [0xd5, 0xfd], 文: [0xce, 0xc4] };
		return Uint8Array.from([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
	};

	it('GBK is recognised, with the line of the first non-UTF-8 byte', () => {
		const decoded = decodeArticleBytes(gbk('---\ntitle: 标题\n---\n正文\n'));
		expect(decoded).toEqual({ ok: false, encoding: 'gb18030', text: '---\ntitle: 标题\n---\n正文\n', line: 2 });
	});

	it('lint --fix converts GBK to UTF-8; without --fix it only says so', () => {
		expect(fixBytes(gbk('---\ntitle: 标题\n---\n'), false)).toMatchObject({ text: undefined, changed: false, notes: [{ line: 2, fixed: false }] });
		const fixed = fixBytes(gbk('---\ntitle: 标题\n---\n'), true);
		expect(fixed).toMatchObject({ text: '---\ntitle: 标题\n---\n', changed: true });
		expect(fixed.notes[0]!.message).toBe('已从 GBK/GB18030 转换为 UTF-8 (converted from GBK/GB18030 to UTF-8)。');
	});

	it('UTF-16 with a byte-order mark (Word "Unicode")', () => {
		const bytes = Uint8Array.from([0xff, 0xfe, ...[...'---\n标题'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
		expect(decodeArticleBytes(bytes)).toMatchObject({ ok: false, encoding: 'utf-16le', text: '---\n标题' });
	});

	it('a PNG named .md is not text', () => {
		const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00, 0xfe]);
		expect(decodeArticleBytes(png)).toMatchObject({ ok: false, encoding: undefined, line: 1 });
	});

	it('control characters: NUL, escape and a bidi override, with line and column', () => {
		expect(findControlChars('标题\n正\u0000文\u001b[31m\n\u202e反转')).toEqual([
			{ line: 2, column: 2, code: 'U+0000' },
			{ line: 2, column: 4, code: 'U+001B' },
			{ line: 3, column: 1, code: 'U+202E' },
		]);
	});

	it('--fix removes control characters but keeps U+FFFD for the editor', () => {
		const fixed = fixBytes(new TextEncoder().encode('正\u0000文\ufffd\n'), true);
		expect(fixed.text).toBe('正文\ufffd\n');
		expect(fixed.notes.map((n) => n.fixed)).toEqual([true, false]);
	});

	it('tabs, CRLF line ends and a BOM are fine', () => {
		expect(findControlChars('\ufeff---\r\ntitle:\t标题\r\n')).toEqual([]);
	});
});

describe('images are real images', () => {
	it('recognises formats by content, not by name', () => {
		const pad = (bytes: number[]) => Uint8Array.from([...bytes, ...new Array(16).fill(0)]);
		expect(sniffImage(pad([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
		expect(sniffImage(pad([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
		expect(sniffImage(new TextEncoder().encode('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBe('svg');
		expect(sniffImage(new TextEncoder().encode('<!DOCTYPE html><html><body>404 Not Found</body></html>'))).toBeUndefined();
		expect(sniffImage(new Uint8Array())).toBeUndefined();
		expect(sniffImage(new TextEncoder().encode('PK\u0003\u0004 word/document.xml'))).toBeUndefined();
	});

	it('each problem has its own message on the image line and field', () => {
		const source = `---\n${ok}image: ./photo.jpg\nimageAlt: 职工\n---\n`;
		const messages = (['outside', 'empty', 'not-image'] as const).map((problem) => {
			const [d] = check(source, { images: { './photo.jpg': problem } });
			expect(d).toMatchObject({ line: 4, field: 'image' });
			return d!.message.split(/ ?\(/)[0];
		});
		expect(messages).toEqual(['图片 image “./photo.jpg”在 content 文件夹以外', '图片 image “./photo.jpg”是空文件（0 字节）', '图片 image “./photo.jpg”不是图片']);
	});

	it('a body image outside content/ is named with its line', () => {
		const [d] = check(`---\n${ok}---\n\n![图](../../../../etc/passwd)\n`, { images: { '../../../../etc/passwd': 'outside' } });
		expect(d).toMatchObject({ line: 6 });
		expect(d!.message).toContain('在 content 文件夹以外');
	});
});

describe('dates in the future', () => {
	it('2099 is refused with the field and a fix', () => {
		const [d] = check('---\ntitle: 标题\ndate: 2099-02-09\n---\n');
		expect(d).toMatchObject({ line: 3, field: 'date' });
		expect(d!.message).toBe('见报日期 date “2099-02-09”比今天（2022-02-10）晚 28123 天 (date in the future)：最多只能晚 3 天。请核对年份；还没见报的稿件请加 draft: true。');
	});

	it('up to maxFutureDays ahead is allowed; a future draft too', () => {
		expect(check('---\ntitle: 标题\ndate: 2022-02-13\n---\n')).toEqual([]);
		expect(check('---\ntitle: 标题\ndate: 2022-02-14\n---\n')).toHaveLength(1);
		expect(check('---\ntitle: 标题\ndate: 2099-02-09\ndraft: true\n---\n')).toEqual([]);
	});
});

describe('one YAML reading, identical to Astro', () => {
	// Astro's own frontmatter parser, resolved from astro itself (not our copy of js-yaml).
	const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
	const astroFrontmatter = () => import(fromAstro.resolve('@astrojs/internal-helpers/frontmatter'));

	const CASES = [
		'---\ntitle: 标题\ndraft: yes\n---\n',
		'---\ntitle: 标题\ndate: 2022-02-09\npage: 03\norder: 0x1f\n---\n',
		'---\ntitle: on\ntags: [NO, off, y]\n---\n',
		'\n\n---\ntitle: 前面有空行\n---\n正文\n',
		'\ufeff---\ntitle: 有 BOM\n---\n',
		'---\r\ntitle: CRLF\r\ndate: 2022-02-09 20:00\r\n---\r\n',
		'---\ntitle: &a 锚点\nsubtitle: *a\n---\n',
		'---\ntitle: "转义 \\u4e2d"\n---\n',
	];

	it('our data equals Astro parseFrontmatter for tricky YAML', async () => {
		const { parseFrontmatter } = await astroFrontmatter();
		for (const source of CASES) expect(parseArticleFile(source).data, JSON.stringify(source)).toEqual(parseFrontmatter(source).frontmatter);
	});

	it('draft: yes is the string "yes" to both, so the checker refuses it with the field', () => {
		const [d] = check(`---\n${ok}draft: yes\n---\n`);
		expect(d).toMatchObject({ line: 4, field: 'draft', message: '草稿 draft 应写 true 或 false (expected true or false)。' });
	});

	it('where Astro throws, the checker reports (duplicate key), naming the field', async () => {
		const { parseFrontmatter } = await astroFrontmatter();
		const source = `---\n${ok}date: 2022-02-10\n---\n`;
		expect(() => parseFrontmatter(source)).toThrow(/duplicated mapping key/);
		expect(check(source)).toEqual([
			{
				file: 'content/articles/2022/0209-a.md',
				line: 4,
				field: 'date',
				message: '同一个字段 date 写了两次 (duplicate key “date”)：每个字段只能写一次，请删掉其中一行（保留正确的那一行）。',
			},
		]);
	});

	it('frontmatter after blank lines: lines still count from the top of the file', () => {
		const [d] = check('\n\n---\ntitle: 标题\ndate: 2022-02-30\n---\n');
		expect(d).toMatchObject({ line: 5, field: 'date' });
	});
});

describe('JSON-LD', () => {
	it('escapes < > & and line separators, and stays the same JSON', () => {
		const value = { headline: '</script><script>alert(1)</script>&\u2028' };
		const text = jsonForScript(value);
		expect(text).toBe('{"headline":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\u0026\\u2028"}');
		expect(JSON.parse(text)).toEqual(value);
	});
});
