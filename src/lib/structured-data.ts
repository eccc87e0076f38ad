/**
 * schema.org NewsArticle for an article page, so search engines and news aggregators read the
 * headline, date, authors and places the way the paper printed them.
 */
import { headlineText } from './articles.ts';
import type { Person } from './authors.ts';
import type { ArticleData } from './schemas/article.ts';

export interface NewsArticleInput {
	data: Pick<ArticleData, 'title' | 'kicker' | 'subtitle' | 'date' | 'genre' | 'authors' | 'photographers' | 'source' | 'tags' | 'column'>;
	/** Absolute URL of the page. */
	url: string;
	description: string;
	publication: string;
	/** Place names, for `contentLocation`. */
	places: string[];
	/** Absolute URL of the lead image, if any. */
	image?: string;
}

export function newsArticleJsonLd({ data, url, description, publication, places, image }: NewsArticleInput): Record<string, unknown> {
	// A Person is the bare name; the role (记者) is how the paper credits them, not who they are.
	const people = (list: Person[]) => list.map((p) => ({ '@type': 'Person', name: p.name }));
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: headlineText(data.title),
		...(data.kicker || data.subtitle ? { alternativeHeadline: [data.kicker, data.subtitle].filter(Boolean).join(' ') } : {}),
		// 见报日期 is a day in China time.
		datePublished: `${data.date}T00:00:00+08:00`,
		inLanguage: 'zh-CN',
		url,
		mainEntityOfPage: url,
		description,
		articleSection: data.column,
		genre: data.genre,
		...(data.tags.length ? { keywords: data.tags.join(',') } : {}),
		...(data.authors.length ? { author: people(data.authors) } : {}),
		...(data.photographers.length ? { contributor: people(data.photographers) } : {}),
		// 本报讯 and 本报西安讯 are the paper's own; anything else names where it came from.
		...(data.source && !/^本报.*讯$/.test(data.source) ? { isBasedOn: data.source } : {}),
		...(places.length ? { contentLocation: places.map((name) => ({ '@type': 'Place', name })) } : {}),
		...(image ? { image } : {}),
		publisher: { '@type': 'NewsMediaOrganization', name: publication },
	};
}

/**
 * JSON for an inline `<script type="application/ld+json">`: `<`, `>` and `&` escaped, so a
 * headline containing `</script>` cannot end the element and become markup or script (and the
 * line separators U+2028/2029, which old JavaScript parsers reject).
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
