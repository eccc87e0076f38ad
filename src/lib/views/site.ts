/**
 * The site model every view reads: the published articles in reading order and every grouping
 * the pages need (issues, counties, cities, tags), built once per build from plain data. Place
 * names and routes are attached here, once, so no page or component looks them up again.
 */
import { cityKeys, groupBy, groupIssues, sortArticles, sortByName, type ArticleLike, type Issue } from '../articles.ts';
import type { City, County, Gazetteer } from '../gazetteer.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { uniqueSlugs } from '../slug.ts';
import { routes } from '../urls.ts';

/** A link as pages print it: a label and a route path (see `routes`), without the base. */
export interface Link {
	label: string;
	path: string;
}

/** A place an article is about, ready to print as a link. */
export interface PlaceLink {
	name: string;
	/** Route path (see `routes`), without the base. */
	path: string;
	/**
	 * Search facet of the chip: `county` for counties. Cities have none on the chip: their facet
	 * is the city roll-up (`ArticleView.searchCities`), which also counts the counties' stories.
	 */
	facet?: 'county';
}

export interface SiteData<A extends ArticleLike = ArticleLike> {
	config: SiteConfig;
	/** Published articles, newest first, in print order within a day. */
	articles: A[];
	issues: Issue<A>[];
	/** County slug → its articles, newest first. */
	byCounty: Map<string, A[]>;
	/** City slug → articles about the city or any of its counties. */
	byCity: Map<string, A[]>;
	/** Tag label → articles. */
	byTag: Map<string, A[]>;
	/** Tag label → its URL slug. */
	tagSlugs: Map<string, string>;
	counties: Map<string, County>;
	cities: Map<string, City>;
	/** Counties with stories, in pinyin order. */
	activeCounties: County[];
	activeCities: City[];
	/** Article id → the places it is about: its counties, then its cities. */
	places: Map<string, PlaceLink[]>;
	/** Article id → its index in `articles`, so a page finds its neighbours without a scan. */
	position: Map<string, number>;
}

/** The places of one article as links: counties first (with their search facet), then cities. */
export function placeLinks(article: ArticleLike, gazetteer: Pick<Gazetteer, 'countyById' | 'cityById'>): PlaceLink[] {
	const counties = article.data.counties.flatMap((id) => {
		const county = gazetteer.countyById.get(id);
		return county ? [{ name: county.name, path: routes.county(county.id), facet: 'county' as const }] : [];
	});
	const cities = article.data.cities.flatMap((id) => {
		const city = gazetteer.cityById.get(id);
		return city ? [{ name: city.name, path: routes.city(city.id) }] : [];
	});
	return [...counties, ...cities];
}

/** Builds the site model from the published articles (any order) and the gazetteer. */
export function buildSite<A extends ArticleLike>(
	published: A[],
	gazetteer: Pick<Gazetteer, 'countyById' | 'cityById'>,
	config: SiteConfig,
): SiteData<A> {
	const articles = sortArticles(published);
	const cityOfCounty = (id: string) => gazetteer.countyById.get(id)?.cityId;
	const byCounty = groupBy(articles, (a) => a.data.counties);
	const byCity = groupBy(articles, (a) => cityKeys(a, cityOfCounty));
	const byTag = groupBy(articles, (a) => a.data.tags);
	return {
		config,
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
		places: new Map(articles.map((a) => [a.id, placeLinks(a, gazetteer)])),
		position: new Map(articles.map((a, i) => [a.id, i])),
	};
}
