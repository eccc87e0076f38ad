/**
 * Related stories under an article: pieces about the same county first, then about the same
 * city, then on the same topic (tag), each group newest first, never the article itself, no
 * piece twice.
 */
import { compareArticles, type ArticleLike } from './articles.ts';

export interface RelatedOptions {
	/** The city a county belongs to, so a story in 碑林区 finds others in 西安市. */
	cityOfCounty?: (county: string) => string | undefined;
	limit?: number;
}

export function relatedArticles<T extends ArticleLike>(article: T, all: readonly T[], options: RelatedOptions = {}): T[] {
	const { cityOfCounty = () => undefined, limit = 5 } = options;
	const counties = new Set(article.data.counties);
	const citiesOf = (a: ArticleLike) => new Set([...a.data.cities, ...a.data.counties.map(cityOfCounty).filter((c): c is string => !!c)]);
	const cities = citiesOf(article);
	const tags = new Set(article.data.tags);
	const tier = (other: T): number => {
		if (other.data.counties.some((c) => counties.has(c))) return 0;
		if ([...citiesOf(other)].some((c) => cities.has(c))) return 1;
		if (other.data.tags.some((t) => tags.has(t))) return 2;
		return 3;
	};
	return all
		.filter((other) => other.id !== article.id)
		.map((other) => ({ other, tier: tier(other) }))
		.filter((x) => x.tier < 3)
		.sort((a, b) => a.tier - b.tier || compareArticles(a.other, b.other))
		.slice(0, limit)
		.map((x) => x.other);
}
