/**
 * Chinese line breaking, measured on rendered line boxes in Chromium at phone and desktop widths:
 * every headline, kicker, subtitle and card title of the sample site, and 1,000 generated headlines
 * in the site's own CSS. A CJK font from npm (Noto Serif SC, @fontsource) is loaded into the page,
 * so the result does not depend on the fonts a machine happens to have.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { breakUnits, CLOSING, lexiconOf, OPENING, unitsToHtml } from '../../src/lib/zh/linebreak.ts';
import { siteConfig } from '../../src/site.config.ts';
import { launch, serve } from '../helpers/browser.ts';
import { generateHeadlines } from '../helpers/headlines.ts';
import { repoRoot } from '../helpers/site.ts';

const WIDTHS = [320, 360, 375, 390, 414, 1280];
const FONT_DIR = join(repoRoot, 'node_modules/@fontsource/noto-serif-sc/files');
const FONTS: Record<string, string> = {
	'cjk-400.woff2': 'noto-serif-sc-chinese-simplified-400-normal.woff2',
	'cjk-700.woff2': 'noto-serif-sc-chinese-simplified-700-normal.woff2',
	'latin-400.woff2': 'noto-serif-sc-latin-400-normal.woff2',
	'latin-700.woff2': 'noto-serif-sc-latin-700-normal.woff2',
};
const FONT_CSS = `
@font-face { font-family: "Test CJK"; font-weight: 100 550; src: url(/__font/cjk-400.woff2) format("woff2"); }
@font-face { font-family: "Test CJK"; font-weight: 551 1000; src: url(/__font/cjk-700.woff2) format("woff2"); }
@font-face { font-family: "Test Latin"; font-weight: 100 550; src: url(/__font/latin-400.woff2) format("woff2"); }
@font-face { font-family: "Test Latin"; font-weight: 551 1000; src: url(/__font/latin-700.woff2) format("woff2"); }
* { font-family: "Test Latin", "Test CJK" !important; }`;

interface Measured {
	text: string;
	lines: string[];
	/** Offsets (UTF-16) where a line starts other than the first. */
	breaks: number[];
	/** Offsets where the markup allows a break (<wbr>). */
	allowed: number[];
}

/** Runs in the page: every `.wrap-zh` element's text cut into its rendered lines. */
function measure(): Measured[] {
	const out: Measured[] = [];
	const range = document.createRange();
	for (const el of document.querySelectorAll('.wrap-zh')) {
		if (!(el as HTMLElement).offsetParent) continue;
		let text = '';
		const chars: [Text, number][] = [];
		const allowed: number[] = [];
		const walk = (node: Node) => {
			for (const child of node.childNodes) {
				if (child.nodeType === Node.TEXT_NODE) {
					const t = child as Text;
					for (let i = 0; i < t.data.length; i++) {
						chars.push([t, i]);
						text += t.data[i];
					}
				} else if (child.nodeName === 'WBR') allowed.push(text.length);
				else walk(child);
			}
		};
		walk(el);
		const lines: string[] = [];
		const breaks: number[] = [];
		let current = '';
		let lastTop: number | undefined;
		chars.forEach(([node, i], index) => {
			range.setStart(node, i);
			range.setEnd(node, i + 1);
			const rect = range.getClientRects()[0];
			if (rect && rect.width > 0) {
				if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) {
					lines.push(current);
					breaks.push(index);
					current = '';
				}
				lastTop = rect.top;
			}
			current += text[index];
		});
		lines.push(current);
		out.push({ text, lines, breaks, allowed });
	}
	return out;
}

const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;

/** What is wrong with one element's lines, in words a reader would use. */
function faults(m: Measured, where: string): string[] {
	const found: string[] = [];
	const shown = m.lines.join(' / ');
	for (const b of m.breaks) {
		if (!m.allowed.includes(b) && !/\s/u.test(m.text[b - 1] ?? '')) found.push(`${where}: break inside a unit at ${b}: ${shown}`);
	}
	m.lines.forEach((line, i) => {
		const t = line.trim();
		if (!t) return;
		if (i > 0 && CLOSING.has(t[0]!)) found.push(`${where}: line starts with ${t[0]}: ${shown}`);
		if (i < m.lines.length - 1 && OPENING.has(t.at(-1)!)) found.push(`${where}: line ends with ${t.at(-1)}: ${shown}`);
	});
	if (m.lines.length > 1 && han(m.lines.at(-1)!) < 2 && han(m.text) >= 2) found.push(`${where}: one-character last line: ${shown}`);
	return found;
}

async function preparePage(browser: Browser, width: number): Promise<Page> {
	// The test's own font comes in an injected <style>: the site's CSP (rightly) refuses inline styles.
	const page = await browser.newPage({ viewport: { width, height: 800 }, bypassCSP: true });
	await page.route('**/__font/*', (route) => {
		const name = new URL(route.request().url()).pathname.split('/').pop()!;
		return route.fulfill({ body: readFileSync(join(FONT_DIR, FONTS[name]!)), contentType: 'font/woff2' });
	});
	return page;
}

async function loadFont(page: Page) {
	await page.addStyleTag({ content: FONT_CSS });
	const ok = await page.evaluate(async () => {
		await Promise.all([document.fonts.load('400 20px "Test CJK"', '工会'), document.fonts.load('900 20px "Test CJK"', '工会'), document.fonts.load('400 20px "Test Latin"', '2022')]);
		await document.fonts.ready;
		return document.fonts.check('900 20px "Test CJK"', '工会') && document.fonts.check('400 20px "Test CJK"', '工会');
	});
	expect(ok, 'the test font loaded').toBe(true);
}

