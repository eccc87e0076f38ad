/**
 * What pages need to know about articles, as small pure functions over plain data:
 * ordering, issues, grouping by place and topic, bylines and summaries.
 */
import { formatPeople, names } from './authors.ts';
import { cutExcerpt, stripLeadFurniture } from './zh/excerpt.ts';
import type { ArticleData } from './schemas/article.ts';
import { compareZh } from './text.ts';

export interface ArticleLike {
	id: string;
	data: ArticleData;
	body?: string;
}

/** Newest first; within a day, in print order (page, then place on the page). */
export function compareArticles(a: ArticleLike, b: ArticleLike): number {
	return (
		b.data.date.localeCompare(a.data.date) ||
		(a.data.page ?? Infinity) - (b.data.page ?? Infinity) ||
		(a.data.order ?? Infinity) - (b.data.order ?? Infinity) ||
		a.id.localeCompare(b.id)
	);
}

export function sortArticles<T extends ArticleLike>(articles: T[]): T[] {
	return [...articles].sort(compareArticles);
}

export interface IssuePage<T> {
	page: number | undefined;
	column: string;
	articles: T[];
}

export interface Issue<T> {
	/** 见报日期, `YYYY-MM-DD`. */
	date: string;
	pages: IssuePage<T>[];
}

/** Groups articles into issues (one per date) and pages, newest issue first, pieces in layout order. */
export function groupIssues<T extends ArticleLike>(articles: T[]): Issue<T>[] {
	const byDate = Map.groupBy(sortArticles(articles), (a) => a.data.date);
	return [...byDate].map(([date, list]) => ({
		date,
		pages: [...Map.groupBy(list, (a) => a.data.page)].map(([page, items]) => ({
			page,
			column: items[0]!.data.column,
			articles: items,
		})),
	}));
}

/** Articles under each key (county, city, tag), every list newest first. */
export function groupBy<T extends ArticleLike>(articles: T[], keys: (article: T) => string[]): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const article of sortArticles(articles)) {
		for (const key of new Set(keys(article))) {
			const list = groups.get(key);
			if (list) list.push(article);
			else groups.set(key, [article]);
		}
	}
	return groups;
}

/**
 * A city page rolls up stories about the whole city and stories about any of its counties.
 * `cityOfCounty` maps a county slug to its city slug.
 */
export function cityKeys(article: ArticleLike, cityOfCounty: (county: string) => string | undefined): string[] {
	const fromCounties = article.data.counties.map(cityOfCounty).filter((c): c is string => Boolean(c));
	return [...new Set([...article.data.cities, ...fromCounties])];
}

/** Neighbours in reading order across the archive: `newer` and `older`. */
export function neighbours<T extends ArticleLike>(sorted: T[], id: string, position?: ReadonlyMap<string, number>): { newer?: T; older?: T } {
	// With the site's position map this is one lookup, not a scan per page (O(pages × articles)).
	const i = position ? (position.get(id) ?? -1) : sorted.findIndex((a) => a.id === id);
	if (i < 0) return {};
	return { newer: sorted[i - 1], older: sorted[i + 1] };
}

/**
 * The byline as the paper prints it: 本报讯（记者 刘强）, 据《工人日报》, □韩江 曹文琦, 本报记者 杨帆,
 * □王辉 摄, 本报记者 王辉 摄. Roles come from each person's `role` (src/lib/authors.ts).
 */
export function byline(data: Pick<ArticleData, 'source' | 'authors' | 'photographers'>): string {
	const parts: string[] = [];
	const authors = formatPeople(data.authors);
	if (data.source) {
		parts.push(authors ? `${data.source}（${authors}）` : data.source);
	} else if (authors) {
		// A role says who wrote it (本报记者 杨帆); the □ mark stands where there is none.
		parts.push(data.authors[0]!.role ? authors : `□${authors}`);
	}
	if (data.photographers.length) {
		// A role says who took it (本报记者 王辉 摄); the □ mark stands where there is none.
		const photographers = formatPeople(data.photographers);
		parts.push(data.photographers[0]!.role ? `${photographers} 摄` : `□${photographers} 摄`);
	}
	return parts.join(' ');
}

/** Every author's bare name, so that a person's stories can be listed together. */
export function authorNames(data: Pick<ArticleData, 'authors'>): string[] {
	return names(data.authors);
}

/** A headline as one line of text, for `<title>`, lists and feeds. */
export function headlineText(title: string[]): string {
	return title.join(' ');
}

/** Markdown → plain text of its paragraphs (headings, HTML, images and emphasis marks dropped). */
export function paragraphs(markdown: string): string[] {
	return [...eachParagraph(markdown)];
}

/**
 * `paragraphs`, one at a time: a summary needs only the lead, and cleaning every paragraph of
 * every article for it was 30–40 µs an article, in each build's page keys.
 */
function* eachParagraph(markdown: string): Generator<string> {
	const blocks = markdown
		.replace(/\r\n/g, '\n')
		.replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
		.replace(/^(import|export)\s.*$/gm, '')
		.split(/\n\s*\n/);
	for (const raw of blocks) {
		const block = raw.trim();
		if (!block || /^(#{1,6}\s|<|!\[|>|[-*+]\s|\d+\.\s|\||---)/.test(block)) continue;
		const text = block
			.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, '')
			.replace(/[*_`]/g, '')
			.replace(/\s*\n\s*/g, '');
		if (text) yield text;
	}
}

/** The first paragraph that is not empty once its dateline and byline are taken off. */
function leadParagraph(markdown: string): string {
	for (const paragraph of eachParagraph(markdown)) {
		const lead = stripLeadFurniture(paragraph);
		if (lead) return lead;
	}
	return '';
}

/**
 * The summary: the editor's, or the lead paragraph without its dateline and byline, cut at a
 * sentence, clause or word boundary near `max` characters (src/lib/zh/excerpt.ts).
 */
export function summaryOf(article: ArticleLike, max = 90): string {
	if (article.data.summary) return article.data.summary;
	// Asked for on the article's page, in each listing it is in and in the feed: cut once.
	let byMax = summaries.get(article);
	if (!byMax) summaries.set(article, (byMax = new Map()));
	let summary = byMax.get(max);
	if (summary === undefined) {
		byMax.set(max, (summary = cutExcerpt(leadParagraph(article.body ?? ''), max)));
	}
	return summary;
}

const summaries = new WeakMap<ArticleLike, Map<number, string>>();

/** Names sorted in pinyin order, as readers expect of an index. */
export function sortByName<T>(items: T[], name: (item: T) => string): T[] {
	return [...items].sort((a, b) => compareZh(name(a), name(b)));
}
