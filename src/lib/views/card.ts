/** An article in a list (home, issue, county, city and tag pages): what its card prints. */
import { headlineText, summaryOf, type ArticleLike } from '../articles.ts';
import { formatChineseDate } from '../dates.ts';
import { hasPhoto } from '../photos.ts';
import { routes } from '../urls.ts';
import type { SiteData } from './site.ts';

export interface CardView {
	/** Route path of the article. */
	path: string;
	kicker?: string | undefined;
	/** Genre badge before the headline; plain news (消息) has none. */
	badge?: string | undefined;
	/** The headline as one line. */
	headline: string;
	/** `YYYY-MM-DD`. */
	date: string;
	/** The date as printed: 2022年2月9日. */
	dateText: string;
	/** Place names joined with 、; empty when the article names no place. */
	places: string;
	summary: string;
	/** 草稿 mark: the preview lists drafts, the published site never does. */
	draft: boolean;
	/** The lead photo: astro:assets' image metadata (a path in plain unit tests) and its alt text. */
	image?: { src: NonNullable<ArticleLike['data']['image']>; alt: string } | undefined;
}

export function cardView(article: ArticleLike, site: Pick<SiteData, 'places'>): CardView {
	const { data } = article;
	return {
		path: routes.article(article.id),
		kicker: data.kicker,
		badge: data.genre === '消息' ? undefined : data.genre,
		headline: headlineText(data.title),
		date: data.date,
		dateText: formatChineseDate(data.date),
		places: (site.places.get(article.id) ?? []).map((p) => p.name).join('、'),
		summary: summaryOf(article),
		draft: data.draft,
		image: hasPhoto(data) ? { src: data.image!, alt: data.imageAlt ?? '' } : undefined,
	};
}
