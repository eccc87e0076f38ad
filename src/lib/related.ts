/**
 * Related stories under an article: pieces about the same county first, then about the same
 * city, then on the same topic (tag); within each tier the pieces nearest in time to the
 * article (a story from 2018 finds what happened around it, not this week's news), listed
 * newest first; never the article itself, no piece twice.
 *
 * Read from the site's groups (county, city, tag → pieces, newest first) outward from the
 * article's own place in each, taking only the first few: a page costs the same on a
 * 50,000-piece archive as on ten pieces. Nearness also keeps a new piece from changing the
 * related stories of every older piece about its county, so publishing one re-renders a few
 * pages, not thousands (the build reuses every page whose data is unchanged).
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

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` → its time, parsed once per date: a page compares its date with dozens of others. */
const times = new Map<string, number>();
function timeOf(date: string): number {
	let time = times.get(date);
	if (time === undefined) times.set(date, (time = Date.parse(date)));
	return time;
}

/** Days between two `YYYY-MM-DD` dates. */
function daysApart(a: string, b: string): number {
	return Math.abs(timeOf(a) - timeOf(b)) / DAY_MS;
}

/** Where `article` is, or would be, in a list sorted by compareArticles. */
function positionIn<T extends ArticleLike>(list: readonly T[], article: T): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >>> 1;
		if (compareArticles(list[mid]!, article) < 0) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The `need` pieces of `list` nearest in time to `article` that are not in `seen`, walking
 * outward from its place, and every other piece as near as the last of them (which of those
 * comes first is for the caller's sort: walking towards newer pieces meets a day's pieces in
 * reverse print order).
 */
function nearest<T extends ArticleLike>(list: readonly T[], article: T, need: number, seen: ReadonlySet<string>): T[] {
	const found: T[] = [];
	const at = positionIn(list, article);
	let newer = at - 1;
	let older = at;
	const date = article.data.date;
	let reached = -1;
	while (newer >= 0 || older < list.length) {
		const a = newer >= 0 ? list[newer] : undefined;
		const b = older < list.length ? list[older] : undefined;
		const da = a ? daysApart(a.data.date, date) : Infinity;
		const db = b ? daysApart(b.data.date, date) : Infinity;
		const distance = Math.min(da, db);
		if (found.length >= need && distance > reached) break;
		const next = da <= db ? a! : b!;
		if (da <= db) newer--;
		else older++;
		if (seen.has(next.id)) continue;
		found.push(next);
		reached = distance;
	}
	return found;
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
	const date = article.data.date;
	// A piece of a lower tier is also in a later tier's groups: while a tier has fewer pieces
	// than are wanted all of them are taken, so what a later tier finds unseen is of that tier.
	for (const lists of tiers) {
		const need = limit - related.length;
		if (need <= 0) break;
		const candidates = new Map<string, T>();
		for (const list of lists) for (const other of nearest(list ?? [], article, need, seen)) candidates.set(other.id, other);
		const chosen = [...candidates.values()].sort((a, b) => daysApart(a.data.date, date) - daysApart(b.data.date, date) || compareArticles(a, b)).slice(0, need);
		for (const other of chosen.sort(compareArticles)) {
			seen.add(other.id);
			related.push(other);
		}
	}
	return related;
}
