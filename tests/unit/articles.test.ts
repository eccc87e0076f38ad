import { describe, expect, it } from 'vitest';
import { authorNames, byline, cityKeys, groupBy, groupIssues, headlineText, neighbours, paragraphs, sortArticles, summaryOf } from '../../src/lib/articles.ts';
import { article } from './article-fixture.ts';

describe('ordering and issues', () => {
	const list = [
		article('b', { date: '2022-02-09', page: 3, order: 2 }),
		article('old', { date: '2021-12-01', page: 1, order: 1 }),
		article('a', { date: '2022-02-09', page: 3, order: 1 }),
		article('p1', { date: '2022-02-09', page: 1, order: 5 }),
	];

	it('sorts newest first, then by page and place on the page', () => {
		expect(sortArticles(list).map((a) => a.id)).toEqual(['p1', 'a', 'b', 'old']);
	});

	it('groups issues by date and pages in print order', () => {
		const issues = groupIssues(list);
		expect(issues.map((i) => i.date)).toEqual(['2022-02-09', '2021-12-01']);
		expect(issues[0]!.pages.map((p) => [p.page, p.articles.map((a) => a.id)])).toEqual([
			[1, ['p1']],
			[3, ['a', 'b']],
		]);
	});

	it('finds neighbours in reading order', () => {
		const sorted = sortArticles(list);
		expect(neighbours(sorted, 'a')).toEqual({ newer: sorted[0], older: sorted[2] });
		expect(neighbours(sorted, 'p1').newer).toBeUndefined();
	});

	it('finds the same neighbours from a position map, and none for an unknown id', () => {
		const sorted = sortArticles(list);
		const position = new Map(sorted.map((a, i) => [a.id, i]));
		for (const a of sorted) expect(neighbours(sorted, a.id, position)).toEqual(neighbours(sorted, a.id));
		expect(neighbours(sorted, 'nope', position)).toEqual({});
	});
});

describe('grouping by place and topic', () => {
	const list = [
		article('z', { counties: ['ziyang-xian'], tags: ['新就业形态'], date: '2022-03-01' }),
		article('x', { cities: ['xian'], counties: ['beilin-qu-xian'] }),
		article('c', { counties: ['beilin-qu-xian', 'beilin-qu-xian'], date: '2021-01-01' }),
	];
	const cityOf = (county: string) => ({ 'ziyang-xian': 'ankang', 'beilin-qu-xian': 'xian' })[county];

	it('lists each article once under each of its keys, newest first', () => {
		const byCounty = groupBy(list, (a) => a.data.counties);
		expect([...byCounty].map(([k, v]) => [k, v.map((a) => a.id)])).toEqual([
			['ziyang-xian', ['z']],
			['beilin-qu-xian', ['x', 'c']],
		]);
	});

	it('rolls counties up into their city without duplicates', () => {
		expect(cityKeys(list[1]!, cityOf)).toEqual(['xian']);
		const byCity = groupBy(list, (a) => cityKeys(a, cityOf));
		expect(byCity.get('xian')!.map((a) => a.id)).toEqual(['x', 'c']);
		expect(byCity.get('ankang')!.map((a) => a.id)).toEqual(['z']);
	});
});

describe('bylines', () => {
	it('prints 本报讯 with authors and roles, reprints, signatures and photo credits', () => {
		const p = (name: string, role?: '记者' | '本报记者' | '通讯员') => (role ? { name, role } : { name });
		expect(byline({ source: '本报讯', authors: [p('刘强', '记者')], photographers: [] })).toBe('本报讯（记者 刘强）');
		expect(byline({ source: '本报讯', authors: [p('王山功')], photographers: [] })).toBe('本报讯（王山功）');
		expect(byline({ source: '本报讯', authors: [p('刘强', '本报记者'), p('王五', '本报记者'), p('贺婷', '通讯员')], photographers: [] })).toBe('本报讯（本报记者 刘强 王五 通讯员 贺婷）');
		expect(byline({ source: '据《工人日报》', authors: [], photographers: [] })).toBe('据《工人日报》');
		expect(byline({ authors: [p('韩江'), p('曹文琦')], photographers: [] })).toBe('□韩江 曹文琦');
		expect(byline({ authors: [p('杨帆', '本报记者')], photographers: [] })).toBe('本报记者 杨帆');
		expect(byline({ authors: [], photographers: [p('王辉')] })).toBe('□王辉 摄');
		expect(byline({ authors: [], photographers: [p('王辉', '本报记者')] })).toBe('本报记者 王辉 摄');
		expect(authorNames({ authors: [p('刘强', '记者'), p('王山功')] })).toEqual(['刘强', '王山功']);
		expect(headlineText(['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'])).toBe('工会晒出为企业贡献有多大 企业晒出对工会支持有多强');
	});
});

describe('summaries', () => {
	it('uses the first paragraph, skipping headings and markup', () => {
		expect(paragraphs('## 小标题<br>第二行\n\n第一段**加粗**，\n续行。\n\n第二段。')).toEqual(['第一段加粗，续行。', '第二段。']);
		expect(summaryOf(article('s', {}, '短导语。\n\n其他。'))).toBe('短导语。');
	});

	it('cuts a long lead at a sentence end, or marks the cut', () => {
		const lead = `${'一'.repeat(50)}。${'二'.repeat(60)}。`;
		expect(summaryOf(article('s', {}, lead))).toBe(`${'一'.repeat(50)}。`);
		expect(summaryOf(article('s', {}, '三'.repeat(200)))).toBe(`${'三'.repeat(90)}……`);
		expect(summaryOf(article('s', { summary: '编辑写的摘要。' }, lead))).toBe('编辑写的摘要。');
	});
});
