/**
 * What the search shows before a query and when one finds nothing: the topics and places of
 * the newest pieces, most frequent first, as links a reader can follow without typing.
 */
import type { ArticleLike } from '../articles.ts';

export interface Suggestion {
	label: string;
	path: string;
}

/** The `limit` most frequent values among the newest `recent` articles (ties: the newer first). */
export function frequent<T extends ArticleLike>(articles: T[], keys: (a: T) => string[], recent = 40, limit = 8): string[] {
	const counts = new Map<string, { n: number; first: number }>();
	articles.slice(0, recent).forEach((a, i) => {
		for (const key of new Set(keys(a))) {
			const c = counts.get(key) ?? { n: 0, first: i };
			c.n++;
			counts.set(key, c);
		}
	});
	return [...counts]
		.sort(([, a], [, b]) => b.n - a.n || a.first - b.first)
		.slice(0, limit)
		.map(([key]) => key);
}

/** The search's suggestions for a site: frequent recent topics (tag pages) and places (county pages). */
export function searchSuggestions<T extends ArticleLike>(site: { articles: T[]; tagSlugs: Map<string, string>; counties: Map<string, { name: string }> }, routes: { tag(slug: string): string; county(id: string): string }): { topics: Suggestion[]; places: Suggestion[] } {
	return {
		topics: frequent(site.articles, (a) => a.data.tags).map((tag) => ({ label: tag, path: routes.tag(site.tagSlugs.get(tag)!) })),
		places: frequent(site.articles, (a) => a.data.counties).map((id) => ({ label: site.counties.get(id)?.name ?? id, path: routes.county(id) })),
	};
}
