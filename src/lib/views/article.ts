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
import { absoluteUrl, routes, url } from '../urls.ts';
import { peopleIndex, peopleOf } from '../author-pages.ts';
import { creditLines } from '../credits.ts';
import { hasPhoto, PHOTO_GENRE } from '../photos.ts';
import { relatedArticles } from '../related.ts';
import type { Link, PlaceLink, SiteData } from './site.ts';
import { hasShareCard } from './share.ts';

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
	/** Byline names with an author page → the page's route path. */
	people: Map<string, string>;
	/** The whole byline, photographers included, indexed after the story (excerpts quote the story). */
	searchByline: string;
	/** 第3版 · 工运纵横: where it was printed. */
	pageInfo: string;
	genre: string;
	/** Whether to print the genre: 消息 is what most pieces are, and says nothing. */
	showGenre: boolean;
	/** A 图片新闻 with its photo: the picture leads, with caption and credit. */
	photoStory: boolean;
	/** Caption under a photo story's picture. */
	imageCaption?: string | undefined;
	/** 摄影 credit under the picture (□王辉 摄); never without a picture. */
	imageCredit?: string | undefined;
	/** 来源 / 原标题 / 责任编辑 under the story. */
	credits: [label: string, value: string][];
	/** Related stories: same county, then city, then topic, newest first. */
	related: (ArticleLinkView & { date: string; dateText: string })[];
	/** Absolute URL of the page (the QR code and copy link) and of its share card. */
	url: string;
	/** The share card's URL, when the piece has one (recent pieces: views/share.ts). */
	shareCard: string | undefined;
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

type ArticleSite<A extends ArticleLike> = Pick<SiteData<A>, 'articles' | 'places' | 'counties' | 'cities' | 'tagSlugs' | 'config'> &
	Partial<Pick<SiteData<A>, 'position' | 'byCounty' | 'byCity' | 'byTag'>>;

/**
 * What an article page prints that does not come from its own entry: links to other pieces
 * (related, 上一篇/下一篇, author pages), its places and topics as the site names them, and
 * whether it has a share card. `articleView` takes all of that from here, so a page's cache key
 * (its entry, this, its printed page: src/pages/articles) covers everything it prints, and costs
 * far less than the whole view.
 */
export function articleContext<A extends ArticleLike>(article: A, site: ArticleSite<A>) {
	const { data } = article;
	const everyone = peopleIndex(site.articles);
	const { newer, older } = neighbours(site.articles, article.id, site.position);
	return {
		people: new Map(peopleOf(article).flatMap(({ name }) => (everyone.has(name) ? [[name, routes.author(everyone.get(name)!.slug)] as const] : []))),
		related: relatedArticles(article, site.articles, { cityOfCounty: (id) => site.counties.get(id)?.cityId, ...(site.byCounty && site.byCity && site.byTag ? { groups: { byCounty: site.byCounty, byCity: site.byCity, byTag: site.byTag } } : {}) }).map((r) => ({
			...linkTo(r)!,
			date: r.data.date,
			dateText: formatChineseDate(r.data.date),
		})),
		hasShareCard: hasShareCard(article, site.articles[0], site.config.shareCardDays),
		places: site.places.get(article.id) ?? [],
		// Cities roll up their counties' stories, as the city pages do.
		searchCities: cityKeys(article, (id) => site.counties.get(id)?.cityId).flatMap((id) => site.cities.get(id)?.name ?? []),
		tags: data.tags.map((tag) => ({ label: tag, path: routes.tag(site.tagSlugs.get(tag)!) })),
		credits: creditLines(data, site.config.pageEditors),
		newer: linkTo(newer),
		older: linkTo(older),
	};
}

/** `context`: the page's `articleContext`, when its `getStaticPaths` has it already (for the cache key). */
export function articleView<A extends ArticleLike>(article: A, site: ArticleSite<A>, page: ArticlePageInput, context = articleContext(article, site)): ArticleView {
	const { data } = article;
	const origin = page.origin ?? site.config.site;
	const title = headlineText(data.title);
	const description = summaryOf(article);
	// No photo, no photo credit: 图片新闻 without its picture prints no □王辉 摄 (the build warns).
	const photo = hasPhoto(data);
	const printedByline = byline({ ...data, photographers: photo ? data.photographers : [] });
	const photoStory = data.genre === PHOTO_GENRE && photo;
	const { places } = context;
	const placeNames = places.map((p) => p.name);
	return {
		title,
		description,
		trail: [
			{ label: strings.nav.home, path: routes.home() },
			{ label: formatChineseDate(data.date), path: routes.issue(data.date) },
		],
		byline: printedByline,
		people: context.people,
		searchByline: byline(data),
		date: data.date,
		dateText: formatChineseDate(data.date),
		yearFilter: `year:${yearOf(data.date)}`,
		sort: `date:${data.date}`,
		pageInfo: strings.article.pageInfo(data.page, data.column),
		genre: data.genre,
		showGenre: strings.article.showGenre(data.genre),
		photoStory,
		imageCaption: photoStory ? data.imageAlt : undefined,
		imageCredit: photoStory && data.photographers.length ? byline({ photographers: data.photographers, authors: [], source: undefined }) : undefined,
		credits: context.credits,
		related: context.related,
		url: absoluteUrl(page.pathname, origin),
		shareCard: context.hasShareCard ? absoluteUrl(url(routes.shareCard(article.id)), origin) : undefined,
		places,
		searchCities: context.searchCities,
		tags: context.tags,
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
		newer: context.newer,
		older: context.older,
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
