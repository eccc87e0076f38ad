import { describe, expect, it } from 'vitest';
import { calendarMonths, calendarYears, monthGrid } from '../../src/lib/epaper/calendar.ts';
import { pageZones, type PageSource } from '../../src/lib/epaper/edition.ts';
import { buildLines, toGlyphs, type TextItem } from '../../src/lib/epaper/geometry.ts';
import { matchArticles, normalizeText } from '../../src/lib/epaper/match.ts';
import { articleZones, percentToPoints, pointsToPercent, zoneContains, zonePath } from '../../src/lib/epaper/zones.ts';
import { issuePageSchema, pageFileParts } from '../../src/lib/schemas/issue-page.ts';

/** Text set in a column: `perLine` characters a line, one text item per line (as layout systems write). */
function column(text: string, x: number, y: number, perLine: number, size = 9): TextItem[] {
	const chars = [...text];
	const items: TextItem[] = [];
	for (let i = 0, row = 0; i < chars.length; i += perLine, row++) {
		const str = chars.slice(i, i + perLine).join('');
		items.push({ str, x, y: y + row * size * 1.5, w: [...str].length * size, h: size });
	}
	return items;
}

const A = {
	id: 'a',
	parts: ['走访慰问 为快递小哥送上关爱', '春节前夕，安康市紫阳县总工会开展新就业形态劳动者“冬送温暖”慰问活动，为46名快递小哥、外卖骑手送去粮油等慰问品。'],
};
const B = {
	id: 'b',
	parts: ['宁陕县住建局工会为户外劳动者送温暖', '近日，宁陕县住建局工会为环卫工人、建筑工人等户外劳动者送去棉衣、手套等御寒物品，把组织的关怀送到一线。'],
};

describe('normalizeText', () => {
	it('drops punctuation and spaces, folds full-width forms', () => {
		expect(normalizeText('“冬送温暖” 慰问，４６名 ABC')).toBe('冬送温暖慰问46名abc');
	});
});

describe('buildLines', () => {
	it('splits glyph items into lines, keeping two columns on one baseline apart', () => {
		const items: TextItem[] = [...'左栏文字内容'].map((ch, i) => ({ str: ch, x: 10 + i * 9, y: 100, w: 9, h: 9 }));
		items.push(...[...'右栏文字'].map((ch, i) => ({ str: ch, x: 90 + i * 9, y: 100.2, w: 9, h: 9 })));
		const lines = buildLines(toGlyphs(items));
		expect(lines.map((l) => l.str)).toEqual(['左栏文字内容', '右栏文字']);
	});
	it('keeps a letter-spaced headline (one em between characters) in one line', () => {
		const items: TextItem[] = [...'走访慰问'].map((ch, i) => ({ str: ch, x: 10 + i * 36, y: 10, w: 18, h: 18 }));
		items.push({ str: '另一栏', x: 10 + 3 * 36 + 18 + 60, y: 10, w: 54, h: 18 });
		expect(buildLines(toGlyphs(items)).map((l) => l.str)).toEqual(['走访慰问', '另一栏']);
	});
	it('separates a headline from body text of another size on the same band', () => {
		const lines = buildLines(toGlyphs([{ str: '标题', x: 0, y: 0, w: 36, h: 18 }, { str: '正文', x: 37, y: 4.5, w: 18, h: 9 }]));
		expect(lines).toHaveLength(2);
	});
});

function match(items: TextItem[], articles = [A, B]) {
	const lines = buildLines(toGlyphs(items));
	return { lines, result: matchArticles(lines, articles) };
}

const labelOf = (result: ReturnType<typeof matchArticles>, text: string) => result.lines.find((l) => l.text.includes(normalizeText(text)))?.article;

