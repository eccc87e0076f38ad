/**
 * The share card (`og:image`) of an article: 1200×630 PNG, the paper's name on a red band, the
 * kicker, the headline set large and broken like the page's (linebreak.ts units, balanced
 * lines), date and places at the foot. Text is drawn as glyph outlines (a GlyphSource), so the
 * card looks the same on any build machine and never shows tofu. Pure: src/render/share-card.ts
 * rasterises it.
 */
import { breakUnits, type LineBreakOptions } from '../zh/linebreak.ts';

export type Weight = 400 | 700 | 900;

/** Where glyph outlines come from (src/render/glyphs.ts reads them from a font package). */
export interface GlyphSource {
	/** Advance width of `text` at `size` px. */
	measure(text: string, size: number, weight: Weight): number;
	/** `text` as SVG path data at (x, baseline y). */
	draw(text: string, x: number, y: number, size: number, weight: Weight): { d: string; width: number; missing: string[] };
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 72;
const TEXT_WIDTH = CARD_WIDTH - 2 * MARGIN;

export interface ShareCardInput {
	/** 陕西工人报 · 工运纵横 */
	masthead: string;
	kicker?: string | undefined;
	/** The headline as printed, one entry per line. */
	title: string[];
	/** Date, places: one line at the foot. */
	footer: string;
	lexicon?: LineBreakOptions['lexicon'];
}

export interface ShareCardColors {
	paper: string;
	ink: string;
	muted: string;
	accent: string;
}

const COLORS: ShareCardColors = { paper: '#fbf8f1', ink: '#1b1b1f', muted: '#55524b', accent: '#b3261e' };

/** Greedy fill of units into lines no wider than `width`. */
function fill(g: GlyphSource, units: string[], width: number, size: number, weight: Weight): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of units) {
		const next = line + unit;
		if (line && g.measure(next.trimEnd(), size, weight) > width) {
			lines.push(line.trim());
			line = unit.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}

/** Lines as even as the page's `text-wrap: balance`: the narrowest width that needs no more lines. */
export function balance(g: GlyphSource, text: string, width: number, size: number, weight: Weight, options: LineBreakOptions = {}): string[] {
	const units = breakUnits(text, options);
	const greedy = fill(g, units, width, size, weight);
	if (greedy.length < 2) return greedy;
	let lo = width / 2;
	let hi = width;
	let best = greedy;
	for (let i = 0; i < 12; i++) {
		const mid = (lo + hi) / 2;
		const lines = fill(g, units, mid, size, weight);
		if (lines.length <= greedy.length && lines.every((l) => g.measure(l, size, weight) <= width)) {
			best = lines;
			hi = mid;
		} else lo = mid;
	}
	return best;
}

/** One line that must fit: cut at a unit with “……” when it does not. */
function fitOneLine(g: GlyphSource, text: string, width: number, size: number, weight: Weight, options: LineBreakOptions): string {
	if (g.measure(text, size, weight) <= width) return text;
	const units = breakUnits(text, options);
	let out = '';
	for (const unit of units) {
		if (g.measure(`${out}${unit}……`, size, weight) > width) break;
		out += unit;
	}
	return `${out.replace(/[，、：；\s]+$/u, '')}……`;
}

/** The card as SVG (glyph outlines only, no <text>), for tests and for rasterising. */
export function shareCardSvg(input: ShareCardInput, g: GlyphSource, colors: ShareCardColors = COLORS): string {
	const options = { lexicon: input.lexicon };
	const paths: string[] = [];
	const text = (s: string, x: number, y: number, size: number, weight: Weight, fill: string) => {
		const run = g.draw(s, x, y, size, weight);
		paths.push(`<path fill="${fill}" d="${run.d}"/>`);
		return run;
	};
	// Masthead band.
	paths.push(`<rect width="${CARD_WIDTH}" height="104" fill="${colors.accent}"/>`);
	text(fitOneLine(g, input.masthead, TEXT_WIDTH, 44, 700, options), MARGIN, 68, 44, 700, '#ffffff');

	// Headline: the largest size at which it fits in three lines (four at the smallest).
	let size = 76;
	let lines: string[] = [];
	for (const candidate of [76, 68, 60, 52]) {
		size = candidate;
		lines = input.title.flatMap((line) => balance(g, line, TEXT_WIDTH, size, 900, options));
		if (lines.length <= 3) break;
	}
	lines = lines.slice(0, 4);
	const lineHeight = size * 1.3;
	const kickerSize = 34;
	const blockTop = 150;
	const blockBottom = 520;
	const blockHeight = (input.kicker ? kickerSize * 1.8 : 0) + lines.length * lineHeight;
	let y = blockTop + Math.max(0, (blockBottom - blockTop - blockHeight) / 2);
	if (input.kicker) {
		y += kickerSize;
		const kicker = fitOneLine(g, input.kicker, TEXT_WIDTH, kickerSize, 400, options);
		text(kicker, (CARD_WIDTH - g.measure(kicker, kickerSize, 400)) / 2, y, kickerSize, 400, colors.muted);
		y += kickerSize * 0.8;
	}
	for (const line of lines) {
		y += lineHeight;
		const width = g.measure(line, size, 900);
		text(line, (CARD_WIDTH - width) / 2, y - (lineHeight - size) / 2 - size * 0.12, size, 900, colors.ink);
	}
	// Foot: rule, then date and places.
	paths.push(`<rect x="${MARGIN}" y="540" width="${TEXT_WIDTH}" height="3" fill="${colors.accent}"/>`);
	text(fitOneLine(g, input.footer, TEXT_WIDTH, 30, 400, options), MARGIN, 592, 30, 400, colors.muted);

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><rect width="100%" height="100%" fill="${colors.paper}"/>${paths.join('')}</svg>`;
}
