import { describe, expect, it } from 'vitest';
import { groupIssues, type ArticleLike } from '../../src/lib/articles.ts';
import type { PageSource } from '../../src/lib/epaper/edition.ts';
import { buildLines, toGlyphs, type TextItem } from '../../src/lib/epaper/geometry.ts';
import { articlePageLink, buildEdition, calendarView, epaperPageView, issueEditionView } from '../../src/lib/views/epaper.ts';

const body = (n: number) => `第${n}篇的正文：工会为职工办实事，走访慰问困难职工${n}户，送去慰问金和米面油等物资。`;

function article(id: string, date: string, page: number, order: number): ArticleLike {
	return {
		id,
		body: body(order),
		data: { title: [`标题${order}号文章`], date, page, order, column: '工运纵横', genre: '消息', authors: [], photographers: [], counties: [], cities: [], tags: [], draft: false } as never,
	};
}

function column(text: string, x: number): TextItem[] {
	const chars = [...text];
	return Array.from({ length: Math.ceil(chars.length / 10) }, (_, i) => {
		const str = chars.slice(i * 10, i * 10 + 10).join('');
		return { str, x, y: 50 + i * 14, w: str.length * 9, h: 9 };
	});
}

const articles = [
	article('2022/0209-01-a', '2022-02-09', 1, 1),
	article('2022/0209-03-b', '2022-02-09', 3, 2),
	article('2022/0209-03-c', '2022-02-09', 3, 3),
	article('2022/0210-01-d', '2022-02-10', 1, 1),
];
const source: PageSource = {
	date: '2022-02-09',
	page: 3,
	file: 'content/issues/2022-02-09/03.yml',
	column: '工运纵横',
	editor: '王山功',
	issueNumber: '8821',
	zones: {},
	zoneLines: {},
	pdf: {
		path: 'issues/2022-02-09/03.pdf',
		bytes: 300_000,
		width: 800,
		height: 1200,
		pages: 1,
		lines: buildLines(toGlyphs([...column(body(2), 10), ...column(body(3), 200)])),
		images: [
			{ width: 600, height: 900, format: 'webp', path: 'issues/2022-02-09/03-x-600.webp' },
			{ width: 1200, height: 1800, format: 'webp', path: 'issues/2022-02-09/03-x-1200.webp' },
			{ width: 600, height: 900, format: 'avif', path: 'issues/2022-02-09/03-x-600.avif' },
		],
	},
};
const url = (p: string) => `/base/${p}`;
const edition = buildEdition(groupIssues(articles), [source, { ...source, page: 7, file: 'content/issues/2022-02-09/07.yml', pdf: undefined }]);

describe('e-paper views', () => {
	it('builds the page view: zones linked to articles, 本版导读, PDF, neighbours', () => {
		const issue = edition.byDate.get('2022-02-09')!;
		const view = epaperPageView(issue, issue.pages[1]!, url);
		expect(view.title).toBe('2022年2月9日 第03版 工运纵横');
		expect(view.path).toBe('issues/2022-02-09/03');
		expect(view.zones.map((z) => [z.id, z.path])).toEqual([
			['zone-0209-03-b', 'articles/2022/0209-03-b'],
			['zone-0209-03-c', 'articles/2022/0209-03-c'],
		]);
		expect(view.guide.map((g) => g.zoneId)).toEqual(['zone-0209-03-b', 'zone-0209-03-c']);
		expect(view.pdf).toEqual({ path: 'issues/2022-02-09/03.pdf', label: '下载本版 PDF（293 KB）', filename: '2022-02-09-03.pdf' });
		expect(view.picture?.sources.map((s) => s.type)).toEqual(['image/avif', 'image/webp']);
		expect(view.picture?.sources[1]!.srcset).toBe('/base/issues/2022-02-09/03-x-600.webp 600w, /base/issues/2022-02-09/03-x-1200.webp 1200w');
		expect(view.picture?.src).toBe('/base/issues/2022-02-09/03-x-600.webp');
		expect(view.prev?.path).toBe('issues/2022-02-09/01');
		expect(view.next).toBeUndefined();
		expect(view.meta).toEqual(['第8821期', '责任编辑：王山功']);
	});

	it('links an article back to its page view and zone', () => {
		expect(articlePageLink(edition, '2022/0209-03-c')).toEqual({ label: '在第03版版面中查看', path: 'issues/2022-02-09/03/#zone-0209-03-c' });
		expect(articlePageLink(edition, '2022/0209-01-a')).toEqual({ label: '查看第01版', path: 'issues/2022-02-09/01' });
	});

	it('lists the pages of an issue with thumbnails, and the issues before and after', () => {
		const view = issueEditionView(edition, '2022-02-09', url);
		expect(view.pages.map((p) => [p.label, p.path, Boolean(p.thumb)])).toEqual([
			['第01版 工运纵横', 'issues/2022-02-09/01', false],
			['第03版 工运纵横', 'issues/2022-02-09/03', true],
		]);
		expect(view.newer).toEqual({ label: '下一期：2022年2月10日', path: 'issues/2022-02-10' });
		expect(view.older).toBeUndefined();
	});

	it('warns about page data for a page without articles', () => {
		expect(edition.warnings.join('\n')).toContain('content/issues/2022-02-09/07.yml');
		expect(edition.problems).toEqual([]);
	});

	it('builds the calendar: issue days linked, others plain', () => {
		const view = calendarView(['2022-02-09', '2022-02-10']);
		expect(view.months).toHaveLength(1);
		const days = view.months[0]!.weeks.flat().filter(Boolean);
		expect(days.filter((d) => d!.path).map((d) => d!.path)).toEqual(['issues/2022-02-09', 'issues/2022-02-10']);
		expect(view.years).toEqual([{ year: 2022, label: '2022年', months: [{ month: 2, id: '2022-02', label: '2月' }] }]);
	});
});
