/**
 * Reading and rendering a page PDF in Node, from npm packages alone: pdf.js (legacy build, the
 * one meant for Node) for the text with positions and for drawing the page onto a
 * @napi-rs/canvas canvas, sharp for WebP/AVIF. Imported lazily, so sites without PDFs never load them.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildLines, toGlyphs, type Line, type TextItem } from '../../lib/epaper/geometry.ts';

const require = createRequire(import.meta.url);
const pdfjsRoot = dirname(require.resolve('pdfjs-dist/package.json'));

/** Changes when a dependency or our rendering changes the output, so cached images are redone. */
export const RENDERER_VERSION = 'pdfjs6-canvas1-sharp035-v1';

export interface PdfText {
	width: number;
	height: number;
	pages: number;
	items: TextItem[];
}

async function openPdf(data: Uint8Array) {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = pdfjs.getDocument({
		// pdf.js takes ownership of the buffer it is given.
		data: new Uint8Array(data),
		useSystemFonts: false,
		// Layout systems often use Adobe's predefined CJK CMaps; pdf.js ships them.
		cMapUrl: join(pdfjsRoot, 'cmaps') + '/',
		cMapPacked: true,
		standardFontDataUrl: join(pdfjsRoot, 'standard_fonts') + '/',
		verbosity: 0,
	});
	return Object.assign(await task.promise, { close: () => task.destroy() });
}

/**
 * Text runs of the first page in PDF points, origin top-left. A run's box spans its font's
 * height above the baseline minus the descent (≈ 0.12 em for CJK fonts).
 */
export async function readPdfText(data: Uint8Array): Promise<PdfText> {
	const doc = await openPdf(data);
	try {
		const page = await doc.getPage(1);
		const viewport = page.getViewport({ scale: 1 });
		const content = await page.getTextContent();
		const items: TextItem[] = [];
		for (const item of content.items) {
			if (!('str' in item) || !item.str.trim()) continue;
			const [a, b, c, d, e, f] = item.transform as number[];
			// Rotated or vertical runs (竖排) are left out: their boxes need another geometry.
			if (Math.abs(b!) > 1e-3 || Math.abs(c!) > 1e-3 || item.dir === 'ttb') continue;
			const size = Math.hypot(c!, d!) || item.height;
			const [x, baseline] = viewport.convertToViewportPoint(e!, f!) as [number, number];
			const width = item.width * (Math.abs(a!) ? viewport.scale : 1);
			items.push({ str: item.str, x, y: baseline - size * 0.88, w: width, h: size });
		}
		return { width: viewport.width, height: viewport.height, pages: doc.numPages, items };
	} finally {
		await doc.close();
	}
}

export interface RenderedImage {
	width: number;
	height: number;
	format: 'avif' | 'webp';
	data: Buffer;
}

/** The first page drawn at each width, encoded in each format. */
export async function renderPdfPage(data: Uint8Array, widths: number[], formats: ('avif' | 'webp')[]): Promise<RenderedImage[]> {
	const [{ createCanvas }, { default: sharp }] = await Promise.all([import('@napi-rs/canvas'), import('sharp')]);
	const doc = await openPdf(data);
	try {
		const page = await doc.getPage(1);
		const base = page.getViewport({ scale: 1 });
		// Draw once at the largest width and scale down: sharper than drawing each size.
		const largest = Math.max(...widths);
		const viewport = page.getViewport({ scale: largest / base.width });
		const canvas = createCanvas(Math.round(viewport.width), Math.round(viewport.height));
		const context = canvas.getContext('2d');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
		// Raw pixels straight to sharp: no PNG round trip.
		const raw = context.getImageData(0, 0, canvas.width, canvas.height);
		const source = sharp(Buffer.from(raw.data.buffer, raw.data.byteOffset, raw.data.byteLength), { raw: { width: canvas.width, height: canvas.height, channels: 4 } });
		const jobs = widths.flatMap((width) =>
			formats.map(async (format): Promise<RenderedImage> => {
				const resized = source.clone().resize({ width }).removeAlpha();
				const encoded = format === 'avif' ? resized.avif({ quality: 50, effort: 2 }) : resized.webp({ quality: 72, effort: 3 });
				const { data: buffer, info } = await encoded.toBuffer({ resolveWithObject: true });
				return { width: info.width, height: info.height, format, data: buffer };
			}),
		);
		const out = await Promise.all(jobs);
		return out;
	} finally {
		await doc.close();
	}
}

/** The page's text as lines (what the matcher and the page data keep), and its size. */
export async function readPageLines(data: Uint8Array): Promise<{ width: number; height: number; pages: number; lines: Line[] }> {
	const { width, height, pages, items } = await readPdfText(data);
	return { width, height, pages, lines: buildLines(toGlyphs(items)) };
}
