/**
 * Content loader for the 数字报 pages: `<base>/<YYYY-MM-DD>/<NN>.yml` (the page's data) and
 * `<NN>.pdf` (the page as the layout system exported it). For each PDF it keeps the text lines
 * with positions (the zones are matched against the articles later, in src/lib/epaper) and
 * renders the page images. Both are cached by the PDF's content hash under Astro's cacheDir, so
 * a rebuild does not read or render an unchanged PDF again; a site without PDFs loads no PDF code.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { PageImage, PageSource } from '../../lib/epaper/edition.ts';
import type { Line } from '../../lib/epaper/geometry.ts';
import { badPageFileName, pageDataYaml, pdfPages } from '../../lib/messages.ts';
import { issuePageSchema, pageFileParts } from '../../lib/schemas/issue-page.ts';
import { keepEntries } from '../keep-entries.ts';

export interface EpaperOptions {
	/** Folder with one sub-folder per issue date. */
	base: string;
	/** Widths of the rendered page images, in pixels. */
	widths?: number[];
	formats?: ('avif' | 'webp')[];
}

export const DEFAULT_WIDTHS = [600, 1200];
export const DEFAULT_FORMATS: ('avif' | 'webp')[] = ['avif', 'webp'];

/** What the integration copies into the output: sources and cached renders → site paths. */
export interface EpaperManifest {
	files: { from: string; to: string }[];
}

export function manifestPath(cacheDir: string): string {
	return join(cacheDir, 'epaper', 'manifest.json');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A friendly error naming file, line and field, in the form the build command prints. */
export class PageDataError extends Error {}

function readPageData(file: string, display: string) {
	const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
	const lineCounter = new LineCounter();
	const doc = parseDocument(source, { lineCounter, prettyErrors: false });
	if (doc.errors.length) {
		const e = doc.errors[0]!;
		throw new PageDataError(`${display}:${lineCounter.linePos(e.pos[0]).line}\n    ${pageDataYaml(e.message.split(/ at line \d+/)[0]!.split('\n')[0]!)}`);
	}
	/** 1-based line of a key or list item (`zones.0209-03-ziyang.0`), as far as the path exists. */
	const lineOfKey = (path: string[]): number | undefined => {
		let node: unknown = doc.contents;
		let line: number | undefined;
		for (const key of path) {
			let next: { range?: [number, number, number] | null } | undefined;
			let at: number | undefined;
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
				at = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
				next = pair?.value as typeof next;
			} else if (isSeq(node) && /^\d+$/.test(key)) {
				next = node.items[Number(key)] as typeof next;
				at = next?.range?.[0];
			}
			if (at === undefined) break;
			line = lineCounter.linePos(at).line;
			node = next;
		}
		return line;
	};
	const parsed = issuePageSchema.safeParse(doc.toJS() ?? {});
	if (!parsed.success) {
		const lines = parsed.error.issues.map((issue) => {
			const path = issue.path.map(String);
			const line = lineOfKey(path);
			return `${display}${line ? `:${line}` : ''}${path.length ? `  [${path.join('.')}]` : ''}\n    ${issue.message}`;
		});
		throw new PageDataError(lines.join('\n'));
	}
	const zoneLines = Object.fromEntries(Object.keys(parsed.data.zones).map((key) => [key, lineOfKey(['zones', key])]).filter(([, l]) => l !== undefined));
	return { data: parsed.data, zoneLines: zoneLines as Record<string, number> };
}

interface CachedPdf {
	width: number;
	height: number;
	pages: number;
	lines: Line[];
	images: { width: number; height: number; format: 'avif' | 'webp'; file: string }[];
	ms: number;
}

