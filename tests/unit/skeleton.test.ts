import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/frontmatter.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';
import {
	BODY_PLACEHOLDER,
	FIELDS,
	articleEntry,
	checkField,
	normalizeDate,
	parseAnswer,
	renderSkeleton,
	splitList,
	titleSlug,
	type SkeletonFields,
} from '../../src/lib/skeleton.ts';
import { validateArticles } from '../../src/lib/validate.ts';

const context = { gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' };
const spec = (key: string) => FIELDS.find((f) => f.key === key)!;

function validate(text: string, entry = '2022/0209-x.md') {
	return validateArticles([{ file: `content/articles/${entry}`, entry, source: text }], context);
}

describe('skeleton frontmatter', () => {
	it('is a valid draft article with the answers given, in the printed order', () => {
		const fields: SkeletonFields = {
			kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助',
			title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'],
			date: '2022-02-09',
			genre: '消息',
			source: '据《工人日报》',
			authors: ['记者 刘强', '王山功'],
			counties: ['紫阳县', '盐城市滨海县'],
			cities: ['西安市'],
			tags: ['工企互助'],
			page: 3,
			order: 1,
		};
		const text = renderSkeleton(fields);
		const { articles, diagnostics } = validate(text);
		expect(diagnostics).toEqual([]);
		const data = articles[0]!.data;
		expect(data).toMatchObject({ title: fields.title, date: '2022-02-09', genre: '消息', page: 3, order: 1, draft: true });
		// 记者 刘强 as typed is read as role + name (src/lib/authors.ts).
		expect(data.authors).toEqual([{ name: '刘强', role: '记者' }, { name: '王山功' }]);
		expect(data.counties).toEqual(['ziyang-xian', 'binhai-xian']);
		expect(Object.keys(parseArticleFile(text).data)).toEqual(['kicker', 'title', 'date', 'genre', 'source', 'authors', 'counties', 'cities', 'tags', 'page', 'order', 'draft']);
		expect(text).toContain('date: 2022-02-09\n');
		expect(text).toContain('counties: [紫阳县, 盐城市滨海县]\n');
		expect(text.endsWith(`---\n\n${BODY_PLACEHOLDER}\n`)).toBe(true);
	});

	it('leaves out what was not answered and writes a one-line title as text', () => {
		const text = renderSkeleton({ title: ['走访慰问 为快递小哥送上关爱'], date: '2022-02-09', tags: [], source: '' });
		expect(text).toBe(`---\ntitle: 走访慰问 为快递小哥送上关爱\ndate: 2022-02-09\ndraft: true\n---\n\n${BODY_PLACEHOLDER}\n`);
		expect(validate(text).diagnostics).toEqual([]);
	});

	it('quotes values YAML would misread (yes, colon-space, #, numbers)', () => {
		const fields: SkeletonFields = { title: ['工会: 新时代'], date: '2022-02-09', source: 'yes', tags: ['#话题', '2022'], unit: '1:2' };
		const { articles, diagnostics } = validate(renderSkeleton(fields));
		expect(diagnostics).toEqual([]);
		expect(articles[0]!.data).toMatchObject({ title: ['工会: 新时代'], source: 'yes', tags: ['#话题', '2022'], unit: '1:2' });
	});

	it('passes the plain schema too (no build-only options needed)', () => {
		const parsed = parseArticleFile(renderSkeleton({ title: ['标题'], date: '2022-02-09' }));
		expect(articleSchema(context).safeParse(parsed.data).success).toBe(true);
	});
});

describe('file names', () => {
	it('are <year>/<MMDD>[-<order>]-<pinyin of about five syllables>.md', () => {
		expect(articleEntry({ title: ['走访慰问 为快递小哥送上关爱'], date: '2022-02-09' })).toBe('2022/0209-zoufang-weiwen-wei.md');
		expect(articleEntry({ title: ['走访慰问 为快递小哥送上关爱'], date: '2022-02-09', order: 3 })).toBe('2022/0209-03-zoufang-weiwen-wei.md');
		expect(articleEntry({ title: ['工会晒出为企业贡献有多大', '企业晒出'], date: '2023-12-01' })).toMatch(/^2023\/1201-gonghui-/);
	});

	it('make short ASCII slugs, joining one-character words', () => {
		expect(titleSlug('群策群力 确保企业增产增效')).toBe('quncequnli-quebao');
		expect(titleSlug('李钊赵毅被追授西安市五一劳动奖章')).toBe('lizhaozhaoyibei');
		expect(titleSlug('5G网络助力Astro工会')).toBe('5g-wangluo-zhuli');
		expect(titleSlug('重庆市总工会')).toMatch(/^chongqing/);
		expect(titleSlug('！！！')).toBe('wenzhang');
		for (const title of ['围绕“六有”打造规范化基层工会', '培育工会服务模式 打造政工联建品牌']) {
			const slug = titleSlug(title);
			expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(slug.length).toBeLessThanOrEqual(30);
		}
	});
});

describe('answers', () => {
	it('accept dates the way editors type them, and refuse days that do not exist', () => {
		expect(normalizeDate('2022-02-09')).toBe('2022-02-09');
		expect(normalizeDate('2022-2-9')).toBe('2022-02-09');
		expect(normalizeDate('2022年2月9日')).toBe('2022-02-09');
		expect(normalizeDate('2022/02/09')).toBe('2022-02-09');
		expect(normalizeDate('2022-02-30')).toBeUndefined();
		expect(normalizeDate('二〇二二年')).toBeUndefined();
		const bad = parseAnswer(spec('date'), '2022-13-01');
		expect(!bad.ok && bad.message).toContain('不是有效日期 (invalid date)');
	});

	it('accept a genre by name or number', () => {
		expect(parseAnswer(spec('genre'), '通讯')).toEqual({ ok: true, value: '通讯' });
		expect(parseAnswer(spec('genre'), '3')).toEqual({ ok: true, value: '评论' });
		const bad = parseAnswer(spec('genre'), '新闻');
		expect(!bad.ok && bad.message).toContain('unknown genre');
	});

	it('split lists on commas of either width and 、, keeping spaces inside a name', () => {
		expect(splitList('紫阳县,靖边县，宁陕县、 陈仓区 ')).toEqual(['紫阳县', '靖边县', '宁陕县', '陈仓区']);
		expect(splitList('记者 刘强,王山功')).toEqual(['记者 刘强', '王山功']);
		expect(parseAnswer(spec('title'), '工会晒出 | 企业晒出')).toEqual({ ok: true, value: ['工会晒出', '企业晒出'] });
		expect(parseAnswer(spec('page'), '0').ok).toBe(false);
	});

	it('check place names with the gazetteer and suggest the right one', () => {
		expect(checkField('counties', ['紫阳县', '靖边县'], context)).toEqual([]);
		const [typo] = checkField('counties', ['紫杨县'], context);
		expect(typo).toContain('紫杨县');
		expect(typo).toContain('紫阳县');
		const [ambiguous] = checkField('counties', ['朝阳区'], context);
		expect(ambiguous).toContain('北京市朝阳区');
		expect(checkField('cities', ['紫阳县'], context)[0]).toContain('counties');
	});
});
