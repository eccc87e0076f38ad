import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, shareCardSvg } from '../../src/lib/share/card.ts';
import { draw, glyphs, hasGlyph } from '../../src/render/glyphs.ts';
import { renderShareCard } from '../../src/render/share-card.ts';
import QRCode from 'qrcode';
import { bestMask, formatBits, qrSvg } from '../../src/lib/share/qr.ts';
import { hasShareCard } from '../../src/lib/views/share.ts';

const sample = {
	masthead: '陕西工人报 · 工运纵横',
	kicker: '江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助',
	title: ['工会晒出为企业贡献有多大', '企业晒出对工会支持有多强'],
	footer: '2022年2月9日 · 滨海县',
};

/** Share of dark pixels (ink) in a rectangle of a decoded PNG. */
function ink(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
	let dark = 0;
	for (let y = y0; y < y1; y++)
		for (let x = x0; x < x1; x++) {
			const i = (y * png.width + x) * 4;
			if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 200) dark++;
		}
	return dark / ((x1 - x0) * (y1 - y0));
}

describe('share card', () => {
	it('is a 1200×630 PNG with the red masthead band and the headline in ink', async () => {
		const png = PNG.sync.read(await renderShareCard(sample));
		expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		const at = (x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)];
		const [r, g, b] = at(10, 10);
		expect(r).toBeGreaterThan(150);
		expect(g! + b!).toBeLessThan(150);
		const headline = ink(png, 72, 260, 1128, 470);
		expect(headline).toBeGreaterThan(0.08);
		expect(headline).toBeLessThan(0.6);
	});

	it('draws real glyphs, not tofu: every character comes from the font, and different characters look different', async () => {
		for (const text of [...sample.title, sample.kicker, sample.masthead, '龘'])
			for (const weight of [400, 700, 900] as const) expect(draw(text, 0, 0, 60, weight).missing, text).toEqual([]);
		expect(shareCardSvg(sample, glyphs)).not.toContain('<text');
		// Boxes would look alike whatever the characters; glyphs do not.
		const a = await sharp(await renderShareCard({ ...sample, title: ['工会'] })).raw().toBuffer();
		const b = await sharp(await renderShareCard({ ...sample, title: ['会工'] })).raw().toBuffer();
		expect(a.equals(b)).toBe(false);
	});

	it('reports a character the font lacks instead of drawing a box', () => {
		expect(hasGlyph('𠮷')).toBe(false);
		expect(draw('工𠮷会', 0, 0, 60, 700).missing).toEqual(['𠮷']);
	});

	it('keeps a long headline inside the card in at most four lines', () => {
		const svg = shareCardSvg({ ...sample, title: ['长庆油田第五采油厂工会为职工办实事，确保企业增产增效，碑林区总工会助力企业复工复产，宁陕县住建局工会为户外劳动者送温暖'] }, glyphs);
		const xs = [...svg.matchAll(/[ML](-?[\d.]+)[ ,]/g)].map((m) => Number(m[1]));
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(CARD_WIDTH);
	});
});

describe('WeChat QR code', () => {
	it('decodes to the article URL', async () => {
		const url = 'https://gongyun.example.cn/articles/2022/0209-03-ziyang-kuaidi/';
		const svg = await qrSvg(url);
		expect(svg).toContain('aria-hidden="true"');
		const { data, info } = await sharp(Buffer.from(svg), { density: 300 }).resize(400).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const code = jsQR(new Uint8ClampedArray(data), info.width, info.height);
		expect(code?.data).toBe(url);
	});

	/** Addresses of every length a site makes, from a short path to a long sub-path (versions 2 to 10). */
	const urls = Array.from({ length: 400 }, (_, i) => `https://news.example.cn/${'gongyun/'.repeat(i % 25)}articles/${2015 + (i % 12)}/a${String(i * 7919).padStart(6, '0')}/`);
	const segments = (url: string) => [{ data: new TextEncoder().encode(url), mode: 'byte' as const }];

	it('picks the mask qrcode itself picks, so the code is the one qrcode draws', async () => {
		const sizes = new Set<number>();
		for (const url of urls) {
			const own = QRCode.create(segments(url), { errorCorrectionLevel: 'M' });
			sizes.add(own.modules.size);
			expect(bestMask(QRCode.create(segments(url), { errorCorrectionLevel: 'M', maskPattern: 0 }).modules), url).toBe(own.maskPattern);
		}
		expect(sizes.size).toBeGreaterThanOrEqual(6);
		for (const url of urls.slice(0, 40)) {
			const drawn = await QRCode.toString(segments(url), { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
			expect(await qrSvg(url)).toBe(drawn.replace('<svg ', '<svg aria-hidden="true" focusable="false" '));
		}
	});

	it('writes the format bits qrcode writes for every mask', () => {
		for (let p = 0; p < 8; p++) {
			const { modules } = QRCode.create(segments(urls[0]!), { errorCorrectionLevel: 'M', maskPattern: p as 0 });
			const bits = formatBits(p);
			// Format bit 0 sits at (0, 8) and (8, size − 1), bit 14 at (size − 1, 8) and (8, 0).
			expect(modules.get(0, 8)).toBe(bits & 1);
			expect(modules.get(8, modules.size - 1)).toBe(bits & 1);
			expect(modules.get(modules.size - 1, 8)).toBe((bits >> 14) & 1);
			expect(modules.get(8, 0)).toBe((bits >> 14) & 1);
		}
	});
});

describe('which pieces get a share card', () => {
	const piece = (date: string) => ({ id: date, data: { date } }) as unknown as Parameters<typeof hasShareCard>[0];
	it('draws cards for the pieces of the last N days before the newest piece, not by the clock', () => {
		const newest = piece('2026-03-31');
		expect(hasShareCard(newest, newest, 90)).toBe(true);
		expect(hasShareCard(piece('2026-01-01'), newest, 90)).toBe(true);
		expect(hasShareCard(piece('2025-12-31'), newest, 90)).toBe(false);
		expect(hasShareCard(newest, newest, 0)).toBe(false);
		expect(hasShareCard(newest, undefined, 90)).toBe(false);
	});
});
