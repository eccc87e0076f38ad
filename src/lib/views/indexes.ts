/** The index pages: counties by city, cities by province, and all tags (issues: the calendar in ./epaper.ts). */
import { sortByName } from '../articles.ts';
import { peopleIndex } from '../author-pages.ts';
import { strings } from '../strings.ts';
import { compareZh } from '../text.ts';
import { routes } from '../urls.ts';
import type { Link, SiteData } from './site.ts';

export interface IndexLink extends Link {
	/** How many articles are behind the link. */
	count: number;
}

/** One group of an index page: a heading (optionally itself a link) and its links. */
export interface IndexGroupView {
	heading: string;
	/** Link of the heading itself, e.g. the city above its counties. */
	headingLink?: IndexLink | undefined;
	links: IndexLink[];
}

export interface IndexView {
	title: string;
	lead: string;
	groups: IndexGroupView[];
	/** With counties in several provinces: the groups again, one section per province (home province first). */
	provinces?: { id: string; name: string; groups: IndexGroupView[] }[] | undefined;
}

const countOf = (groups: Map<string, unknown[]>, key: string) => groups.get(key)?.length ?? 0;

/**
 * Counties grouped by their city (or by province, for counties a province administers directly),
 * groups in pinyin order; a city heading links to the city's page.
 */
export function countiesIndex(site: Pick<SiteData, 'activeCounties' | 'byCounty' | 'byCity' | 'articles' | 'config'>): IndexView {
	const groups = [...Map.groupBy(site.activeCounties, (c) => c.cityId ?? `province:${c.province}`)].map(([, counties]) => {
		const { cityId, city, province, provinceCode } = counties[0]!;
		return {
			province,
			provinceCode,
			heading: city ?? `${province}（${strings.listing.direct}）`,
			headingLink: cityId ? { label: city!, path: routes.city(cityId), count: countOf(site.byCity, cityId) } : undefined,
			links: counties.map((c) => ({ label: c.name, path: routes.county(c.id), count: countOf(site.byCounty, c.id) })),
		};
	});
	const sorted = sortByName(groups, (g) => g.heading);
	const home = site.config.homeProvince;
	const provinces = [...Map.groupBy(sorted, (g) => g.province)]
		.sort(([a], [b]) => Number(b === home) - Number(a === home) || compareZh(a, b))
		.map(([name, list]) => ({ id: `province-${list[0]!.provinceCode}`, name, groups: list.map(({ province: _p, provinceCode: _c, ...g }) => g) }));
	return {
		title: strings.listing.countiesTitle,
		lead: strings.listing.countiesLead(site.activeCounties.length, site.articles.length, provinces.length),
		groups: sorted.map(({ province: _p, provinceCode: _c, ...g }) => g),
		provinces: provinces.length > 1 ? provinces : undefined,
	};
}

/** Cities grouped by province. */
export function citiesIndex(site: Pick<SiteData, 'activeCities' | 'byCity'>): IndexView {
	return {
		title: strings.listing.citiesTitle,
		lead: strings.listing.citiesLead(site.activeCities.length),
		groups: [...Map.groupBy(site.activeCities, (c) => c.province)].map(([province, cities]) => ({
			heading: province,
			links: cities.map((c) => ({ label: c.name, path: routes.city(c.id), count: countOf(site.byCity, c.id) })),
		})),
	};
}

/** Everyone named in a byline, in pinyin order, each with their count of pieces. */
export function authorsIndex(site: Pick<SiteData, 'articles'>): { title: string; lead: string; people: IndexLink[] } {
	const people = sortByName([...peopleIndex(site.articles).values()], (p) => p.name);
	return {
		title: strings.authors.title,
		lead: strings.authors.lead(people.length),
		people: people.map((p) => ({ label: p.name, path: routes.author(p.slug), count: p.articles.length })),
	};
}

/** All tags in pinyin order, each with its article count. */
export function tagsIndex(site: Pick<SiteData, 'byTag' | 'tagSlugs'>): { title: string; lead: string; tags: IndexLink[] } {
	const tags = sortByName([...site.byTag.keys()], (t) => t);
	return {
		title: strings.listing.tagsTitle,
		lead: strings.listing.tagsLead(tags.length),
		tags: tags.map((tag) => ({ label: tag, path: routes.tag(site.tagSlugs.get(tag)!), count: countOf(site.byTag, tag) })),
	};
}
