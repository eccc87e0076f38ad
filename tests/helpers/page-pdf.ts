/**
 * Page PDFs for tests and the sample issue: articles laid out in newspaper columns by Chromium
 * and printed to PDF, with a CJK font loaded explicitly from the npm package
 * @fontsource/noto-sans-sc (a fresh machine has no system CJK font). Returns the PDF and, as the
 * truth to measure zones against, every line box of each article in PDF points.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { byline, paragraphs } from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/schemas/article.ts';
import type { Rect } from '../../src/lib/epaper/geometry.ts';
import { launch } from './browser.ts';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@fontsource/noto-sans-sc/package.json'));

export interface LayoutPiece {
	id: string;
	kicker?: string;
	title: string[];
	subtitle?: string;
	byline?: string;
	paragraphs: string[];
	/** Columns the piece spans. */
	span: number;
	/** First column (0-based); the lowest free place when omitted. */
	column?: number;
	/** The headline comes after the body in the PDF's content stream (set last, placed on top). */
	headlineAfterBody?: boolean;
	/** The second half of the body is set elsewhere on the page (下转), `span` columns wide. */
	jump?: { span: number; column?: number };
}

export interface PageLayout {
	/** Page size in millimetres. */
	width: number;
	height: number;
	columns: number;
	/** Top line: paper, page, date (page furniture that belongs to no article). */
	masthead: string;
	footer?: string;
	pieces: LayoutPiece[];
	/** Body text size in points. */
	bodySize?: number;
	/** Headlines set with wide letter spacing (字距), in em. */
	headlineSpacing?: number;
}

export interface PagePdf {
	pdf: Buffer;
	/** Article id → its line boxes in PDF points (origin top-left). */
	truth: Record<string, Rect[]>;
	/** Pieces that ran past the bottom of the page. */
	overflow: string[];
}

