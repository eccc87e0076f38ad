/**
 * The 数字报 (e-paper) views: the page view (page image with hot zones, 本版导读, 上一版/下一版,
 * PDF download), the issue's 版次 list with thumbnails and 上一期/下一期, the 往期 calendar and
 * the article page's link back to its page. Built from the site's issues and the page sources
 * the e-paper build step found (src/integrations/epaper).
 */
import { headlineText, type ArticleLike, type Issue } from '../articles.ts';
import { formatChineseDate } from '../dates.ts';
import { around, calendarMonths, calendarYears, type CalendarMonth } from '../epaper/calendar.ts';
import { pageZones, viewBox, type PageImage, type PageSource } from '../epaper/edition.ts';
import type { Rect } from '../epaper/geometry.ts';
import { zonePath } from '../epaper/zones.ts';
import { pageWithoutArticles, piecesNotFound } from '../messages.ts';
import { strings } from '../strings.ts';
import { routes } from '../urls.ts';

export interface EpaperLink {
	label: string;
	path: string;
}

/** One printed page of an issue: its pieces and, when its PDF was given, what was found in it. */
export interface EditionPage<A extends ArticleLike> {
	date: string;
	page: number;
	column: string;
	articles: A[];
	source?: PageSource;
	zones: ReturnType<typeof pageZones>['zones'];
	/** Pieces of the page that have no zone (their text was not found in the PDF). */
	unmatched: string[];
}

export interface EditionIssue<A extends ArticleLike> {
	date: string;
	/** Numbered pages in page order. */
	pages: EditionPage<A>[];
	issueNumber?: string;
}

export interface EditionProblem {
	file: string;
	line?: number;
	field?: string;
	message: string;
}

