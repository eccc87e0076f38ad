/**
 * Glyph outlines for the share cards, from Noto Serif SC (SIL OFL) as the npm package
 * `@fontsource/noto-serif-sc` ships it: the whole font cut into ~100 unicode-range subsets per
 * weight. We read only the subsets that hold a card's characters, so a card draws every
 * character the font has, rare ones too, and the PNG needs no font on the machine that builds it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import type { GlyphSource, Weight } from '../lib/share/card.ts';


export interface GlyphRun {
	/** SVG path data, already scaled and placed. */
	d: string;
	/** Advance in pixels. */
	width: number;
	/** Characters the font lacks (drawn as nothing: never as a tofu box). */
	missing: string[];
}

interface Slice {
	file: string;
	ranges: [number, number][];
	font?: fontkit.Font;
}

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/noto-serif-sc/package.json'));
const slicesByWeight = new Map<Weight, Slice[]>();

/** The weight's @font-face subsets and their unicode ranges, read from the package's CSS. */
function slices(weight: Weight): Slice[] {
	let list = slicesByWeight.get(weight);
	if (list) return list;
	const css = readFileSync(join(packageDir, `${weight}.css`), 'utf8');
	list = [];
	for (const face of css.matchAll(/src:\s*url\(\.\/files\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)) {
		const ranges = face[2]!.split(',').map((r): [number, number] => {
			const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
			return [parseInt(a!, 16), parseInt(b ?? a!, 16)];
		});
		list.push({ file: join(packageDir, 'files', face[1]!), ranges });
	}
	slicesByWeight.set(weight, list);
	return list;
}

function fontFor(codePoint: number, weight: Weight): fontkit.Font | undefined {
	for (const slice of slices(weight)) {
		if (!slice.ranges.some(([a, b]) => codePoint >= a && codePoint <= b)) continue;
		slice.font ??= fontkit.create(readFileSync(slice.file)) as fontkit.Font;
		if (slice.font.hasGlyphForCodePoint(codePoint)) return slice.font;
	}
	return undefined;
}

/** Whether the font draws this character (tests and the card's own fallbacks use it). */
export function hasGlyph(char: string, weight: Weight = 400): boolean {
	return fontFor(char.codePointAt(0)!, weight) !== undefined;
}

const advances = new Map<string, number>();

/** Advance width of `text` at `size` px, without drawing (advances cached per character). */
export function measure(text: string, size: number, weight: Weight): number {
	let em = 0;
	for (const char of text) {
		const key = `${weight}:${char}`;
		let advance = advances.get(key);
		if (advance === undefined) {
			const cp = char.codePointAt(0)!;
			const font = /\s/u.test(char) ? undefined : fontFor(cp, weight);
			advance = /\s/u.test(char) ? 0.3 : font ? font.glyphForCodePoint(cp).advanceWidth / font.unitsPerEm : 1;
			advances.set(key, advance);
		}
		em += advance;
	}
	return em * size;
}

/**
 * `text` as one SVG path at (x, baseline y), `size` px. Character by character: Chinese has no
 * kerning to lose, and each character may come from a different subset.
 */
export function draw(text: string, x: number, y: number, size: number, weight: Weight): GlyphRun {
	let d = '';
	let pen = x;
	const missing: string[] = [];
	for (const char of text) {
		const cp = char.codePointAt(0)!;
		if (/\s/u.test(char)) {
			pen += size * 0.3;
			continue;
		}
		const font = fontFor(cp, weight);
		if (!font) {
			missing.push(char);
			pen += size;
			continue;
		}
		const glyph = font.glyphForCodePoint(cp);
		const scale = size / font.unitsPerEm;
		// Font units are y-up; SVG is y-down.
		const path = glyph.path.scale(scale, -scale).translate(pen, y);
		d += path.toSVG();
		pen += glyph.advanceWidth * scale;
	}
	return { d, width: pen - x, missing };
}

/** The glyph source the share card layout takes. */
export const glyphs: GlyphSource = { measure, draw };