/** A piece from an article's frontmatter and Markdown, as the paper would set it. */
export function pieceFromArticle(article: { id: string; data: ArticleData; body: string }, layout: Omit<LayoutPiece, 'id' | 'title' | 'paragraphs'>): LayoutPiece {
	const d = article.data;
	return {
		id: article.id,
		kicker: d.kicker,
		title: d.title,
		subtitle: d.subtitle,
		byline: byline(d) || undefined,
		paragraphs: paragraphs(article.body),
		...layout,
	};
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function html(layout: PageLayout): string {
	// One weight keeps the PDF small; headlines are set larger (and Chromium synthesises bold).
	const css = ['400'].map((w) => `<link rel="stylesheet" href="${pathToFileURL(join(fontDir, `${w}.css`)).href}">`).join('');
	const body = layout.bodySize ?? 9;
	const pieces = layout.pieces.map((piece) => {
		let p = piece;
		const head = `<div class="head">${p.kicker ? `<p class="kicker">${escape(p.kicker)}</p>` : ''}${p.title.map((t) => `<h2>${escape(t)}</h2>`).join('')}${p.subtitle ? `<p class="sub">${escape(p.subtitle)}</p>` : ''}</div>`;
		const byl = p.byline ? `<p class="byline">${escape(p.byline)}</p>` : '';
		// A one-paragraph piece has nothing to jump with.
		if (p.jump && p.paragraphs.length < 2) p = { ...p, jump: undefined };
		const half = p.jump ? Math.ceil(p.paragraphs.length / 2) : p.paragraphs.length;
		const paras = (list: string[]) => list.map((t) => `<p>${escape(t)}</p>`).join('');
		return { p, head, first: byl + paras(p.paragraphs.slice(0, half)), rest: paras(p.paragraphs.slice(half)) };
	});
	return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${css}<style>
@page { size: ${layout.width}mm ${layout.height}mm; margin: 0 }
html, body { margin: 0; padding: 0 }
body { font-family: 'Noto Sans SC'; width: ${layout.width}mm; height: ${layout.height}mm; position: relative; overflow: hidden; font-size: ${body}pt; line-height: 1.45 }
.masthead, .footer { position: absolute; left: 12mm; right: 12mm; font-size: 8pt; display: flex; justify-content: space-between }
.masthead { top: 8mm; border-bottom: 0.6pt solid #000; padding-bottom: 1.5mm }
.footer { bottom: 8mm; border-top: 0.4pt solid #000; padding-top: 1mm }
.piece { position: absolute; box-sizing: border-box; padding: 0 0 3mm }
.piece.after .head { position: absolute; top: 0; left: 0; right: 0 }
.head { text-align: center; margin-bottom: 2mm }
h2 { font-size: ${body * 2}pt; font-weight: 400; margin: 0; line-height: 1.25; letter-spacing: ${layout.headlineSpacing ?? 0}em }
.kicker, .sub { font-size: ${body * 1.15}pt; margin: 0.5mm 0 }
.body { column-gap: 4mm; column-fill: balance; text-align: justify }
.body p { margin: 0; text-indent: 2em }
.body p.byline { text-indent: 0; font-size: ${body * 0.95}pt; margin-bottom: 1mm }
.note { text-indent: 0 !important; text-align: right; font-size: ${body * 0.85}pt }
.rule { position: absolute; border-top: 0.4pt solid #000 }
</style></head><body>
<div class="masthead"><span>${escape(layout.masthead)}</span></div>
${layout.footer ? `<div class="footer"><span>${escape(layout.footer)}</span></div>` : ''}
${pieces
	.map(
		({ p, head, first, rest }, i) =>
			`<section class="piece${p.headlineAfterBody ? ' after' : ''}" data-id="${escape(p.id)}" data-span="${p.span}" data-column="${p.column ?? ''}" data-i="${i}">` +
			(p.headlineAfterBody ? `<div class="body">${first}${p.jump ? '<p class="note">（下转右栏）</p>' : ''}</div>${head}` : `${head}<div class="body">${first}${p.jump ? '<p class="note">（下转右栏）</p>' : ''}</div>`) +
			`</section>` +
			(p.jump ? `<section class="piece jump" data-id="${escape(p.id)}" data-span="${p.jump.span}" data-column="${p.jump.column ?? ''}" data-later="1"><div class="body"><p class="note" style="text-align:left">（上接左栏）</p>${rest}</div></section>` : ''),
	)
	.join('\n')}
</body></html>`;
}

/** Places the pieces like a layout editor filling columns: each in the lowest free place of its width. */
function placePieces(options: { columns: number; width: number; height: number }) {
	const mm = 96 / 25.4;
	const margin = 12 * mm;
	const top = 17 * mm;
	const gutter = 5 * mm;
	const colWidth = (options.width * mm - 2 * margin - gutter * (options.columns - 1)) / options.columns;
	const bottoms = Array.from({ length: options.columns }, () => top);
	const all = [...document.querySelectorAll<HTMLElement>('section.piece')];
	// Jumped halves go last, where the rest of the page has already been filled.
	const order = [...all.filter((el) => !el.dataset.later), ...all.filter((el) => el.dataset.later)];
	const overflow: string[] = [];
	for (const el of order) {
		const span = Number(el.dataset.span);
		let column = el.dataset.column === '' ? -1 : Number(el.dataset.column);
		if (column < 0) {
			let best = Infinity;
			for (let c = 0; c + span <= options.columns; c++) {
				const y = Math.max(...bottoms.slice(c, c + span));
				if (y < best - 1) [best, column] = [y, c];
			}
		}
		const y = Math.max(...bottoms.slice(column, column + span));
		el.style.left = `${margin + column * (colWidth + gutter)}px`;
		el.style.top = `${y}px`;
		el.style.width = `${span * colWidth + (span - 1) * gutter}px`;
		const body = el.querySelector<HTMLElement>('.body')!;
		body.style.columnCount = String(span);
		const head = el.querySelector<HTMLElement>('.head');
		if (el.classList.contains('after') && head) body.style.marginTop = `${head.offsetHeight + 2 * mm}px`;
		const end = y + el.offsetHeight;
		if (end > options.height * mm - 14 * mm) overflow.push(el.dataset.id!);
		for (let c = column; c < column + span; c++) bottoms[c] = end;
		const rule = document.createElement('div');
		rule.className = 'rule';
		Object.assign(rule.style, { left: el.style.left, width: el.style.width, top: `${end - 1.5 * mm}px` });
		document.body.append(rule);
	}
	return overflow;
}

/** Line boxes of each article's text, in CSS px. */
function collectTruth() {
	const truth: Record<string, { x: number; y: number; w: number; h: number }[]> = {};
	for (const el of document.querySelectorAll<HTMLElement>('section.piece')) {
		const rects = (truth[el.dataset.id!] ??= []);
		const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const range = document.createRange();
			range.selectNodeContents(node);
			for (const r of range.getClientRects()) if (r.width > 0) rects.push({ x: r.x, y: r.y, w: r.width, h: r.height });
		}
	}
	return truth;
}

export async function makePagePdf(layout: PageLayout, browser?: Browser): Promise<PagePdf> {
	const own = browser ? undefined : await launch();
	const dir = mkdtempSync(join(tmpdir(), 'gyzh-page-'));
	try {
		const file = join(dir, 'page.html');
		writeFileSync(file, html(layout));
		const page = await (browser ?? own!).newPage();
		await page.goto(pathToFileURL(file).href);
		// Every unicode-range subset the text needs, loaded before anything is measured: a subset that
		// arrived after placement would reflow pieces placed by their old heights into each other (a
		// slow machine in CI did exactly that).
		await page.evaluate(async () => {
			await document.fonts.load(`16px 'Noto Sans SC'`, document.body.textContent ?? '');
			await document.fonts.ready;
		});
		const overflow = await page.evaluate(placePieces, { columns: layout.columns, width: layout.width, height: layout.height });
		const late = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loading').length);
		if (late) throw new Error(`page-pdf: ${late} font subsets were still loading after placement`);
		const px = await page.evaluate(collectTruth);
		const pdf = await page.pdf({ width: `${layout.width}mm`, height: `${layout.height}mm`, printBackground: true, pageRanges: '1' });
		await page.close();
		// CSS px → PDF points.
		const k = 72 / 96;
		const truth = Object.fromEntries(Object.entries(px).map(([id, rects]) => [id, rects.map((r) => ({ x: r.x * k, y: r.y * k, w: r.w * k, h: r.h * k }))]));
		return { pdf, truth, overflow };
	} finally {
		await own?.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
