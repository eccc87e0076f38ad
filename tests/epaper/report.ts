/**
 * `npm run epaper:report`: zone accuracy per piece and build time per page PDF.
 *
 * For each test page (the shipped 第3版 layout and the hard layout: jumps, headlines set after
 * their bodies, print text edited), it prints per piece the share of the article's PDF text
 * inside its zone and the share of all other text outside it, measured against the layout's
 * truth; then, for every page PDF under content/issues/, the time to read its text and to render
 * its images (what a build without cache spends on it).
 */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_FORMATS, DEFAULT_WIDTHS } from '../../src/integrations/epaper/loader.ts';
import { readPageLines, renderPdfPage } from '../../src/integrations/epaper/pdf.ts';
import { launch } from '../helpers/browser.ts';
import { makePagePdf } from '../helpers/page-pdf.ts';
import { repoRoot } from '../helpers/site.ts';
import { evaluatePage } from './evaluate.ts';
import { hardLayout, sampleArticles, sampleLayout, stressLayout } from './layouts.ts';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`.padStart(7);
const articles = sampleArticles();
const browser = await launch();
try {
	for (const [name, layout] of [
		['第3版 sample (8 columns, headline after body, one jump)', sampleLayout(articles)],
		['hard page (6 columns, 5 headlines after body, 2 jumps, edited print text)', hardLayout(articles)],
		['stress page (10 columns of 7.5 pt, every piece jumps, letter-spaced headlines after bodies, edited text)', stressLayout(articles)],
	] as const) {
		const started = performance.now();
		const page = await makePagePdf(layout, browser);
		const makeMs = performance.now() - started;
		const result = await evaluatePage(page, articles);
		console.log(`\n## ${name}`);
		console.log(`PDF ${(page.pdf.length / 1024).toFixed(0)} KiB made in ${makeMs.toFixed(0)} ms; text read in ${result.readMs.toFixed(0)} ms; matched + zones in ${result.matchMs.toFixed(0)} ms`);
		if (page.overflow.length) console.log(`(pieces past the page bottom: ${page.overflow.join(', ')})`);
		console.log(`${'piece'.padEnd(42)} ${'inside'.padStart(7)} ${'others out'.padStart(10)} ${'glyphs'.padStart(6)} rects  foreign glyphs inside`);
		for (const a of result.accuracy) {
			const zone = result.zones.find((z) => z.articleId === a.articleId);
			console.log(`${a.articleId.padEnd(42)} ${pct(a.inside)} ${pct(a.othersOutside).padStart(10)} ${String(a.glyphs).padStart(6)} ${String(zone?.rects.length ?? 0).padStart(5)}  ${a.foreignInside}`);
		}
		const mean = (f: (a: (typeof result.accuracy)[number]) => number) => result.accuracy.reduce((s, a) => s + f(a), 0) / result.accuracy.length;
		console.log(`${'mean'.padEnd(42)} ${pct(mean((a) => a.inside))} ${pct(mean((a) => a.othersOutside)).padStart(10)}   unmatched: ${result.unmatched.join(', ') || 'none'}`);
	}
} finally {
	await browser.close();
}

console.log(`\n## Build time per page PDF (content/issues/, widths ${DEFAULT_WIDTHS.join(' and ')} px, ${DEFAULT_FORMATS.join(' + ')}; uncached)`);
for (const file of globSync('content/issues/*/*.pdf', { cwd: repoRoot }).sort()) {
	const bytes = readFileSync(join(repoRoot, file));
	const t0 = performance.now();
	const text = await readPageLines(bytes);
	const t1 = performance.now();
	const images = await renderPdfPage(bytes, DEFAULT_WIDTHS, DEFAULT_FORMATS);
	const t2 = performance.now();
	const sizes = images.map((i) => `${i.format} ${i.width}px ${(i.data.length / 1024).toFixed(0)} KiB`).join(', ');
	console.log(`${file}: ${(bytes.length / 1024).toFixed(0)} KiB, ${text.lines.length} lines; text ${(t1 - t0).toFixed(0)} ms, render ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms (${sizes})`);
}
