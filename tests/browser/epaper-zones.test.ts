/**
 * Hot zones on page PDFs we make ourselves: the sample pieces set in columns by Chromium (with a
 * CJK font from npm), including bodies that jump to another column and headlines set after
 * their bodies, read back with pdf.js. Every zone must hold its article's text and no other's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../helpers/browser.ts';
import { makePagePdf, type PageLayout } from '../helpers/page-pdf.ts';
import { evaluatePage, type Evaluation } from '../epaper/evaluate.ts';
import { hardLayout, sampleArticles, sampleLayout, stressLayout } from '../epaper/layouts.ts';
import { readPdfText } from '../../src/integrations/epaper/pdf.ts';

const articles = sampleArticles();
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

function expectCleanZones(result: Evaluation) {
	expect(result.unmatched).toEqual([]);
	expect(result.zones.map((z) => z.articleId).sort()).toEqual(articles.map((a) => a.id).sort());
	for (const a of result.accuracy) {
		// All of the article's glyphs inside its zone, none of another article's.
		expect({ id: a.articleId, inside: a.inside }).toEqual({ id: a.articleId, inside: 1 });
		expect({ id: a.articleId, foreignInside: a.foreignInside }).toEqual({ id: a.articleId, foreignInside: 0 });
	}
}

describe.each([
	['the sample page (8 columns, a jump, the commentary headline after its body)', sampleLayout],
	['the hard page (6 columns, 2 jumps, 5 headlines after their bodies, edited print text)', hardLayout],
	['the stress page (10 narrow columns, every piece jumping, letter-spaced headlines after their bodies)', stressLayout],
] as [string, (a: typeof articles) => PageLayout][])('%s', (_, layoutOf) => {
	it('has a zone per article holding its text and no other article’s', async () => {
		const layout = layoutOf(articles);
		const page = await makePagePdf(layout, browser);
		expect(page.overflow).toEqual([]);
		// The layout really has the hard cases: a piece in two separate places, a headline written last.
		const jumped = layout.pieces.filter((p) => p.jump && p.paragraphs.length > 1).map((p) => p.id);
		expect(jumped.length).toBeGreaterThan(0);
		const result = await evaluatePage(page, articles);
		for (const id of jumped) expect(result.zones.find((z) => z.articleId === id)!.rects.length).toBeGreaterThanOrEqual(2);
		expectCleanZones(result);
	});
});

it('writes a headline set after its body after the body in the PDF stream', async () => {
	const layout = sampleLayout(articles);
	const after = layout.pieces.find((p) => p.headlineAfterBody)!;
	const { pdf } = await makePagePdf(layout, browser);
	const stream = (await readPdfText(pdf)).items.map((i) => i.str).join('');
	expect(stream.indexOf(after.title[0]!.slice(0, 4))).toBeGreaterThan(stream.indexOf(after.paragraphs[0]!.slice(0, 8)));
});

it('names the pieces that are not on the page', async () => {
	const layout = sampleLayout(articles);
	const printed = { ...layout, pieces: layout.pieces.slice(0, 8) };
	const result = await evaluatePage(await makePagePdf(printed, browser), articles);
	expect(result.unmatched.sort()).toEqual(articles.slice(8).map((a) => a.id).sort());
	expect(result.zones).toHaveLength(8);
});
