/**
 * The 数字报 in a built fixture site: page PDFs generated here from the fixture's own articles
 * (Chromium print-to-PDF, CJK font from npm), page data files, an editor's zone, a page whose
 * PDF lacks a piece, a page without PDF, a sub-path deployment; and a page data file with
 * mistakes, which must stop the build with file, line and field and leave dist/ alone.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makePagePdf, pieceFromArticle } from '../helpers/page-pdf.ts';
import { buildSite, copyFixture, loadPage, type BuildResult } from '../helpers/site.ts';
import { loadArticles, sampleArticles } from '../epaper/layouts.ts';
import { readPageLines } from '../../src/integrations/epaper/pdf.ts';
import { processPdf } from '../../src/integrations/epaper/loader.ts';
import { articleText, pageZones } from '../../src/lib/epaper/edition.ts';
import { buildBlocks } from '../../src/lib/epaper/geometry.ts';
import { normalizeText } from '../../src/lib/epaper/match.ts';
import { zoneContains } from '../../src/lib/epaper/zones.ts';
import { repoRoot } from '../helpers/site.ts';

const BASE = '/paper/';

async function fixtureWithPdfs(): Promise<string> {
	const content = copyFixture('basic');
	const articles = loadArticles(content).sort((a, b) => a.id.localeCompare(b.id));
	const on = (date: string) => articles.filter((a) => a.data.date === date && !a.data.draft);
	const layout = (pieces: ReturnType<typeof pieceFromArticle>[]) => ({ width: 300, height: 420, columns: 6, masthead: '测试日报　第3版', pieces });
	// 1 February: both pieces, the second headline set after its body.
	const feb = await makePagePdf(layout(on('2024-02-01').map((a, i) => pieceFromArticle(a, { span: 3, headlineAfterBody: i === 1 }))));
	mkdirSync(join(content, 'issues/2024-02-01'), { recursive: true });
	writeFileSync(join(content, 'issues/2024-02-01/03.pdf'), feb.pdf);
	// The editor draws the second piece's zone by hand: [左, 上, 宽, 高] in percent of the page.
	writeFileSync(join(content, 'issues/2024-02-01/03.yml'), 'column: 工运纵横\neditor: 李编辑\nissueNumber: 8821\nzones:\n  0201-02-binhai:\n    - [50, 10, 40, 30]\n');
	// 1 March: only the first piece printed, no data file.
	const mar = await makePagePdf(layout(on('2024-03-01').slice(0, 1).map((a) => pieceFromArticle(a, { span: 4 }))));
	mkdirSync(join(content, 'issues/2024-03-01'), { recursive: true });
	writeFileSync(join(content, 'issues/2024-03-01/03.pdf'), mar.pdf);
	return content;
}

describe('e-paper pages in a fixture site under a sub-path', () => {
	let build: BuildResult;
	let content: string;
	beforeAll(async () => {
		content = await fixtureWithPdfs();
		build = buildSite({ content, base: BASE });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
	});

	it('publishes the page view with the image, a zone per piece linking to it, 本版导读 and the PDF', () => {
		const $ = loadPage(build.outDir, `${BASE}issues/2024-02-01/03/`, BASE);
		expect($('h1').text()).toBe('2024年2月1日 第03版 工运纵横');
		expect($('.epaper-meta').text()).toBe('第8821期 · 责任编辑：李编辑');
		const zones = $('svg.epaper-zones a.zone').toArray().map((el) => $(el).attr('href'));
		expect(zones).toEqual([`${BASE}articles/2024/0201-01-beilin/`, `${BASE}articles/2024/0201-02-binhai/`]);
		expect($('svg.epaper-zones a.zone path').toArray().every((el) => /^M[\d.]+ [\d.]+H/.test($(el).attr('d') ?? ''))).toBe(true);
		// 300 × 420 mm ≈ 850 × 1191 pt: the editor's rectangle [50, 10, 40, 30] in points.
		const [x, y, right, bottom] = ($('#zone-0201-02-binhai path').attr('d') ?? '').match(/[\d.]+/g)!.map(Number);
		for (const [got, want] of [[x, 425.2], [y, 119.1], [right, 765.4], [bottom, 476.2]] as const) expect(Math.abs(got! - want)).toBeLessThan(1.5);
		expect($('#zone-0201-01-beilin path').attr('d')).not.toBe($('#zone-0201-02-binhai path').attr('d'));
		expect($('.epaper-guide li a').toArray().map((el) => $(el).attr('data-zone-link'))).toEqual(['zone-0201-01-beilin', 'zone-0201-02-binhai']);
		const img = $('.epaper-frame img');
		expect(img.attr('src')).toMatch(new RegExp(`^${BASE}issues/2024-02-01/03-[0-9a-f]{8}-600\\.webp$`));
		expect(img.attr('alt')).toContain('本版导读');
		for (const src of [img.attr('src')!, ...$('.epaper-frame source').toArray().flatMap((el) => $(el).attr('srcset')!.split(', ').map((s) => s.split(' ')[0]!))]) {
			expect(existsSync(join(build.outDir, src.slice(BASE.length))), src).toBe(true);
		}
		const pdf = $('.epaper-pdf a');
		expect(pdf.attr('href')).toBe(`${BASE}issues/2024-02-01/03.pdf`);
		expect(pdf.attr('download')).toBe('2024-02-01-03.pdf');
		expect(readFileSync(join(build.outDir, 'issues/2024-02-01/03.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('warns about a piece missing from its page PDF, naming it, and gives it no zone', () => {
		expect(build.stdout + build.stderr).toMatch(/content-basic[^\n]*issues\/2024-03-01\/03\.pdf|issues\/2024-03-01\/03\.pdf/);
		expect(build.stdout + build.stderr).toContain('2024/0301-02-xian');
		const $ = loadPage(build.outDir, `${BASE}issues/2024-03-01/03/`, BASE);
		expect($('a.zone').toArray().map((el) => $(el).attr('id'))).toEqual(['zone-0301-01-ziyang']);
		expect($('.epaper-guide li')).toHaveLength(2);
	});

	it('lists the pages of an issue with thumbnails and links 上一期/下一期', () => {
		const $ = loadPage(build.outDir, `${BASE}issues/2024-02-01/`, BASE);
		expect($('.edition-pages a').first().attr('href')).toBe(`${BASE}issues/2024-02-01/03/`);
		expect($('.edition-pages img').attr('loading')).toBe('lazy');
		expect($('.issue-nav a[rel=next]').first().attr('href')).toBe(`${BASE}issues/2024-03-01/`);
		expect($('.issue-nav a[rel=next]').first().text()).toBe('下一期：2024年3月1日');
		const march = loadPage(build.outDir, `${BASE}issues/2024-03-01/`, BASE);
		expect(march('.issue-nav a[rel=prev]').first().attr('href')).toBe(`${BASE}issues/2024-02-01/`);
	});

	it('links an article back to its page view and zone', () => {
		const $ = loadPage(build.outDir, `${BASE}articles/2024/0201-02-binhai/`, BASE);
		expect($('a.epaper-back').attr('href')).toBe(`${BASE}issues/2024-02-01/03/#zone-0201-02-binhai`);
	});

	it('shows the calendar: a month grid per month with issues, issue days linked', () => {
		const $ = loadPage(build.outDir, `${BASE}issues/`, BASE);
		expect($('.calendar-month').toArray().map((el) => $(el).attr('id'))).toEqual(['2024-03', '2024-02']);
		expect($('[id="2024-02"] td a').toArray().map((el) => [$(el).text(), $(el).attr('href')])).toEqual([['1', `${BASE}issues/2024-02-01/`]]);
		// February 2024 began on a Thursday: three empty cells before the 1st.
		expect($('[id="2024-02"] tbody tr').first().find('td').toArray().map((el) => $(el).text())).toEqual(['', '', '', '1', '2', '3', '4']);
	});
});

describe('the shipped 第3版 PDF (content/issues/2022-02-09/03.pdf)', () => {
	it('gives each of the ten pieces a zone holding its text and not the others’', async () => {
		const pdf = await readPageLines(readFileSync(join(repoRoot, 'content/issues/2022-02-09/03.pdf')));
		const articles = sampleArticles();
		expect(articles).toHaveLength(10);
		const { zones, unmatched } = pageZones({ date: '2022-02-09', page: 3, file: '03.yml', zones: {}, zoneLines: {}, pdf: { ...pdf, path: '', bytes: 0, images: [] } }, articles);
		expect(unmatched).toEqual([]);
		expect(zones).toHaveLength(10);
		const grams = (text: string) => new Set([...normalizeText(text)].map((_, i, chars) => chars.slice(i, i + 6).join('')).filter((g) => g.length === 6));
		const textOf = articles.map((a) => grams(articleText(a).parts.join('\n')));
		for (const [i, article] of articles.entries()) {
			const zone = zones.find((z) => z.articleId === article.id)!;
			// The zone's text, line by line in reading order (wrapped lines joined), against each article's 6-grams.
			const blocks = buildBlocks(pdf.lines.filter((l) => zoneContains(zone, l)));
			const inside = new Set(blocks.flatMap((b) => [...grams(b.lines.map((l) => l.str).join(''))]));
			const share = (set: Set<string>) => [...set].filter((g) => inside.has(g)).length / set.size;
			expect({ id: article.id, own: share(textOf[i]!) > 0.8 }).toEqual({ id: article.id, own: true });
			for (const [j, other] of textOf.entries()) {
				if (j !== i) expect({ id: article.id, other: articles[j]!.id, share: share(other) < 0.05 }).toEqual({ id: article.id, other: articles[j]!.id, share: true });
			}
		}
	});
});

describe('the page PDF cache', () => {
	it('reads and renders a PDF once, and again only when the PDF or the image settings change', async () => {
		const cache = mkdtempSync(join(tmpdir(), 'gyzh-epaper-cache-'));
		const pdf = join(repoRoot, 'content/issues/2022-02-09/03.pdf');
		const first = await processPdf(pdf, cache, [300], ['webp']);
		expect(first.cached).toBe(false);
		expect(first.result.images).toEqual([{ width: 300, height: expect.any(Number), format: 'webp', file: '300.webp' }]);
		const second = await processPdf(pdf, cache, [300], ['webp']);
		expect(second).toMatchObject({ cached: true, hash: first.hash });
		expect(second.result.lines).toEqual(first.result.lines);
		const other = await processPdf(pdf, cache, [320], ['webp']);
		expect(other.cached).toBe(false);
		expect(other.hash).not.toBe(first.hash);
		rmSync(cache, { recursive: true, force: true });
	});
});

describe('a page data file with mistakes', () => {
	it('stops the build naming file, line and field, and leaves dist/ as it was', () => {
		const content = copyFixture('basic');
		mkdirSync(join(content, 'issues/2024-02-01'), { recursive: true });
		writeFileSync(join(content, 'issues/2024-02-01/03.yml'), 'column: 工运纵横\nzones:\n  0201-01-beilin:\n    - [10, 20, 30]\n');
		const outDir = join(content, '..', `dist-${Date.now()}`);
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(outDir, 'index.html'), 'previous site');
		const result = buildSite({ content, outDir });
		expect(result.status).not.toBe(0);
		const output = result.stdout + result.stderr;
		expect(output).toMatch(/issues\/2024-02-01\/03\.yml:4\s+\[zones\.0201-01-beilin\.0\]/);
		expect(output).toContain('[左, 上, 宽, 高]');
		expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('previous site');
	});

	it('stops the build on a zone naming no piece of the page', () => {
		const content = copyFixture('basic');
		mkdirSync(join(content, 'issues/2024-02-01'), { recursive: true });
		writeFileSync(join(content, 'issues/2024-02-01/03.yml'), 'zones:\n  0201-09-nothing: [[1, 2, 3, 4]]\n');
		const result = buildSite({ content });
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(/issues\/2024-02-01\/03\.yml:2\s+\[zones\.0201-09-nothing\]/);
		expect(result.stdout + result.stderr).toContain('0201-01-beilin');
	});
});
