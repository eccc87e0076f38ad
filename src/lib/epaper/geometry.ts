/**
 * Page geometry for the 数字报: text items as a PDF reader gives them, split into glyphs and
 * grouped into lines and column blocks. Coordinates are PDF points with the origin at the page's
 * top-left corner (y grows downwards, as on screen), so zones map straight onto the page image.
 */

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** One run of text as the PDF places it (a glyph, a word or a whole line, depending on the producer). */
export interface TextItem extends Rect {
	str: string;
}

export interface Glyph extends Rect {
	ch: string;
}

export interface Line extends Rect {
	/** The line's characters as printed. */
	str: string;
	/** Font size (glyph height) of the line. */
	size: number;
}

/** Lines of one column segment: same size, stacked, overlapping horizontally (a paragraph or more). */
export interface Block extends Rect {
	lines: Line[];
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019]/u;

/**
 * Splits items into glyphs. Producers differ (Chromium writes a glyph per item, layout systems a
 * line per item), so everything downstream works on glyphs; a CJK character is one em wide, other
 * characters about half.
 */
export function toGlyphs(items: TextItem[]): Glyph[] {
	const glyphs: Glyph[] = [];
	for (const item of items) {
		const chars = [...item.str];
		if (!chars.length || item.w <= 0 || item.h <= 0) continue;
		const weights = chars.map((c) => (WIDE.test(c) ? 1 : 0.55));
		const total = weights.reduce((a, b) => a + b, 0);
		let x = item.x;
		chars.forEach((ch, i) => {
			const w = (item.w * weights[i]!) / total;
			if (ch.trim()) glyphs.push({ ch, x, y: item.y, w, h: item.h });
			x += w;
		});
	}
	return glyphs;
}

export const right = (r: Rect) => r.x + r.w;
export const bottom = (r: Rect) => r.y + r.h;

export function union(a: Rect, b: Rect): Rect {
	const x = Math.min(a.x, b.x);
	const y = Math.min(a.y, b.y);
	return { x, y, w: Math.max(right(a), right(b)) - x, h: Math.max(bottom(a), bottom(b)) - y };
}

export function bbox(rects: Rect[]): Rect {
	return rects.reduce(union);
}

/** Whether two rectangles share area (touching edges do not count). */
export function intersects(a: Rect, b: Rect, tolerance = 0): boolean {
	return a.x < right(b) - tolerance && b.x < right(a) - tolerance && a.y < bottom(b) - tolerance && b.y < bottom(a) - tolerance;
}

export function containsPoint(r: Rect, x: number, y: number): boolean {
	return x >= r.x && x <= right(r) && y >= r.y && y <= bottom(r);
}

/** The larger of the horizontal and vertical gap between two rectangles (0 when they overlap). */
export function gap(a: Rect, b: Rect): number {
	const gx = Math.max(0, b.x - right(a), a.x - right(b));
	const gy = Math.max(0, b.y - bottom(a), a.y - bottom(b));
	return Math.max(gx, gy);
}

/** Length of the overlap of two intervals (0 when they are apart). */
export function overlap1d(a0: number, a1: number, b0: number, b1: number): number {
	return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/**
 * Glyphs → lines: glyphs on one baseline band, of one size, with no more than a small gap between
 * neighbours. The gap limit keeps two columns that share a baseline apart (column gaps are wider
 * than the space between words, and than the even spacing of a letter-spaced headline).
 */
export function buildLines(glyphs: Glyph[]): Line[] {
	const sorted = [...glyphs].sort((a, b) => a.y + a.h / 2 - (b.y + b.h / 2) || a.x - b.x);
	const rows: Glyph[][] = [];
	for (const g of sorted) {
		const row = rows.at(-1);
		const first = row?.[0];
		if (row && first && Math.abs(g.y + g.h / 2 - (first.y + first.h / 2)) < Math.min(g.h, first.h) * 0.3) row.push(g);
		else rows.push([g]);
	}
	const lines: Line[] = [];
	for (const row of rows) {
		row.sort((a, b) => a.x - b.x);
		let current: Glyph[] = [];
		const flush = () => {
			if (!current.length) return;
			const box = bbox(current);
			lines.push({ ...pick(box), str: current.map((g) => g.ch).join(''), size: median(current.map((g) => g.h)) });
			current = [];
		};
		const spaces = row.map((g, i) => (i ? Math.max(0, g.x - right(row[i - 1]!)) : 0));
		row.forEach((g, i) => {
			const last = current.at(-1);
			const size = Math.max(g.h, last?.h ?? 0);
			const sameSize = last ? Math.abs(g.h - last.h) <= size * 0.2 : true;
			// A column gap is far wider than the gaps around it; a letter-spaced headline (走 访 慰 问) has even ones.
			const around = [...spaces.slice(Math.max(1, i - 3), i), ...spaces.slice(i + 1, i + 4)];
			const usual = around.length ? median(around) : 0;
			if (last && (!sameSize || (spaces[i]! > size * 0.8 && spaces[i]! > usual * 2 + size * 0.3))) flush();
			current.push(g);
		});
		flush();
	}
	return lines;
}

/** Lines → blocks: a line joins the block above it when it has the same size, sits right under it and overlaps it horizontally. */
export function buildBlocks(lines: Line[]): Block[] {
	const sorted = [...lines].sort((a, b) => a.y - b.y || a.x - b.x);
	const blocks: Block[] = [];
	for (const line of sorted) {
		const target = blocks.find((block) => {
			const last = block.lines.at(-1)!;
			if (Math.abs(last.size - line.size) > line.size * 0.15) return false;
			const vgap = line.y - bottom(last);
			if (vgap < -line.size * 0.3 || vgap > line.size * 1.2) return false;
			const ov = overlap1d(last.x, right(last), line.x, right(line));
			return ov >= Math.min(last.w, line.w) * 0.5 && Math.abs(last.x - line.x) < line.size * 3;
		});
		if (target) {
			target.lines.push(line);
			Object.assign(target, union(target, line));
		} else blocks.push({ ...pick(line), lines: [line] });
	}
	return blocks;
}

function pick(r: Rect): Rect {
	return { x: r.x, y: r.y, w: r.w, h: r.h };
}

function median(values: number[]): number {
	const s = [...values].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)]!;
}
