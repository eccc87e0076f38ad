import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/frontmatter.ts';
import type { ImportedArticle } from '../../../src/lib/importer/index.ts';
import { escapeMarkdown, fileStem, frontmatterOf, NO_TITLE, renderArticle, renderBody } from '../../../src/lib/importer/render.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';

const schema = articleSchema({ gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' });

const base: ImportedArticle = {
	order: 3,
	firstLine: 145,
	lastLine: 156,
	start: 'byline',
	headline: { title: ['走访慰问 为快递小哥送上关爱'], unit: '紫阳县总工会', score: 2, how: 'content', items: [] },
	source: '本报讯',
	authors: [{ name: '王山功' }],
	unit: '紫阳县总工会',
	photographers: [],
	genre: '消息',
	genreReason: '有电头“本报讯”',
	counties: ['紫阳县'],
	cities: [],
	slug: 'ziyang',
	blocks: [{ kind: 'paragraph', text: '春节前夕，安康市紫阳县总工会开展慰问活动。' }],
	notes: [],
};
const options = { date: '2022-02-09', page: 3, column: '工运纵横' };

describe('frontmatter', () => {
	it('has the schema’s keys in its order, empty ones left out, draft: true', () => {
		const data = frontmatterOf(base, options);
		expect(Object.keys(data)).toEqual(['title', 'date', 'genre', 'source', 'authors', 'unit', 'counties', 'page', 'order', 'column', 'draft']);
		expect(data).toMatchObject({ title: '走访慰问 为快递小哥送上关爱', unit: '紫阳县总工会', authors: ['王山功'], draft: true });
	});

	it('a two-line headline is a list; the kicker its own key', () => {
		const data = frontmatterOf({ ...base, headline: { kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助', title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'], score: 1, how: 'content', items: [] } }, options);
		expect(data.title).toEqual(['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强']);
		expect(data.kicker).toBe('江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助');
	});

	it('a piece without a headline gets the placeholder and a comment saying so, never an invented title', () => {
		const { headline: _h, ...rest } = base;
		const text = renderArticle(rest, options);
		expect(text).toContain(`title: ${NO_TITLE}`);
		expect(text).toMatch(/# 版面上没有找到这篇的标题.*\ntitle: /);
	});

	it('a photo caption without a headline says that is normal', () => {
		const { headline: _h, ...rest } = base;
		expect(renderArticle({ ...rest, genre: '图片新闻', photographers: [{ name: '王辉' }] }, options)).toMatch(/# 图片新闻，版面上无标题属正常/);
	});

	it('quotes what YAML would misread, and validates against the article schema', () => {
		const tricky = { ...base, headline: { ...base.headline!, title: ['yes'], kicker: '# 不是注释: 也不是键', subtitle: '- 不是列表' } };
		const text = renderArticle(tricky, options);
		const parsed = parseArticleFile(text);
		expect(parsed.errors).toEqual([]);
		expect(parsed.data).toMatchObject({ title: 'yes', kicker: '# 不是注释: 也不是键', subtitle: '- 不是列表' });
		const result = schema.safeParse(parsed.data);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
		expect(result.data).toMatchObject({ date: '2022-02-09', counties: ['ziyang-xian'], draft: true, page: 3, order: 3 });
	});

	it('writes the day unquoted, as editors do', () => {
		expect(renderArticle(base, options)).toMatch(/^date: 2022-02-09$/m);
	});
});

describe('body', () => {
	it('paragraphs are separated by blank lines; a two-line subhead is ## line1<br>line2', () => {
		expect(
			renderBody([
				{ kind: 'paragraph', text: '第一段。' },
				{ kind: 'subhead', lines: ['免费洗衣送舒心', '让职工享受贴身服务'] },
				{ kind: 'paragraph', text: '第二段。' },
			]),
		).toBe('第一段。\n\n## 免费洗衣送舒心<br>让职工享受贴身服务\n\n第二段。');
	});

	it('escapes what Markdown would take for markup', () => {
		expect(escapeMarkdown('# 不是标题')).toBe('\\# 不是标题');
		expect(escapeMarkdown('- 不是列表')).toBe('\\- 不是列表');
		expect(escapeMarkdown('1. 不是编号')).toBe('1\\. 不是编号');
		expect(escapeMarkdown('利用“互联网+晒台”等形式，*号与<b>标签')).toBe('利用“互联网+晒台”等形式，\\*号与\\<b\\>标签');
	});
});

describe('file names', () => {
	it('are <MMDD>-<NN>-<pinyin>', () => {
		expect(fileStem(base, '2022-02-09')).toBe('0209-03-ziyang');
		expect(fileStem({ ...base, order: 12, slug: 'xiankunlun' }, '2022-11-30')).toBe('1130-12-xiankunlun');
	});
});
