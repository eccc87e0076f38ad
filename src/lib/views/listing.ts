/**
 * County, city and tag pages: one paginated list of articles each. `listings` says which lists
 * exist and what their heads print; the pages themselves are cut by Astro's `paginate()`.
 */
import type { ArticleLike } from '../articles.ts';
import { strings } from '../strings.ts';
import { routes } from '../urls.ts';
import { peopleIndex } from '../author-pages.ts';
import { pageNumbers } from '../page-numbers.ts';
import type { IndexLink } from './indexes.ts';
import type { Link, SiteData } from './site.ts';

export type ListingKind = 'county' | 'city' | 'tag' | 'author';

/** The head of a listing, the same on each of its pages. */
export interface ListingView {
	kind: ListingKind;
	/** URL slug: `ziyang-xian`, `xian`, the tag's slug. */
	slug: string;
	title: string;
	lead: string;
	/** How many articles the whole listing has. */
	count: number;
	/** Breadcrumb trail above the heading. */
	trail: Link[];
	/** A city's 所辖县区 that have stories, each with its count. */
	counties?: IndexLink[] | undefined;
}

export interface Listing<A> {
	listing: ListingView;
	/** All its articles, newest first. */
	articles: A[];
}

const home: Link = { label: strings.nav.home, path: routes.home() };

function listing<A>(kind: ListingKind, slug: string, title: string, lead: string, articles: A[], trail: Link[]): Listing<A> {
	return { listing: { kind, slug, title, lead, count: articles.length, trail: [home, ...trail] }, articles };
}

/** Every listing of a kind that has articles, in the order of the site's groupings. */
export function listings<A extends ArticleLike>(
	site: Pick<SiteData<A>, 'byCounty' | 'byCity' | 'byTag' | 'counties' | 'cities' | 'tagSlugs' | 'activeCounties' | 'articles'>,
	kind: ListingKind,
): Listing<A>[] {
	switch (kind) {
		case 'county':
			return [...site.byCounty].map(([slug, articles]) => {
				const { name, cityId, city, province } = site.counties.get(slug)!;
				const trail: Link[] = [{ label: strings.nav.counties, path: routes.counties() }];
				if (cityId && city) trail.push({ label: city, path: routes.city(cityId) });
				return listing(kind, slug, name, strings.listing.countyLead(name, city, province), articles, trail);
			});
		case 'city':
			return [...site.byCity].map(([slug, articles]) => {
				const { name, province } = site.cities.get(slug)!;
				const city = listing(kind, slug, name, strings.listing.cityLead(name, province), articles, [{ label: strings.nav.cities, path: routes.cities() }]);
				city.listing.counties = site.activeCounties
					.filter((c) => c.cityId === slug)
					.map((c) => ({ label: c.name, path: routes.county(c.id), count: site.byCounty.get(c.id)?.length ?? 0 }));
				return city;
			});
		case 'author':
			return [...peopleIndex(site.articles).values()].map((p) =>
				listing(kind, p.slug, p.name, strings.authors.personLead(p.name), p.articles, [{ label: strings.authors.title, path: routes.authors() }]),
			);
		case 'tag':
			return [...site.byTag].map(([tag, articles]) =>
				listing(kind, site.tagSlugs.get(tag)!, tag, strings.listing.tagLead(tag), articles, [{ label: strings.nav.tags, path: routes.tags() }]),
			);
	}
}

/** Route path of page `n` of a listing. */
export function listingPath(listing: Pick<ListingView, 'kind' | 'slug'>, n: number): string {
	return routes[listing.kind](listing.slug, n);
}

export interface PaginationView {
	/** 第 2 / 3 页. */
	label: string;
	/** Route paths of the neighbouring pages, if any. */
	prev?: string | undefined;
	next?: string | undefined;
	/** First and last page (首页, 末页), absent on that page itself. */
	first?: string | undefined;
	last?: string | undefined;
	/** The numbered pages around this one, with gaps (src/lib/page-numbers.ts). */
	pages: ({ n: number; path: string; current: boolean } | 'gap')[];
}

/**
 * What page `current` of `last` prints: its `<title>`, the lead line under the heading and,
 * when there is more than one page, the pager.
 */
export function listingPage(listing: ListingView, current: number, last: number): { title: string; lead: string; pagination?: PaginationView } {
	return {
		title: strings.pagination.pageTitle(listing.title, current),
		lead: `${listing.lead} · ${strings.listing.count(listing.count)}`,
		...(last > 1 && {
			pagination: {
				label: strings.pagination.page(current, last),
				prev: current > 1 ? listingPath(listing, current - 1) : undefined,
				next: current < last ? listingPath(listing, current + 1) : undefined,
				first: current > 1 ? listingPath(listing, 1) : undefined,
				last: current < last ? listingPath(listing, last) : undefined,
				pages: pageNumbers(current, last).map((n) => (n === 'gap' ? n : { n, path: listingPath(listing, n), current: n === current })),
			},
		}),
	};
}
