/** The RSS feed's items: the newest articles with headline, link, date, summary and byline. */
import { byline, headlineText, summaryOf, type ArticleLike } from '../articles.ts';
import { chinaDayToInstant } from '../dates.ts';
import { routes, url } from '../urls.ts';
import type { SiteData } from './site.ts';

/** How many of the newest articles the feed carries. */
const FEED_SIZE = 50;

export interface FeedItem {
	title: string;
	/** Site-internal URL, base included. */
	link: string;
	pubDate: Date;
	description: string;
	author?: string | undefined;
	categories: string[];
}

export function feedItems<A extends ArticleLike>(site: Pick<SiteData<A>, 'articles'>): FeedItem[] {
	return site.articles.slice(0, FEED_SIZE).map((article) => ({
		title: headlineText(article.data.title),
		link: url(routes.article(article.id)),
		pubDate: chinaDayToInstant(article.data.date),
		description: summaryOf(article),
		author: byline(article.data) || undefined,
		categories: article.data.tags,
	}));
}