describe('Chinese line breaking in rendered headlines', () => {
	let browser: Browser;
	let server: Awaited<ReturnType<typeof serve>>;
	const dist = inject('sampleDist');
	const articles = readdirSync(join(dist, 'articles/2022')).map((d) => `/articles/2022/${d}/`);
	const pages = ['/', '/issues/2022-02-09/', '/counties/ziyang-xian/', '/tags/', ...articles];
	beforeAll(async () => {
		browser = await launch();
		server = await serve(dist);
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});

	// Each page is loaded (and its font) once, then measured at every width: the viewport is resized
	// in place, which re-runs the media queries and the layout as a fresh load at that width would.
	async function measureAtWidths(page: Page, check: (all: Measured[], width: number) => void) {
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			const reported = await page.evaluate(() => innerWidth);
			expect(reported, 'the viewport took the width').toBe(width);
			check(await page.evaluate(measure), width);
		}
	}

	/** A real page with one element's markup (`outer`) or content (`inner`) replaced, measured at every width. */
	async function measureReplaced(page: Page, path: string, selector: string, how: 'outer' | 'inner', html: string, check: (all: Measured[], width: number) => void) {
		await page.goto(server.origin + path);
		await page.evaluate(
			([selector, how, html]) => {
				const el = document.querySelector(selector)!;
				if (how === 'outer') el.outerHTML = html;
				else el.innerHTML = html;
			},
			[selector, how, html] as const,
		);
		await loadFont(page);
		await measureAtWidths(page, check);
	}

	it(`sample site at ${WIDTHS.join(', ')}px: breaks between words, 禁则, no one-character last line`, async () => {
		const page = await preparePage(browser, WIDTHS[0]!);
		const found: string[] = [];
		const measured = new Map<number, number>();
		for (const path of pages) {
			await page.goto(server.origin + path);
			await loadFont(page);
			await measureAtWidths(page, (all, width) => {
				measured.set(width, (measured.get(width) ?? 0) + all.length);
				for (const m of all) found.push(...faults(m, `${path} @${width}`));
			});
		}
		await page.close();
		for (const width of WIDTHS) expect(measured.get(width), `elements measured at ${width}px`).toBeGreaterThan(30);
		expect(found.slice(0, 20)).toEqual([]);
	});

	const generated = generateHeadlines(1000);
	const g = getGazetteer(siteConfig.homeProvince);
	const lexicon = lexiconOf(g.provinces.map((p) => p.name), g.cities.map((c) => c.name), g.counties.map((c) => c.name));
	const wrap = (text: string) => `<span class="wrap-zh">${unitsToHtml(breakUnits(text, { lexicon }))}</span>`;
	const headlineHtml = generated
		.map((h) => `<header class="headline">${h.kicker ? `<p class="kicker">${wrap(h.kicker)}</p>` : ''}<h1><span class="line">${wrap(h.title)}</span></h1>${h.subtitle ? `<p class="subtitle">${wrap(h.subtitle)}</p>` : ''}</header>`)
		.join('');
	const cardHtml = generated
		.map((h) => `<li><article class="card">${h.kicker ? `<p class="kicker">${wrap(h.kicker)}</p>` : ''}<h2><a href="#">${wrap(h.title)}</a></h2></article></li>`)
		.join('');

	it('catches the faults of the old markup (<wbr> between every ICU word), so it can fail', async () => {
		const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
		const naive = (text: string) => `<span class="wrap-zh">${[...segmenter.segment(text)].map((s) => s.segment).join('<wbr>')}</span>`;
		const html = generated.map((h) => `<header class="headline"><h1><span class="line">${naive(h.title)}</span></h1></header>`).join('');
		const page = await preparePage(browser, 360);
		await page.goto(server.origin + articles[0]!);
		await page.evaluate((markup) => {
			document.querySelector('.headline')!.outerHTML = markup;
		}, html);
		await loadFont(page);
		// Judge the old markup's lines by the units the site now keeps whole.
		const boundaries = (text: string) => breakUnits(text, { lexicon }).reduce<number[]>((acc, u) => [...acc, (acc.at(-1) ?? 0) + u.length], []);
		const found = (await page.evaluate(measure)).flatMap((m) => faults({ ...m, allowed: boundaries(m.text) }, 'naive'));
		await page.close();
		expect(found.filter((f) => f.includes('break inside a unit')).length).toBeGreaterThan(10);
	});

	it(`1,000 generated headlines at ${WIDTHS.join(', ')}px, as article headlines and as cards`, async () => {
		const page = await preparePage(browser, WIDTHS[0]!);
		const found: string[] = [];
		// Article headline: the one headline of a real article page replaced with the generated ones.
		await measureReplaced(page, articles[0]!, '.headline', 'outer', headlineHtml, (asHeadlines, width) => {
			expect(asHeadlines.length).toBeGreaterThanOrEqual(1000);
			if (width < 1280) expect(asHeadlines.filter((m) => m.lines.length > 1).length, `some headlines wrap at ${width}px`).toBeGreaterThan(100);
			for (const m of asHeadlines) found.push(...faults(m, `headline @${width}`));
		});
		// Cards: a real listing page with its list replaced.
		await measureReplaced(page, '/counties/ziyang-xian/', '.article-list', 'inner', cardHtml, (asCards, width) => {
			expect(asCards.length).toBeGreaterThanOrEqual(1000);
			for (const m of asCards) found.push(...faults(m, `card @${width}`));
		});
		await page.close();
		expect(found.slice(0, 20)).toEqual([]);
	});
});
