/**
 * The one bridge from Astro's content collections to the pure functions in `src/lib`:
 * loads articles once per build and derives every grouping the pages need.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { siteConfig } from './site.config.ts';
import { cityKeys, groupBy, groupIssues, sortArticles, sortByName } from './lib/articles.ts';
import { getGazetteer, type City, type County } from './lib/gazetteer.ts';
import { uniqueSlugs } from './lib/slug.ts';
import { joinBase } from './lib/urls.ts';

export type Article = CollectionEntry<'articles'>;

export interface SiteData {
	articles: Article[];
	issues: ReturnType<typeof groupIssues<Article>>;
	/** County slug → its articles, newest first. */
	byCounty: Map<string, Article[]>;
	/** City slug → articles about the city or any of its counties. */
	byCity: Map<string, Article[]>;
	/** Tag label → articles. */
	byTag: Map<string, Article[]>;
	tagSlugs: Map<string, string>;
	counties: Map<string, County>;
	cities: Map<string, City>;
	/** Counties with stories, in pinyin order. */
	activeCounties: County[];
	activeCities: City[];
}

let cached: Promise<SiteData> | undefined;

export function loadSite(): Promise<SiteData> {
	cached ??= (async () => {
		const gazetteer = getGazetteer(siteConfig.homeProvince);
		// Drafts are previewed with `npm run dev` and never published.
		const all = await getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft);
		const articles = sortArticles(all);
		const cityOfCounty = (id: string) => gazetteer.countyById.get(id)?.cityId;
		const byCounty = groupBy(articles, (a) => a.data.counties);
		const byCity = groupBy(articles, (a) => cityKeys(a, cityOfCounty));
		const byTag = groupBy(articles, (a) => a.data.tags);
		return {
			articles,
			issues: groupIssues(articles),
			byCounty,
			byCity,
			byTag,
			tagSlugs: uniqueSlugs(byTag.keys()),
			counties: gazetteer.countyById,
			cities: gazetteer.cityById,
			activeCounties: sortByName([...byCounty.keys()].map((id) => gazetteer.countyById.get(id)!), (c) => c.name),
			activeCities: sortByName([...byCity.keys()].map((id) => gazetteer.cityById.get(id)!), (c) => c.name),
		};
	})();
	return cached;
}

/** A site-internal URL under the configured base. */
export function url(path: string): string {
	return joinBase(import.meta.env.BASE_URL, path);
}
