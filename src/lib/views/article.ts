/**
 * An article page: everything it prints besides the rendered body and the image itself, which
 * stay with Astro (`render()`, `<Image>`). The same facts feed the search index (Pagefind
 * attributes), the JSON-LD for search engines and the reader's page, so they cannot disagree.
 */
import { byline, cityKeys, headlineText, neighbours, summaryOf, type ArticleLike } from '../articles.ts';
import { formatChineseDate, yearOf } from '../dates.ts';
import { searchMetaAttrs } from '../search/indexing.ts';
import { strings } from '../strings.ts';
import { newsArticleJsonLd } from '../structured-data.ts';
import { absoluteUrl, routes } from '../urls.ts';
import type { Link, PlaceLink, SiteData } from './site.ts';

export interface ArticleLinkView {
	path: string;
	headline: string;
}

export interface ArticleView {
	/** The headline as one line: `<title>`, Open Graph. */
	title: string;
	/** The summary: meta description, JSON-LD. */
	description: string;
	/** Breadcrumb: home, then the issue of the day. */
	trail: Link[];
	/** 本报讯（记者 刘强）…, empty when the article names nobody. */
	byline: string;
	/** `YYYY-MM-DD`, and as printed. */
	date: string;
	dateText: string;
	/** Search filter of the date: `year:2022`. */
	yearFilter: string;
	/** Search sort key: `date:2022-02-09`. */
	sort: string;
	/** 第3版 · 工运纵横 · 第1篇. */
	pageInfo: string;
	genre: string;
	/** Caption under the lead image: a picture story (图片新闻) credits it there. */
	imageCaption?: string | undefined;
	/** Counties, then cities, as chips. */
	places: PlaceLink[];
	/** Names of the cities the article counts under in search (its own and its counties'). */
	searchCities: string[];
	tags: Link[];
	/** Pagefind result metadata as attributes of the article element. */
	searchMeta: Record<string, string>;
	/** Neighbours in reading order. */
	newer?: ArticleLinkView | undefined;
	older?: ArticleLinkView | undefined;
	/** schema.org NewsArticle. */
	jsonLd: Record<string, unknown>;
	/** The notice on a draft (only the preview builds drafts). */
	draftNote?: string | undefined;
}

export interface ArticlePageInput {
	/** Path of the page as served, base included (`Astro.url.pathname`). */
	pathname: string;
	/** Origin of the deployed site; the configured `site` when omitted. */
	origin?: URL | string | undefined;
	/** URL of the small search thumbnail of the lead image, if it has one. */
	thumbnail?: string | undefined;
}

const linkTo = (article: ArticleLike | undefined): ArticleLinkView | undefined =>
	article && { path: routes.article(article.id), headline: headlineText(article.data.title) };

export function articleView<A extends ArticleLike>(
	article: A,
	site: Pick<SiteData<A>, 'articles' | 'places' | 'counties' | 'cities' | 'tagSlugs' | 'config'> & Partial<Pick<SiteData<A>, 'position'>>,
	page: ArticlePageInput,
): ArticleView {
	const { data } = article;
	const origin = page.origin ?? site.config.site;
	const title = headlineText(data.title);
	const description = summaryOf(article);
	const printedByline = byline(data);
	const places = site.places.get(article.id) ?? [];
	const placeNames = places.map((p) => p.name);
	const { newer, older } = neighbours(site.articles, article.id, site.position);
	return {
		title,
		description,
		trail: [
			{ label: strings.nav.home, path: routes.home() },
			{ label: formatChineseDate(data.date), path: routes.issue(data.date) },
		],
		byline: printedByline,
		date: data.date,
		dateText: formatChineseDate(data.date),
		yearFilter: `year:${yearOf(data.date)}`,
		sort: `date:${data.date}`,
		pageInfo: strings.article.pageInfo(data.page, data.order, data.column),
		genre: data.genre,
		imageCaption: data.genre === '图片新闻' && printedByline ? printedByline : undefined,
		places,
		// Cities roll up their counties' stories, as the city pages do.
		searchCities: cityKeys(article, (id) => site.counties.get(id)?.cityId).flatMap((id) => site.cities.get(id)?.name ?? []),
		tags: data.tags.map((tag) => ({ label: tag, path: routes.tag(site.tagSlugs.get(tag)!) })),
		searchMeta: searchMetaAttrs({
			title,
			kicker: data.kicker,
			subtitle: data.subtitle,
			unit: data.unit,
			date: data.date,
			place: placeNames.join('、') || undefined,
			genre: data.genre,
			image: page.thumbnail,
			image_alt: data.image ? data.imageAlt : undefined,
		}),
		draftNote: data.draft ? strings.draft.note : undefined,
		newer: linkTo(newer),
		older: linkTo(older),
		jsonLd: newsArticleJsonLd({
			data,
			url: absoluteUrl(page.pathname, origin),
			description,
			publication: site.config.publication,
			places: placeNames,
			image: page.thumbnail && absoluteUrl(page.thumbnail, origin),
		}),
	};
}