describe('matchArticles', () => {
	it('labels wrapped lines of two pieces set side by side, and leaves page furniture unlabelled', () => {
		const items = [
			{ str: '陕西工人报 2022年2月9日 第3版', x: 10, y: 5, w: 200, h: 8 },
			...column(A.parts[0]!, 10, 20, 7, 16),
			...column(A.parts[1]!, 10, 60, 12),
			...column(B.parts[0]!, 150, 20, 9, 16),
			...column(B.parts[1]!, 150, 80, 11),
		];
		const { result } = match(items);
		expect(result.unmatched).toEqual([]);
		expect(labelOf(result, '陕西工人报')).toBe(-1);
		expect(labelOf(result, '走访慰问')).toBe(0);
		expect(labelOf(result, '宁陕县住建局')).toBe(1);
		expect(result.lines.filter((l) => l.y > 10 && l.x < 120).every((l) => l.article === 0)).toBe(true);
		expect(result.lines.filter((l) => l.y > 10 && l.x >= 140).every((l) => l.article === 1)).toBe(true);
		for (const c of result.coverage) expect(c.ratio).toBeGreaterThan(0.9);
	});

	it('does not depend on stream order: a headline written after its body', () => {
		const body = column(A.parts[1]!, 10, 40, 12);
		const head = column(A.parts[0]!, 10, 10, 14, 16);
		const { result } = match([...body, ...head, ...column(B.parts[1]!, 130, 40, 12)]);
		expect(labelOf(result, '走访慰问')).toBe(0);
	});

	it('survives small edits between print and web', () => {
		const printed = A.parts[1]!.replace('粮油', '米面油').replace('慰问品', '慰问物资');
		const { result } = match([...column(A.parts[0]!, 10, 10, 14, 16), ...column(printed, 10, 40, 12), ...column(B.parts[1]!, 130, 40, 12)]);
		expect(result.coverage.find((c) => c.id === 'a')!.ratio).toBeGreaterThan(0.8);
		expect(result.lines.filter((l) => l.x < 120).every((l) => l.article === 0)).toBe(true);
	});

	it('gives a jump note (下转第2版) to the piece it is printed under', () => {
		const body = column(A.parts[1]!, 10, 40, 12);
		const last = body.at(-1)!;
		const { result } = match([...body, { str: '（下转第2版）', x: 40, y: last.y + 14, w: 42, h: 7 }, ...column(B.parts[1]!, 150, 40, 12)]);
		expect(labelOf(result, '下转第2版')).toBe(0);
	});

	it('gives a jump note to the piece above it even when the next column is nearer across the gap', () => {
		// Set right-aligned a line below A's text: 14 pt under it, 12 pt from B's column.
		const body = column(A.parts[1]!, 10, 40, 12);
		const last = body.at(-1)!;
		const note = { str: '（下转右栏）', x: 76, y: last.y + last.h + 14, w: 42, h: 7 };
		const { result } = match([...body, note, ...column(B.parts[1]!, 130, 67, 12)]);
		expect(labelOf(result, '下转右栏')).toBe(0);
	});

	it('names the pieces it cannot find', () => {
		const { result } = match(column(A.parts[1]!, 10, 40, 12));
		expect(result.unmatched).toEqual(['b']);
	});
});

describe('articleZones', () => {
	it('gives a piece jumping to another column several rectangles, none covering the other piece', () => {
		const text = A.parts[1]!;
		const half = Math.floor(text.length / 2);
		const items = [
			// A: first half top-left, second half at the bottom of the right column, B between them on the right.
			...column(text.slice(0, half), 10, 10, 10),
			...column(B.parts[1]!, 110, 10, 10),
			...column(text.slice(half), 110, 120, 10),
		];
		const { result } = match(items);
		const zones = articleZones(result.lines, ['a', 'b']);
		const a = zones.find((z) => z.articleId === 'a')!;
		expect(a.rects.length).toBeGreaterThanOrEqual(2);
		for (const line of result.lines) {
			if (line.article === 0) expect(zoneContains(a, line)).toBe(true);
			if (line.article === 1) expect(zoneContains(a, line)).toBe(false);
		}
		expect(zonePath(a.rects)).toMatch(/^M[\d.]+ [\d.]+H/);
	});

	it('converts editor percentages to points and back', () => {
		const page = { width: 800, height: 1200 };
		const r = percentToPoints([10, 20, 30, 40], page);
		expect(r).toEqual({ x: 80, y: 240, w: 240, h: 480 });
		expect(pointsToPercent(r, page)).toEqual([10, 20, 30, 40]);
	});
});

