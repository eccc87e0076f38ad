/**
 * Every frontmatter mistake an editor can make stops the build with one message that names
 * the file, the line, the field, what was expected and how to fix it (Chinese, English beside).
 * These pin the messages; docs/editing.md quotes them.
 */
import { describe, expect, it } from 'vitest';
import { mdxSyntaxCheck } from '../../src/cli/checks.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles, type Diagnostic, type SourceFile } from '../../src/lib/validate.ts';

const gazetteer = getGazetteer('陕西省');
const ok = 'title: 标题\ndate: 2022-02-09\n';

function file(entry: string, source: string): SourceFile {
	return { file: `content/articles/${entry}`, entry, source };
}

/** Diagnostics for one or more in-memory files; images exist only if listed. */
function check(files: SourceFile[] | string, images: string[] = []): Diagnostic[] {
	const list = typeof files === 'string' ? [file('2022/0209-a.md', files)] : files;
	return validateArticles(list, {
		gazetteer,
		defaultColumn: '工运纵横',
		fileExists: (_entry, relative) => images.includes(relative),
		extraChecks: [mdxSyntaxCheck],
	}).diagnostics;
}

/** The only diagnostic, asserting there is exactly one. */
function only(files: SourceFile[] | string, images: string[] = []): Diagnostic {
	const diagnostics = check(files, images);
	expect(diagnostics).toHaveLength(1);
	return diagnostics[0]!;
}

describe('required fields', () => {
	it('missing title', () => {
		const d = only('---\ndate: 2022-02-09\n---\n\n正文\n');
		expect(d).toMatchObject({ file: 'content/articles/2022/0209-a.md', line: 2, field: 'title' });
		expect(d.message).toBe('缺少主题 title (required)：加一行 title: 文章标题。');
	});

	it('empty title', () => {
		const d = only('---\ntitle:\ndate: 2022-02-09\n---\n');
		expect(d).toMatchObject({ line: 2, field: 'title' });
		expect(d.message).toBe('主题 title 不能为空 (must not be empty)：在 title: 后面写上文章标题。');
	});

	it('missing date', () => {
		const d = only('---\ntitle: 标题\n---\n');
		expect(d).toMatchObject({ line: 2, field: 'date' });
		expect(d.message).toBe('缺少见报日期 date (required)：加一行 date: 2022-02-09（年-月-日）。');
	});
});

describe('dates', () => {
	it('a date not written year-month-day', () => {
		const d = only('---\ntitle: 标题\ndate: 2022年2月9日\n---\n');
		expect(d).toMatchObject({ line: 3, field: 'date' });
		expect(d.message).toBe('见报日期 date “2022年2月9日”不是有效日期 (invalid date)：写成 年-月-日，例如 2022-02-09。');
	});

	it('a day that does not exist, which YAML would silently move to March', () => {
		for (const typed of ['2022-02-30', "'2022-02-30'"]) {
			const d = only(`---\ntitle: 标题\ndate: ${typed}\n---\n`);
			expect(d).toMatchObject({ line: 3, field: 'date' });
			expect(d.message).toContain('“2022-02-30”不是有效日期 (invalid date)');
		}
	});
});

describe('genre and other values', () => {
	it('unknown genre lists the choices', () => {
		const d = only(`---\n${ok}genre: 新闻\n---\n`);
		expect(d).toMatchObject({ line: 4, field: 'genre' });
		expect(d.message).toBe('体裁 genre “新闻”不在可选范围内 (unknown genre)：可选 消息、通讯、评论、图片新闻、人物、其他。');
	});

	it('page must be a whole number, draft true or false, kicker not empty', () => {
		const diagnostics = check(`---\n${ok}page: 三\ndraft: 是\nkicker:\n---\n`);
		expect(diagnostics.map((d) => [d.line, d.field])).toEqual([
			[4, 'page'],
			[5, 'draft'],
			[6, 'kicker'],
		]);
		expect(diagnostics[0]!.message).toBe('版次（page）应是正整数，例如 page: 3 (expected a whole number)。');
		expect(diagnostics[1]!.message).toBe('草稿 draft 应写 true 或 false (expected true or false)。');
		expect(diagnostics[2]!.message).toBe('引题（kicker）不能为空 (must not be empty)：在 kicker: 后面填写内容，或删掉这一行。');
	});
});