export interface Edition<A extends ArticleLike> {
	/** Newest first, like `site.issues`. */
	issues: EditionIssue<A>[];
	byDate: Map<string, EditionIssue<A>>;
	/** Article id → its page, for the article page's link back. */
	pageOf: Map<string, EditionPage<A>>;
	/** Mistakes in page data files: the build stops on these. */
	problems: EditionProblem[];
	/** Per page with a PDF whose pieces were not all found: the build warns. */
	warnings: string[];
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Joins the issues (from the articles) with the page sources (from content/issues/). */
export function buildEdition<A extends ArticleLike>(issues: Issue<A>[], sources: PageSource[]): Edition<A> {
	const sourceOf = new Map(sources.map((s) => [`${s.date}/${s.page}`, s]));
	const problems: EditionProblem[] = [];
	const warnings: string[] = [];
	const pageOf = new Map<string, EditionPage<A>>();
	const known = new Set<string>();
	const edition = issues.map((issue) => {
		const pages = issue.pages
			.filter((p): p is typeof p & { page: number } => p.page !== undefined)
			.map((p) => {
				known.add(`${issue.date}/${p.page}`);
				const source = sourceOf.get(`${issue.date}/${p.page}`);
				const found = source ? pageZones(source, p.articles) : undefined;
				if (found) problems.push(...found.problems);
				if (found?.unmatched.length) {
					warnings.push(piecesNotFound(source!.file.replace(/\.ya?ml$/, '.pdf'), found.unmatched));
				}
				const page: EditionPage<A> = { date: issue.date, page: p.page, column: source?.column ?? p.column, articles: p.articles, source, zones: found?.zones ?? [], unmatched: found?.unmatched ?? [] };
				for (const a of p.articles) pageOf.set(a.id, page);
				return page;
			})
			.sort((a, b) => a.page - b.page);
		return { date: issue.date, pages, issueNumber: pages.find((p) => p.source?.issueNumber)?.source?.issueNumber };
	});
	for (const s of sources) {
		if (!known.has(`${s.date}/${s.page}`)) warnings.push(pageWithoutArticles(s.file, formatChineseDate(s.date), s.page));
	}
	return { issues: edition, byDate: new Map(edition.map((i) => [i.date, i])), pageOf, problems, warnings };
}

export interface PictureView {
	/** `<source>` per format, best first. */
	sources: { type: string; srcset: string }[];
	/** The `<img>`: the smallest WebP (or whatever exists), with its intrinsic size. */
	src: string;
	width: number;
	height: number;
	alt: string;
	/** The largest image, for 查看大图. */
	large: string;
}

function picture(images: PageImage[], alt: string, url: (path: string) => string): PictureView | undefined {
	if (!images.length) return undefined;
	const formats = (['avif', 'webp'] as const).filter((f) => images.some((i) => i.format === f));
	const fallback = [...images].sort((a, b) => (a.format === 'webp' ? 0 : 1) - (b.format === 'webp' ? 0 : 1) || a.width - b.width)[0]!;
	return {
		sources: formats.map((format) => ({
			type: `image/${format}`,
			srcset: images
				.filter((i) => i.format === format)
				.sort((a, b) => a.width - b.width)
				.map((i) => `${url(i.path)} ${i.width}w`)
				.join(', '),
		})),
		src: url(fallback.path),
		large: url([...images].sort((a, b) => b.width - a.width || (a.format === 'webp' ? -1 : 1))[0]!.path),
		width: fallback.width,
		height: fallback.height,
		alt,
	};
}

export interface ZoneView {
	/** Element id of the zone's link, the fragment the article page links to. */
	id: string;
	path: string;
	/** What a screen reader announces: the headline. */
	label: string;
	/** SVG path data in PDF points (the SVG's viewBox). */
	d: string;
	rects: Rect[];
	source: 'auto' | 'editor';
}

export interface GuideItem {
	label: string;
	kicker?: string;
	subtitle?: string;
	path: string;
	/** The matching zone's element id, when the piece has a zone. */
	zoneId?: string;
}

export interface EpaperPageView {
	date: string;
	page: number;
	/** 第03版 */
	pageName: string;
	column: string;
	/** `<title>`: 2022年2月9日 第03版 工运纵横 */
	title: string;
	/** The same in parts the heading keeps unbroken: a phone wraps between them, not inside 第03版. */
	titleParts: string[];
	path: string;
	trail: EpaperLink[];
	meta: string[];
	picture?: PictureView;
	viewBox?: string;
	zones: ZoneView[];
	guide: GuideItem[];
	pdf?: { path: string; label: string; filename: string };
	prev?: EpaperLink;
	next?: EpaperLink;
	/** Every page of the issue, for the 版次 strip. */
	pages: (EpaperLink & { current: boolean })[];
}

export function zoneId(articleId: string): string {
	return `zone-${articleId.split('/').at(-1)}`;
}

function sizeLabel(bytes: number): string {
	return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function pageLabel(p: { page: number; column: string }): string {
	return `${strings.epaper.pageName(p.page)} ${p.column}`;
}

function issueMeta(issue: { date: string; issueNumber?: string }, editor?: string): string[] {
	return [issue.issueNumber ? strings.epaper.issueNumber(issue.issueNumber) : '', editor ? strings.epaper.editor(editor) : ''].filter(Boolean);
}

export function epaperPageView<A extends ArticleLike>(issue: EditionIssue<A>, page: EditionPage<A>, url: (path: string) => string): EpaperPageView {
	const index = issue.pages.indexOf(page);
	const date = formatChineseDate(issue.date);
	const zones: ZoneView[] = page.zones.map((zone) => {
		const article = page.articles.find((a) => a.id === zone.articleId)!;
		return { id: zoneId(zone.articleId), path: routes.article(zone.articleId), label: headlineText(article.data.title), d: zonePath(zone.rects), rects: zone.rects, source: zone.source };
	});
	const pdf = page.source?.pdf;
	return {
		date: issue.date,
		page: page.page,
		pageName: strings.epaper.pageName(page.page),
		column: page.column,
		title: `${date} ${pageLabel(page)}`,
		titleParts: [date, strings.epaper.pageName(page.page), page.column],
		path: routes.issuePage(issue.date, page.page),
		trail: [
			{ label: strings.nav.home, path: routes.home() },
			{ label: strings.nav.issues, path: routes.issues() },
			{ label: date, path: routes.issue(issue.date) },
		],
		meta: issueMeta(issue, page.source?.editor),
		picture: pdf && picture(pdf.images, strings.epaper.imageAlt(date, pageLabel(page)), url),
		viewBox: pdf && viewBox(pdf),
		zones,
		guide: page.articles.map((a) => ({
			label: headlineText(a.data.title),
			kicker: a.data.kicker,
			subtitle: a.data.subtitle,
			path: routes.article(a.id),
			zoneId: zones.some((z) => z.id === zoneId(a.id)) ? zoneId(a.id) : undefined,
		})),
		pdf: pdf && { path: pdf.path, label: strings.epaper.downloadPdf(sizeLabel(pdf.bytes)), filename: `${issue.date}-${pad2(page.page)}.pdf` },
		prev: index > 0 ? { label: `${strings.epaper.prevPage}：${pageLabel(issue.pages[index - 1]!)}`, path: routes.issuePage(issue.date, issue.pages[index - 1]!.page) } : undefined,
		next: index < issue.pages.length - 1 ? { label: `${strings.epaper.nextPage}：${pageLabel(issue.pages[index + 1]!)}`, path: routes.issuePage(issue.date, issue.pages[index + 1]!.page) } : undefined,
		pages: issue.pages.map((p) => ({ label: pageLabel(p), path: routes.issuePage(issue.date, p.page), current: p === page })),
	};
}

export interface IssueEditionView {
	/** 版次 list: every numbered page with its thumbnail when it has a PDF. */
	pages: { label: string; path: string; count: string; thumb?: PictureView }[];
	meta: string[];
	/** 上一期 (older) and 下一期 (newer). */
	older?: EpaperLink;
	newer?: EpaperLink;
}

export function issueEditionView<A extends ArticleLike>(edition: Edition<A>, date: string, url: (path: string) => string): IssueEditionView {
	const index = edition.issues.findIndex((i) => i.date === date);
	const issue = edition.issues[index];
	const { newer, older } = around(edition.issues, index);
	const link = (i: EditionIssue<A> | undefined, label: string) => i && { label: `${label}：${formatChineseDate(i.date)}`, path: routes.issue(i.date) };
	return {
		pages: (issue?.pages ?? []).map((p) => ({
			label: pageLabel(p),
			path: routes.issuePage(p.date, p.page),
			count: strings.listing.count(p.articles.length),
			thumb: p.source?.pdf && picture(p.source.pdf.images, strings.epaper.thumbAlt(pageLabel(p)), url),
		})),
		meta: issue ? issueMeta(issue) : [],
		older: link(older, strings.epaper.prevIssue),
		newer: link(newer, strings.epaper.nextIssue),
	};
}

export interface CalendarView {
	title: string;
	lead: string;
	weekdays: readonly string[];
	years: { year: number; label: string; months: { month: number; id: string; label: string }[] }[];
	months: (Omit<CalendarMonth, 'weeks'> & {
		label: string;
		weeks: ({ day: number; date: string; path?: string; label: string } | null)[][];
	})[];
}

export function calendarView(issueDates: string[]): CalendarView {
	const months = calendarMonths(issueDates);
	return {
		title: strings.listing.issuesTitle,
		lead: strings.listing.issuesLead(issueDates.length),
		weekdays: strings.epaper.weekdays,
		years: calendarYears(months).map(({ year, months: list }) => ({
			year,
			label: strings.listing.year(String(year)),
			months: list.map((month) => ({ month, id: `${year}-${pad2(month)}`, label: strings.epaper.month(month) })),
		})),
		months: months.map((m) => ({
			...m,
			label: strings.epaper.monthTitle(m.year, m.month),
			weeks: m.weeks.map((week) =>
				week.map((d) => d && { day: d.day, date: d.date, path: d.issue ? routes.issue(d.date) : undefined, label: d.issue ? strings.epaper.issueOn(formatChineseDate(d.date)) : formatChineseDate(d.date) }),
			),
		})),
	};
}

/** The article page's link to its printed page, highlighting its zone there. */
export function articlePageLink<A extends ArticleLike>(edition: Edition<A>, articleId: string): EpaperLink | undefined {
	const page = edition.pageOf.get(articleId);
	if (!page) return undefined;
	const hasZone = page.zones.some((z) => z.articleId === articleId);
	return {
		label: page.source?.pdf ? strings.epaper.onPage(page.page) : strings.epaper.pageList(page.page),
		path: hasZone ? `${routes.issuePage(page.date, page.page)}/#${zoneId(articleId)}` : routes.issuePage(page.date, page.page),
	};
}
