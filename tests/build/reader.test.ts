/** Reader furniture of the built sample site: share card, QR, article tools, byline mark, summaries. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { OPENING } from '../../src/lib/zh/linebreak.ts';
import { loadPage } from '../helpers/site.ts';

const ARTICLE = '/articles/2022/0209-02-changqing-wucaiyouchang/';

describe('article sharing and tools', () => {
	const dist = inject('sampleDist');

	it('points og:image at a 1200×630 share card that exists', () => {
		const $ = loadPage(dist, ARTICLE);
		const image = $('meta[property="og:image"]').attr('content')!;
		expect(image).toMatch(/^https?:\/\/[^/]+\/og\/2022\/0209-02-changqing-wucaiyouchang\.png$/);
		expect($('meta[property="og:image:width"]').attr('content')).toBe('1200');
		const png = PNG.sync.read(readFileSync(join(dist, new URL(image).pathname)));
		expect([png.width, png.height]).toEqual([1200, 630]);
	});

	it('has a WeChat QR code that decodes to the article’s address', async () => {
		const $ = loadPage(dist, ARTICLE);
		const canonical = $('link[rel="canonical"]').attr('href')!;
		const svg = $('.qr svg').toString();
		expect(svg).toContain('<svg');
		const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400).flatten({ background: '#fff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		expect(jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data).toBe(canonical);
	});

	it('offers 字号 小/中/大/特大 with 中 chosen in the HTML, and hides script-only buttons without script', () => {
		const $ = loadPage(dist, ARTICLE);
		const sizes = $('.font-size label').toArray().map((l) => $(l).text().trim());
		expect(sizes).toEqual(['小', '中', '大', '特大']);
		expect($('.font-size input:checked').val()).toBe('m');
		expect($('button[data-copy-link]').attr('hidden')).toBeDefined();
		expect($('button[data-print]').attr('hidden')).toBeDefined();
		// Strict CSP: behaviour comes from src/client modules, never from inline handlers.
		const handlers = $('*').toArray().flatMap((el) => Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {}).filter((a) => a.startsWith('on')));
		expect(handlers).toEqual([]);
	});

	it('draws the signature mark □ as a mark but keeps it in the byline text', () => {
		const $ = loadPage(dist, ARTICLE);
		expect($('.byline').first().text()).toBe('□韩江 曹文琦');
		expect($('.byline .sig-mark').attr('aria-hidden')).toBe('true');
	});
});

describe('summaries', () => {
	const dist = inject('sampleDist');
	it('cut cards’ summaries at a boundary with …… and never after an opening mark', () => {
		const $ = loadPage(dist, '/counties/ziyang-xian/');
		const summaries = loadPage(dist, '/')('.summary').toArray().map((p) => loadPage(dist, '/')(p).text());
		for (const s of [...summaries, $('.summary').text()]) {
			if (!s) continue;
			expect(/(……|[。！？”])$/.test(s), s).toBe(true);
			expect(OPENING.has(s.replace(/……$/, '').at(-1)!), s).toBe(false);
		}
	});
});