describe('place names', () => {
	it('unknown county suggests the homophone', () => {
		const d = only(`---\n${ok}counties: [靖边县, 紫杨县]\n---\n`);
		expect(d).toMatchObject({ line: 4, field: 'counties.1' });
		expect(d.message).toBe('县区（counties）“紫杨县”不是已知的县级行政区 (unknown place)。最接近的有：紫阳县、紫金县。');
	});

	it('ambiguous county outside the home province asks for the qualified name', () => {
		const d = only(`---\n${ok}counties:\n  - 紫阳县\n  - 朝阳区\n---\n`);
		expect(d).toMatchObject({ line: 6, field: 'counties.1' });
		expect(d.message).toContain('“朝阳区”在全国有 2 处，本省（陕西省）没有 (ambiguous place name)：请写明所属地区，例如 北京市朝阳区、长春市朝阳区。');
	});

	it('a county under cities, a city under counties', () => {
		const diagnostics = check(`---\n${ok}counties: [西安市]\ncities: [紫阳县]\n---\n`);
		expect(diagnostics.map((d) => [d.line, d.field])).toEqual([
			[4, 'counties.0'],
			[5, 'cities.0'],
		]);
		expect(diagnostics[0]!.message).toBe('县区（counties）“西安市”是地级市，不是县区 (a city, not a county)：请写在 cities 中，例如 cities: [西安市]。');
		expect(diagnostics[1]!.message).toBe('市（cities）“紫阳县”是县级行政区，不是地级市 (a county, not a city)：请写在 counties 中，例如 counties: [紫阳县]。');
	});

	it('several places typed as one value', () => {
		const d = only(`---\n${ok}counties: 紫阳县，靖边县\n---\n`);
		expect(d.message).toBe('县区（counties）“紫阳县，靖边县”像是几个地名写在了一起 (several places in one value)：请写成列表，例如 counties: [紫阳县, 靖边县]（方括号，英文逗号分隔）。');
	});
});

describe('unknown keys', () => {
	it('a typo names the key it was meant to be, each on its own line', () => {
		const diagnostics = check(`---\n${ok}tittle: 标题\nauthor: 王山功\nfoo: 1\n---\n`);
		expect(diagnostics.map((d) => [d.line, d.field, d.message])).toEqual([
			[4, 'tittle', '未知字段 (unknown field) “tittle”：是不是要写 title（主题）？请改正拼写。'],
			[5, 'author', '未知字段 (unknown field) “author”：是不是要写 authors（作者）？请改正拼写。'],
			[6, 'foo', '未知字段 (unknown field) “foo”：请删掉这一行，可用字段见编辑指南 docs/editing.md。'],
		]);
	});
});

describe('YAML syntax', () => {
	it('missing space after the colon', () => {
		const d = only('---\ntitle:标题\ndate: 2022-02-09\n---\n');
		expect(d.line).toBe(2);
		expect(d.message).toContain('frontmatter 的 YAML 格式有误 (YAML syntax error');
		expect(d.message).toContain('字段名后缺少英文冒号和空格');
	});

	it('an unclosed quote is reported where it opens', () => {
		const d = only('---\ntitle: "标题\ndate: 2022-02-09\n---\n');
		expect(d.line).toBe(2);
		expect(d.message).toContain('引号没有成对 (unclosed quote)');
	});

	it('an unclosed list bracket is reported where it opens', () => {
		const d = only(`---\n${ok}tags: [工企互助, 劳动竞赛\npage: 3\n---\n`);
		expect(d.line).toBe(4);
		expect(d.message).toContain('方括号没有闭合 (unclosed [ ])');
	});

	it('a colon and space inside a value', () => {
		const d = only('---\ntitle: 工会: 新时代\ndate: 2022-02-09\n---\n');
		expect(d.line).toBe(2);
		expect(d.message).toContain('请改用中文冒号“：”，或把整个值用单引号括起来');
	});

	it('a key written twice', () => {
		const d = only(`---\n${ok}title: 又一个\n---\n`);
		expect(d.line).toBe(4);
		expect(d.field).toBe('title');
		expect(d.message).toContain('同一个字段 title 写了两次 (duplicate key “title”)');
	});

	it('no frontmatter at all', () => {
		const d = only('正文\n');
		expect(d.line).toBe(1);
		expect(d.message).toBe('文件开头缺少 frontmatter (missing frontmatter)：第一行应是 ---，写完字段后再用一行 --- 结束。可用 npm run new 生成模板。');
	});
});