/** Text lines and rendered images of one page PDF, from the cache when this PDF was done before. */
export async function processPdf(pdfFile: string, cacheRoot: string, widths: number[], formats: ('avif' | 'webp')[]): Promise<{ hash: string; cached: boolean; result: CachedPdf }> {
	const { RENDERER_VERSION, readPageLines, renderPdfPage } = await import('./pdf.ts');
	const bytes = readFileSync(pdfFile);
	const hash = createHash('sha256').update(bytes).update(`${RENDERER_VERSION}|${widths.join(',')}|${formats.join(',')}`).digest('hex').slice(0, 16);
	const dir = join(cacheRoot, hash);
	const index = join(dir, 'page.json');
	if (existsSync(index)) {
		const result = JSON.parse(readFileSync(index, 'utf8')) as CachedPdf;
		if (result.images.every((i) => existsSync(join(dir, i.file)))) return { hash, cached: true, result };
	}
	const started = performance.now();
	const text = await readPageLines(bytes);
	const rendered = await renderPdfPage(bytes, widths, formats);
	mkdirSync(dir, { recursive: true });
	const images = rendered.map((image) => {
		const file = `${image.width}.${image.format}`;
		writeFileSync(join(dir, file), image.data);
		return { width: image.width, height: image.height, format: image.format, file };
	});
	const result: CachedPdf = { ...text, images, ms: Math.round(performance.now() - started) };
	writeFileSync(index, JSON.stringify(result));
	return { hash, cached: false, result };
}

export function epaperLoader(options: EpaperOptions): Loader {
	const widths = options.widths ?? DEFAULT_WIDTHS;
	const formats = options.formats ?? DEFAULT_FORMATS;
	return {
		name: 'gongyun-epaper',
		load: async (context) => {
			const { logger, config } = context;
			const entries: { id: string; data: Record<string, unknown> }[] = [];
			const cacheDir = fileURLToPath(config.cacheDir);
			const root = fileURLToPath(config.root);
			const manifest: EpaperManifest = { files: [] };
			const files = existsSync(options.base) ? globSync('*/*.{pdf,yml,yaml,PDF}', { cwd: options.base }).sort() : [];
			const pages = new Map<string, { date: string; page: number; pdf?: string; data?: string }>();
			for (const entry of files) {
				const parts = pageFileParts(entry);
				if (!parts) {
					logger.warn(badPageFileName(relative(root, join(options.base, entry))));
					continue;
				}
				const id = `${parts.date}/${pad(parts.page)}`;
				const page = pages.get(id) ?? { date: parts.date, page: parts.page };
				if (parts.ext === 'pdf') page.pdf = join(options.base, entry);
				else page.data = join(options.base, entry);
				pages.set(id, page);
			}
			for (const [id, page] of pages) {
				const display = relative(root, page.data ?? page.pdf!);
				const { data, zoneLines } = page.data ? readPageData(page.data, display) : { data: issuePageSchema.parse({}), zoneLines: {} };
				const source: PageSource = {
					date: page.date,
					page: data.page ?? page.page,
					file: display,
					column: data.column,
					editor: data.editor,
					issueNumber: data.issueNumber,
					zones: data.zones,
					zoneLines,
				};
				if (page.pdf) {
					const { hash, cached, result } = await processPdf(page.pdf, join(cacheDir, 'epaper'), widths, formats);
					const stem = `issues/${page.date}/${pad(source.page)}`;
					const pdfPath = `${stem}.pdf`;
					manifest.files.push({ from: page.pdf, to: pdfPath });
					const images: PageImage[] = result.images.map((image) => {
						const path = `${stem}-${hash.slice(0, 8)}-${image.width}.${image.format}`;
						manifest.files.push({ from: join(cacheDir, 'epaper', hash, image.file), to: path });
						return { width: image.width, height: image.height, format: image.format, path };
					});
					source.pdf = { path: pdfPath, bytes: statSync(page.pdf).size, width: result.width, height: result.height, pages: result.pages, lines: result.lines, images };
					if (result.pages > 1) logger.warn(pdfPages(relative(root, page.pdf), result.pages));
					logger.info(`${id}.pdf: ${result.lines.length} 行文字 (text lines), ${images.length} 张版面图 (images)；${cached ? '使用缓存 (cached)' : `${result.ms} ms`}`);
				}
				entries.push({ id, data: source as unknown as Record<string, unknown> });
			}
			await keepEntries(context, entries, { parse: false });
			mkdirSync(join(cacheDir, 'epaper'), { recursive: true });
			writeFileSync(manifestPath(cacheDir), JSON.stringify(manifest));
		},
	};
}
