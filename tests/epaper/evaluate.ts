/**
 * Runs the e-paper pipeline on a generated page (read the PDF's text, match the articles, compute
 * zones) and measures the zones against the generator's truth: the tests and the report share it.
 */
import { readPdfText } from '../../src/integrations/epaper/pdf.ts';
import { articleText } from '../../src/lib/epaper/edition.ts';
import { buildLines, containsPoint, toGlyphs, type Glyph } from '../../src/lib/epaper/geometry.ts';
import { matchArticles } from '../../src/lib/epaper/match.ts';
import { articleZones, zoneAccuracy, type Zone, type ZoneAccuracy } from '../../src/lib/epaper/zones.ts';
import type { ValidArticle } from '../../src/lib/validate.ts';
import type { PagePdf } from '../helpers/page-pdf.ts';

export interface Evaluation {
	zones: Zone[];
	accuracy: (ZoneAccuracy & { foreignInside: number })[];
	unmatched: string[];
	glyphs: Glyph[];
	truthOf: (g: Glyph) => string | undefined;
	/** Milliseconds: reading the text, and matching + zones. */
	readMs: number;
	matchMs: number;
}

export async function evaluatePage(page: PagePdf, articles: ValidArticle[]): Promise<Evaluation> {
	const t0 = performance.now();
	const text = await readPdfText(page.pdf);
	const glyphs = toGlyphs(text.items);
	const lines = buildLines(glyphs);
	const t1 = performance.now();
	const ids = articles.map((a) => a.id);
	const match = matchArticles(
		lines,
		articles.map((a) => articleText({ id: a.id, data: a.data, body: a.body })),
	);
	const zones = articleZones(match.lines, ids);
	const t2 = performance.now();
	// A glyph belongs to the article whose line box (from the browser's layout) holds its centre.
	const truthOf = (g: Glyph) => {
		const cx = g.x + g.w / 2;
		const cy = g.y + g.h / 2;
		for (const [id, rects] of Object.entries(page.truth)) if (rects.some((r) => containsPoint({ x: r.x - 0.5, y: r.y - 0.5, w: r.w + 1, h: r.h + 1 }, cx, cy))) return id;
		return undefined;
	};
	const accuracy = zoneAccuracy(zones, glyphs, truthOf, ids).map((a) => {
		const zone = zones.find((z) => z.articleId === a.articleId);
		const foreignInside = zone ? glyphs.filter((g) => {
			const owner = truthOf(g);
			return owner !== undefined && owner !== a.articleId && zone.rects.some((r) => containsPoint(r, g.x + g.w / 2, g.y + g.h / 2));
		}).length : 0;
		return { ...a, foreignInside };
	});
	return { zones, accuracy, unmatched: match.unmatched, glyphs, truthOf, readMs: t1 - t0, matchMs: t2 - t1 };
}
