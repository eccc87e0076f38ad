/**
 * The share card (`og:image`) of an article: 1200×630 PNG, the paper's name on a red band, the
 * kicker, the headline set large and broken like the page's (linebreak.ts units, balanced
 * lines), date and places at the foot. Text is drawn as glyph outlines (glyphs.ts), so the card
 * looks the same on any build machine and never shows tofu.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { breakUnits, type LineBreakOptions } from '../zh/linebreak.ts';
import { draw, measure, type Weight } from './glyphs.ts';

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
function fill(units: string[], width: number, size: number, weight: Weight): string[] {
	const lines: string[] = [];
	let line = '';
	for (const unit of units) {
		const next = line + unit;
		if (line && measure(next.trimEnd(), size, weight) > width) {
			lines.push(line.trim());
			line = unit.trimStart();
		} else line = next;
	}
	if (line.trim()) lines.push(line.trim());
	return lines;
}

/** Lines as even as the page's `text-wrap: balance`: the narrowest width that needs no more lines. */
export function balance(text: string, width: number, size: number, weight: Weight, options: LineBreakOptions = {}): string[] {
	const units = breakUnits(text, options);
	const greedy = fill(units, width, size, weight);
	if (greedy.length < 2) return greedy;
	let lo = width / 2;
	let hi = width;
	let best = greedy;
	for (let i = 0; i < 12; i++) {
		const mid = (lo + hi) / 2;
		const lines = fill(units, mid, size, weight);
		if (lines.length <= greedy.length && lines.every((l) => measure(l, size, weight) <= width)) {
			best = lines;
			hi = mid;
		} else lo = mid;
	}
	return best;
}

/** One line that must fit: cut at a unit with “……” when it does not. */
function fitOneLine(text: string, width: number, size: number, weight: Weight, options: LineBreakOptions): string {
	if (measure(text, size, weight) <= width) return text;
	const units = breakUnits(text, options);
	let out = '';
	for (const unit of units) {
		if (measure(`${out}${unit}……`, size, weight) > width) break;
		out += unit;
	}
	return `${out.replace(/[，、：；\s]+$/u, '')}……`;
}

/** The card as SVG (glyph outlines only, no <text>), for tests and for rasterising. */
export function shareCardSvg(input: ShareCardInput, colors: ShareCardColors = COLORS): string {
	const options = { lexicon: input.lexicon };
	const paths: string[] = [];
	const text = (s: string, x: number, y: number, size: number, weight: Weight, fill: string) => {
		const run = draw(s, x, y, size, weight);
		paths.push(`<path fill="${fill}" d="${run.d}"/>`);
		return run;
	};
	// Masthead band.
	paths.push(`<rect width="${CARD_WIDTH}" height="104" fill="${colors.accent}"/>`);
	text(fitOneLine(input.masthead, TEXT_WIDTH, 44, 700, options), MARGIN, 68, 44, 700, '#ffffff');

	// Headline: the largest size at which it fits in three lines (four at the smallest).
	let size = 76;
	let lines: string[] = [];
	for (const candidate of [76, 68, 60, 52]) {
		size = candidate;
		lines = input.title.flatMap((line) => balance(line, TEXT_WIDTH, size, 900, options));
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
		const kicker = fitOneLine(input.kicker, TEXT_WIDTH, kickerSize, 400, options);
		text(kicker, (CARD_WIDTH - measure(kicker, kickerSize, 400)) / 2, y, kickerSize, 400, colors.muted);
		y += kickerSize * 0.8;
	}
	for (const line of lines) {
		y += lineHeight;
		const width = measure(line, size, 900);
		text(line, (CARD_WIDTH - width) / 2, y - (lineHeight - size) / 2 - size * 0.12, size, 900, colors.ink);
	}
	// Foot: rule, then date and places.
	paths.push(`<rect x="${MARGIN}" y="540" width="${TEXT_WIDTH}" height="3" fill="${colors.accent}"/>`);
	text(fitOneLine(input.footer, TEXT_WIDTH, 30, 400, options), MARGIN, 592, 30, 400, colors.muted);

	return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}"><rect width="100%" height="100%" fill="${colors.paper}"/>${paths.join('')}</svg>`;
}

/** Bump when the drawing changes, so cached cards are redrawn. */
const CARD_VERSION = 1;

/**
 * The card as PNG bytes (eight colours: flat paper, ink and red; about 25 KB). With `cacheDir`,
 * a card already drawn for the same input is read back instead (≈65 ms a card otherwise).
 */
export async function renderShareCard(input: ShareCardInput, options: { cacheDir?: string } = {}): Promise<Buffer> {
	const { lexicon, ...rest } = input;
	const key = createHash('sha256').update(JSON.stringify({ v: CARD_VERSION, ...rest })).digest('hex').slice(0, 32);
	const cached = options.cacheDir ? join(options.cacheDir, `${key}.png`) : undefined;
	if (cached && existsSync(cached)) return readFile(cached);
	const png = await sharp(Buffer.from(shareCardSvg({ ...rest, lexicon }))).png({ palette: true, colours: 8, effort: 1, dither: 0, compressionLevel: 9 }).toBuffer();
	if (cached) {
		await mkdir(options.cacheDir!, { recursive: true });
		await writeFile(cached, png);
	}
	return png;
}
