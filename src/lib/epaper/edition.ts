/**
 * One printed page of an issue as the page view needs it: its articles, its zones (automatic,
 * or the editor's where given) and what could not be matched.
 */
import { byline, paragraphs, type ArticleLike } from '../articles.ts';
import { zoneNotOnPage } from '../messages.ts';
import type { Line, Rect } from './geometry.ts';
import { matchArticles, type ArticleText } from './match.ts';
import { articleZones, percentToPoints, type Zone } from './zones.ts';

export interface PageImage {
	width: number;
	height: number;
	format: 'avif' | 'webp';
	/** Site path of the file (under the base), e.g. `issues/2022-02-09/03-1a2b3c4d-1400.webp`. */
	path: string;
}

/** What the build step found for one page: the data file's fields and, when a PDF exists, its text and images. */
export interface PageSource {
	date: string;
	page: number;
	/** Data file (or PDF) path as the editor knows it, for messages. */
	file: string;
	column?: string;
	editor?: string;
	issueNumber?: string;
	/** Editor zones by article key, in percent. */
	zones: Record<string, [number, number, number, number][]>;
	/** Line of each zone key in the data file. */
	zoneLines: Record<string, number>;
	pdf?: {
		/** Site path of the PDF download. */
		path: string;
		bytes: number;
		width: number;
		height: number;
		pages: number;
		lines: Line[];
		images: PageImage[];
	};
}

/** Everything of an article that the paper prints: the matcher looks for these on the page. */
export function articleText(article: ArticleLike): ArticleText {
	const d = article.data;
	return {
		id: article.id,
		parts: [d.kicker, ...d.title, d.subtitle, d.unit, byline(d), ...paragraphs(article.body ?? ''), d.imageAlt].filter((p): p is string => Boolean(p)),
	};
}

export interface PageZones {
	zones: Zone[];
	/** Article ids not found on the page (and not given a zone by the editor). */
	unmatched: string[];
	coverage: { id: string; ratio: number }[];
	/** Mistakes in the data file: zone keys that name no article of this page. */
	problems: { file: string; line?: number; field: string; message: string }[];
}

/** The article a zone key means: its id (`2022/0209-03-ziyang`) or file name (`0209-03-ziyang`). */
function keyFor(articleId: string, keys: string[]): string | undefined {
	const name = articleId.split('/').at(-1)!;
	return keys.find((k) => k === articleId || k.toLowerCase() === name);
}

export function pageZones(source: PageSource, articles: ArticleLike[]): PageZones {
	const ids = articles.map((a) => a.id);
	const keys = Object.keys(source.zones);
	const problems = keys
		.filter((key) => !ids.some((id) => keyFor(id, [key])))
		.map((key) => ({
			file: source.file,
			line: source.zoneLines[key],
			field: `zones.${key}`,
			message: zoneNotOnPage(key, ids.map((id) => id.split('/').at(-1)!)),
		}));
	if (!source.pdf) return { zones: [], unmatched: [], coverage: [], problems };
	const { width, height } = source.pdf;
	const match = matchArticles(source.pdf.lines, articles.map(articleText));
	const auto = articleZones(match.lines, ids);
	const zones: Zone[] = ids.flatMap((id) => {
		const key = keyFor(id, keys);
		if (key) return [{ articleId: id, source: 'editor' as const, rects: source.zones[key]!.map((r) => percentToPoints(r, { width, height })) }];
		const zone = auto.find((z) => z.articleId === id);
		return zone && !match.unmatched.includes(id) ? [zone] : [];
	});
	return {
		zones,
		unmatched: match.unmatched.filter((id) => !keyFor(id, keys)),
		coverage: match.coverage.map(({ id, ratio }) => ({ id, ratio })),
		problems,
	};
}

/** The viewBox of the page in PDF points, for the SVG laid over the image. */
export function viewBox(pdf: { width: number; height: number }): string {
	return `0 0 ${Math.round(pdf.width * 10) / 10} ${Math.round(pdf.height * 10) / 10}`;
}

export type { Rect };
