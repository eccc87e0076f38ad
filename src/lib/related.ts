/**
 * Related stories under an article: pieces about the same county first, then about the same
 * city, then on the same topic (tag), each group newest first, never the article itself, no
 * piece twice.
 *
 * Read from the site's groups (county, city, tag → pieces, newest first), taking only the first
 * few of each: a page costs the same on a 50,000-piece archive as on ten pieces (a scan of every
 * piece per page made the 50,000 build take hours).
 */
import { cityKeys, compareArticles, groupBy, type ArticleLike } from './articles.ts';

export interface RelatedGroups<T> {
	byCounty: ReadonlyMap<string, readonly T[]>;
	/** City → pieces about it or any of its counties. */
	byCity: ReadonlyMap<string, readonly T[]>;
	byTag: ReadonlyMap<string, readonly T[]>;
}

export interface RelatedOptions<T> {
	/** The city a county belongs to, so a story in 碑林区 finds others in 西安市. */
	cityOfCounty?: (county: string) => string | undefined;
	limit?: number;
	/** The site's groups (SiteData); built from `all` when not given. */
	groups?: RelatedGroups<T>;
}

export function relatedArticles<T extends ArticleLike>(article: T, all: readonly T[], options: RelatedOptions<T> = {}): T[] {
	const { cityOfCounty = () => undefined, limit = 5 } = options;
	const groups = options.groups ?? {
		byCounty: groupBy([...all], (a) => a.data.counties),
		byCity: groupBy([...all], (a) => cityKeys(a, cityOfCounty)),
		byTag: groupBy([...all], (a) => a.data.tags),
	};
	const tiers: (readonly T[] | undefined)[][] = [
		article.data.counties.map((id) => groups.byCounty.get(id)),
		cityKeys(article, cityOfCounty).map((id) => groups.byCity.get(id)),
		article.data.tags.map((tag) => groups.byTag.get(tag)),
	];
	const seen = new Set<string>([article.id]);
	const related: T[] = [];
	// A piece of a lower tier is also in a later tier's groups: while a tier has fewer pieces
	// than are wanted all of them are taken, so what a later tier finds unseen is of that tier.
	for (const lists of tiers) {
		const need = limit - related.length;
		if (need <= 0) break;
		const candidates = new Map<string, T>();
		for (const list of lists) {
			let taken = 0;
			for (const other of list ?? []) {
				if (taken >= need) break;
				if (seen.has(other.id)) continue;
				candidates.set(other.id, other);
				taken++;
			}
		}
		for (const other of [...candidates.values()].sort(compareArticles).slice(0, need)) {
			seen.add(other.id);
			related.push(other);
		}
	}
	return related;
}
