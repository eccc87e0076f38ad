/**
 * The share card as PNG bytes, at build time: the pure layout (src/lib/share/card.ts) drawn with
 * Noto Serif SC's outlines (glyphs.ts) and rasterised by sharp, eight colours (flat paper, ink and
 * red; about 25 KB). With `cacheDir`, a card already drawn for the same input is read back
 * (about 35 ms a card otherwise; zlib level 6 draws in 60 % of level 9's time for 3 % more bytes). This folder holds what needs the disk or native code.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { shareCardSvg, type ShareCardInput } from '../lib/share/card.ts';
import { glyphs } from './glyphs.ts';

/** Bump when the drawing changes, so cached cards are redrawn. */
const CARD_VERSION = 2;

export async function renderShareCard(input: ShareCardInput, options: { cacheDir?: string } = {}): Promise<Buffer> {
	const { lexicon, ...rest } = input;
	const key = createHash('sha256').update(JSON.stringify({ v: CARD_VERSION, ...rest })).digest('hex').slice(0, 32);
	const cached = options.cacheDir ? join(options.cacheDir, `${key}.png`) : undefined;
	if (cached && existsSync(cached)) return readFile(cached);
	const svg = shareCardSvg({ ...rest, lexicon }, glyphs);
	const png = await sharp(Buffer.from(svg)).png({ palette: true, colours: 8, effort: 1, dither: 0, compressionLevel: 6 }).toBuffer();
	if (cached) {
		await mkdir(options.cacheDir!, { recursive: true });
		await writeFile(cached, png);
	}
	return png;
}