describe('pageZones', () => {
	const article = (id: string, body: string) => ({
		id,
		body,
		data: { title: ['标题'], authors: [], photographers: [], counties: [], cities: [], tags: [] } as never,
	});
	const source = (zones: PageSource['zones']): PageSource => ({
		date: '2022-02-09',
		page: 3,
		file: 'content/issues/2022-02-09/03.yml',
		zones,
		zoneLines: { 'no-such-piece': 4 },
		pdf: { path: 'issues/2022-02-09/03.pdf', bytes: 1, width: 800, height: 1200, pages: 1, images: [], lines: buildLines(toGlyphs([...column(A.parts[1]!, 10, 10, 12), ...column(B.parts[1]!, 300, 10, 12)])) },
	});
	const articles = [article('2022/0209-03-ziyang', A.parts[1]!), article('2022/0209-09-ningshan', B.parts[1]!)];

	it('lets the editor replace a zone, by file name', () => {
		const result = pageZones(source({ '0209-09-ningshan': [[50, 50, 10, 10]] }), articles);
		expect(result.zones.find((z) => z.articleId.endsWith('ningshan'))).toMatchObject({ source: 'editor', rects: [{ x: 400, y: 600, w: 80, h: 120 }] });
		expect(result.zones.find((z) => z.articleId.endsWith('ziyang'))?.source).toBe('auto');
		expect(result.problems).toEqual([]);
	});

	it('reports a zone key that names no piece of the page, with file and line', () => {
		const { problems } = pageZones(source({ 'no-such-piece': [[0, 0, 1, 1]] }), articles);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file: 'content/issues/2022-02-09/03.yml', line: 4, field: 'zones.no-such-piece' });
		expect(problems[0]!.message).toContain('0209-03-ziyang');
	});
});

describe('issuePageSchema', () => {
	it('accepts a PDF-only page and a full data file', () => {
		expect(issuePageSchema.parse({})).toEqual({ zones: {} });
		expect(issuePageSchema.parse({ column: '工运纵横', editor: '王山功', issueNumber: 8821, zones: { x: [[1, 2, 3, 4]] } }).issueNumber).toBe('8821');
	});
	it('explains mistakes in Chinese', () => {
		const bad = issuePageSchema.safeParse({ colum: '要闻', zones: { x: [[1, 2, 3]] } });
		const messages = bad.error!.issues.map((i) => i.message).join('\n');
		expect(messages).toContain('未知字段');
		expect(messages).toContain('[左, 上, 宽, 高]');
		expect(issuePageSchema.safeParse({ zones: { x: [[1, 2, 3, 140]] } }).error!.issues[0]!.message).toContain('不能大于 100');
	});
	it('reads date and page from the file name', () => {
		expect(pageFileParts('2022-02-09/03.pdf')).toEqual({ date: '2022-02-09', page: 3, ext: 'pdf' });
		expect(pageFileParts('2022-02-09/notes.txt')).toBeUndefined();
	});
});

describe('calendar', () => {
	it('lays a month out from Monday', () => {
		const feb = monthGrid(2022, 2, new Set(['2022-02-09']));
		// 1 February 2022 was a Tuesday.
		expect(feb.weeks[0]![0]).toBeNull();
		expect(feb.weeks[0]![1]).toMatchObject({ date: '2022-02-01', day: 1 });
		expect(feb.weeks.flat().filter(Boolean)).toHaveLength(28);
		expect(feb.weeks.every((w) => w.length === 7)).toBe(true);
		expect(feb.weeks.flat().find((d) => d?.issue)?.date).toBe('2022-02-09');
	});
	it('lists months with issues, newest first, grouped by year', () => {
		const months = calendarMonths(['2021-12-30', '2022-02-09', '2022-02-10', '2022-03-01']);
		expect(months.map((m) => `${m.id}:${m.issues}`)).toEqual(['2022-03:1', '2022-02:2', '2021-12:1']);
		expect(calendarYears(months)).toEqual([
			{ year: 2022, months: [2, 3] },
			{ year: 2021, months: [12] },
		]);
	});
});
