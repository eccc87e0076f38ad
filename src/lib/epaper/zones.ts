/**
 * Hot zones: one per article, as a set of rectangles in PDF points (top-left origin). Lines of an
 * article are merged into as few rectangles as possible without covering a line of another
 * article, so a piece set in an L, or jumping to another column, gets several rectangles.
 */
import { bottom, containsPoint, gap, intersects, right, union, type Glyph, type Rect } from './geometry.ts';
import type { LabelledLine } from './match.ts';

export interface Zone {
	articleId: string;
	rects: Rect[];
	/** `auto`: found from the PDF's text; `editor`: given in the page data file. */
	source: 'auto' | 'editor';
}

/** Space around the text, in units of the text size, kept clear of other articles' lines. */
const PAD = 0.35;

export function articleZones(lines: LabelledLine[], articleIds: string[]): Zone[] {
	return articleIds.flatMap((articleId, index) => {
		const own = lines.filter((l) => l.article === index);
		if (!own.length) return [];
		const foreign = lines.filter((l) => l.article !== index && l.article >= 0);
		return [{ articleId, rects: mergeLines(own, foreign), source: 'auto' as const }];
	});
}

function clean(rect: Rect, foreign: Rect[]): boolean {
	return !foreign.some((f) => intersects(rect, f, 0.5));
}

function mergeLines(own: LabelledLine[], foreign: LabelledLine[]): Rect[] {
	const size = Math.max(...own.map((l) => l.size));
	// Rectangles with the size of the largest text they hold, so a headline may reach its body.
	// First the runs of consecutive lines of one block (cheap), then any two rectangles that may join.
	let rects: (Rect & { size: number })[] = [];
	for (const group of Map.groupBy(own, (l) => l.block).values()) {
		let run: (Rect & { size: number }) | undefined;
		for (const line of [...group].sort((a, b) => a.y - b.y)) {
			const next = run && union(run, line);
			if (run && next && clean(next, foreign)) run = { ...next, size: Math.max(run.size, line.size) };
			else {
				if (run) rects.push(run);
				run = { x: line.x, y: line.y, w: line.w, h: line.h, size: line.size };
			}
		}
		if (run) rects.push(run);
	}
	let merged = true;
	while (merged) {
		merged = false;
		outer: for (let i = 0; i < rects.length; i++) {
			for (let j = i + 1; j < rects.length; j++) {
				const a = rects[i]!;
				const b = rects[j]!;
				const reach = 2.5 * Math.max(a.size, b.size);
				if (gap(a, b) > reach) continue;
				const u = union(a, b);
				if (!clean(u, foreign)) continue;
				rects[i] = { ...u, size: Math.max(a.size, b.size) };
				rects.splice(j, 1);
				merged = true;
				break outer;
			}
		}
	}
	rects = rects.map((r) => pad(r, PAD * Math.min(r.size, size), foreign));
	return rects.map(({ x, y, w, h }) => ({ x: round(x), y: round(y), w: round(w), h: round(h) }));
}

/** Grows a rectangle on each side unless that side would then touch another article's text. */
function pad<T extends Rect>(rect: T, by: number, foreign: Rect[]): T {
	let r: T = rect;
	for (const side of ['left', 'top', 'right', 'bottom'] as const) {
		const next = { ...r };
		if (side === 'left') Object.assign(next, { x: r.x - by, w: r.w + by });
		if (side === 'top') Object.assign(next, { y: r.y - by, h: r.h + by });
		if (side === 'right') next.w = r.w + by;
		if (side === 'bottom') next.h = r.h + by;
		if (clean(next, foreign)) r = next;
	}
	return r;
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Editors give zones in percent of the page (左, 上, 宽, 高), as a layout program's rulers read them. */
export function percentToPoints([left, top, width, height]: readonly [number, number, number, number], page: { width: number; height: number }): Rect {
	return { x: (left / 100) * page.width, y: (top / 100) * page.height, w: (width / 100) * page.width, h: (height / 100) * page.height };
}

export function pointsToPercent(rect: Rect, page: { width: number; height: number }): [number, number, number, number] {
	const p = (v: number, total: number) => Math.round((v / total) * 1000) / 10;
	return [p(rect.x, page.width), p(rect.y, page.height), p(rect.w, page.width), p(rect.h, page.height)];
}

export function zoneContains(zone: Pick<Zone, 'rects'>, g: Rect): boolean {
	const cx = g.x + g.w / 2;
	const cy = g.y + g.h / 2;
	return zone.rects.some((r) => containsPoint(r, cx, cy));
}

export interface ZoneAccuracy {
	articleId: string;
	/** Glyphs of the article (by the truth) inside its zone, as a share of all its glyphs. */
	inside: number;
	/** Glyphs of everything else on the page outside the zone, as a share of all of them. */
	othersOutside: number;
	glyphs: number;
}

/**
 * Zone accuracy against a known truth (`truth(g)` names the article a glyph belongs to, or
 * undefined for page furniture); used by the report command and the tests.
 */
export function zoneAccuracy(zones: Zone[], glyphs: Glyph[], truth: (g: Glyph) => string | undefined, articleIds: string[]): ZoneAccuracy[] {
	return articleIds.map((articleId) => {
		const zone = zones.find((z) => z.articleId === articleId) ?? { rects: [] };
		const own = glyphs.filter((g) => truth(g) === articleId);
		const others = glyphs.filter((g) => truth(g) !== articleId);
		const share = (list: Glyph[], test: (g: Glyph) => boolean) => (list.length ? list.filter(test).length / list.length : 1);
		return {
			articleId,
			inside: share(own, (g) => zoneContains(zone, g)),
			othersOutside: share(others, (g) => !zoneContains(zone, g)),
			glyphs: own.length,
		};
	});
}

/** An SVG path for a zone: one closed sub-path per rectangle. */
export function zonePath(rects: Rect[]): string {
	return rects.map((r) => `M${round(r.x)} ${round(r.y)}H${round(right(r))}V${round(bottom(r))}H${round(r.x)}Z`).join('');
}