describe('duplicate article id/URL', () => {
	it('two files that would get the same address', () => {
		const d = only([file('2022/0209-a.md', `---\n${ok}---\n`), file('2022/0209-A.mdx', `---\n${ok}---\n`)]);
		expect(d.file).toBe('content/articles/2022/0209-A.mdx');
		expect(d.message).toBe('与 content/articles/2022/0209-a.md 的网址相同 (duplicate article id/URL “2022/0209-a”)：两篇文章不能同名，请给其中一个文件改名。');
	});
});

describe('images', () => {
	it('a frontmatter image that does not exist', () => {
		const d = only(`---\n${ok}image: ./photo.jpg\nimageAlt: 职工在洗衣房\n---\n`);
		expect(d).toMatchObject({ line: 4, field: 'image' });
		expect(d.message).toBe('图片 image “./photo.jpg”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名和位置。');
		expect(check(`---\n${ok}image: ./photo.jpg\nimageAlt: 职工在洗衣房\n---\n`, ['./photo.jpg'])).toEqual([]);
	});

	it('an image without its description', () => {
		const d = only(`---\n${ok}image: ./photo.jpg\n---\n`, ['./photo.jpg']);
		expect(d).toMatchObject({ line: 4, field: 'imageAlt' });
		expect(d.message).toContain('有图片 image 时必须填写图片说明 imageAlt (required with image)');
	});

	it('an image in the body that does not exist; web addresses are not checked', () => {
		const d = only(`---\n${ok}---\n\n正文。\n\n![职工在洗衣房](./wash.jpg)\n\n![外链](https://example.cn/a.jpg)\n`);
		expect(d.line).toBe(8);
		expect(d.message).toBe('正文中的图片“./wash.jpg”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名（含大小写和扩展名）和位置。');
	});
});

describe('MDX syntax', () => {
	it('an unclosed tag, at its file line', () => {
		const d = only([file('2022/0209-a.mdx', `---\n${ok}---\n\n第一段。\n\n工会 <br> 组织\n`)]);
		expect(d.line).toBe(8);
		expect(d.message).toContain('MDX 语法错误 (MDX syntax error: Expected a closing tag for `<br>` (8:4-8:8)');
		expect(d.message).toContain('<br> 要写成 <br />');
	});

	it('braces in the text', () => {
		const d = only([file('2022/0209-a.mdx', `---\n${ok}---\n\n第一段 {职工 之家}\n`)]);
		expect(d.line).toBe(6);
		expect(d.message).toContain('请写成 \\{ 和 \\}');
	});

	it('a lone < before a digit', () => {
		const d = only([file('2022/0209-a.mdx', `---\n${ok}---\n\n气温<3度\n`)]);
		expect(d.line).toBe(6);
		expect(d.message).toContain('请写成 \\<');
	});

	it('is only for .mdx: the same text in .md is fine', () => {
		expect(check(`---\n${ok}---\n\n工会 <br> 组织 {职工}\n`)).toEqual([]);
	});
});

describe('one run lists every mistake in a file', () => {
	it('frontmatter and body problems together, top to bottom', () => {
		const diagnostics = check([file('2022/0209-a.mdx', `---\ntitle: 标题\ndate: 2022-02-30\ngenre: 新闻\n---\n\n![图](./none.jpg)\n\n工会 <br> 组织\n`)]);
		expect(diagnostics.map((d) => [d.line, d.field ?? ''])).toEqual([
			[3, 'date'],
			[4, 'genre'],
			[7, ''],
			[9, ''],
		]);
	});
});
