import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/lib/frontmatter.ts';
import { importPage } from '../../../src/lib/importer/index.ts';
import { renderArticle } from '../../../src/lib/importer/render.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { articleSchema } from '../../../src/lib/schemas/article.ts';

const gazetteer = getGazetteer('陕西省');
const schema = articleSchema({ gazetteer, defaultColumn: '工运纵横' });

// A small page shaped like the real export: header, two stories, their headlines after them.
const PAGE = [
	' 5基层动态',
	'',
	'本报讯（通讯员 张三 记者 李四）近日，延安市富县总工会',
	'为 120名环卫工人送去棉衣和慰问金。',
	'',
	'富县总工会',
	'',
	'冬送温暖 情暖环卫工人',
	'',
	'本报讯（王五）日前，西安昆仑公司召开职代会，审议',
	'通过了 2022 年工作报告。',
	'',
	'□赵六 摄',
	'',
	'西安昆仑公司',
	'',
	'召开职代会 审议工作报告',
	'',
].join('\n');

describe('importPage', () => {
	const result = importPage(PAGE, { gazetteer });

	it('reads the page header', () => {
		expect(result).toMatchObject({ page: 5, column: '基层动态', notes: [] });
	});

	it('fills each piece as far as the page tells', () => {
		expect(result.articles).toHaveLength(2);
		const [a, b] = result.articles;
		expect(a).toMatchObject({
			order: 1,
			source: '本报讯',
			authors: [{ name: '张三', role: '通讯员' }, { name: '李四', role: '记者' }],
			counties: ['富县'],
			cities: [],
			genre: '消息',
			slug: 'fu',
			headline: { unit: '富县总工会', title: ['冬送温暖 情暖环卫工人'] },
		});
		expect(a!.blocks).toEqual([{ kind: 'paragraph', text: '近日，延安市富县总工会为120名环卫工人送去棉衣和慰问金。' }]);
		// No place: the file is named after the unit, without its suffix.
		expect(b).toMatchObject({ order: 2, photographers: [{ name: '赵六' }], counties: [], cities: ['西安市'], slug: 'xian', headline: { unit: '西安昆仑公司' } });
		expect(b!.blocks).toEqual([{ kind: 'paragraph', text: '日前，西安昆仑公司召开职代会，审议通过了2022年工作报告。' }]);
	});

	it('lists what it could not decide', () => {
		expect(result.articles[0]!.notes).toEqual(['专题未定 (tags)']);
		expect(result.articles[1]!.notes).not.toContain('未找到县区或市 (no place found)');
	});

	it('renders files that pass the article schema', () => {
		for (const article of result.articles) {
			const text = renderArticle(article, { date: '2022-02-09', page: result.page!, column: result.column! });
			const parsed = schema.safeParse(parseArticleFile(text).data);
			expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		}
	});

	it('--page wins over the header, and the difference is reported', () => {
		const other = importPage(PAGE, { gazetteer, page: 6 });
		expect(other.page).toBe(6);
		expect(other.notes[0]).toMatch(/版头写的是第 5 版/);
	});

	it('a page without a header says the page is undecided', () => {
		expect(importPage('本报讯（甲）正文。', { gazetteer }).notes).toEqual(['没有找到版头，版次未定 (no page header; use --page N)']);
	});

	it('a headline printed before its story (top of the page) goes to it', () => {
		const r = importPage(['紫阳县总工会', '', '走访慰问 为快递小哥送上关爱', '', '本报讯（王山功）春节前夕，安康市紫阳县总工会为快递小哥送去慰问品。'].join('\n'), { gazetteer });
		expect(r.articles[0]).toMatchObject({ headline: { unit: '紫阳县总工会', title: ['走访慰问 为快递小哥送上关爱'] }, start: 'headline' });
	});

	it('a piece with no headline and no place is named after its author, and both are reported', () => {
		const r = importPage(['其一，这是工会组织的法定义务。其二，这是政治责任。', '', '□何应洋'].join('\n'), { gazetteer });
		expect(r.articles[0]).toMatchObject({ genre: '评论', authors: [{ name: '何应洋' }], slug: 'heyingyang' });
		expect(r.articles[0]!.notes[0]).toMatch(/没有它的标题/);
	});
});
