/**
 * County, city and tag pages: one paginated list of articles each. `listings` says which lists
 * exist and what their heads print; the pages themselves are cut by Astro's `paginate()`.
 */
import type { ArticleLike } from '../articles.ts';
import { strings } from '../strings.ts';
import { routes } from '../urls.ts';
import type { Link, SiteData } from './site.ts';

export type ListingKind = 'county' | 'city' | 'tag';

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
}

export interface Listing<A> {
	listing: ListingView;
	/** All its articles, newest first. */
	articles: A[];
}

const home: Link = { label: strings.nav.home, path: routes.home() };

/** Every listing of a kind that has articles, in the order of the site's groupings. */
export function listings<A extends ArticleLike>(
	site: Pick<SiteData<A>, 'byCounty' | 'byCity' | 'byTag' | 'counties' | 'cities' | 'tagSlugs'>,
	kind: ListingKind,
): Listing<A>[] {
	switch (kind) {
		case 'county':
			return [...site.byCounty].map(([slug, articles]) => {
				const county = site.counties.get(slug)!;
				const trail = [home, { label: strings.nav.counties, path: routes.counties() }];
				if (county.cityId && county.city) trail.push({ label: county.city, path: routes.city(county.cityId) });
				const lead = strings.listing.countyLead(county.name, county.city, county.province);
				return { listing: { kind, slug, title: county.name, lead, count: articles.length, trail }, articles };
			});
		case 'city':
			return [...site.byCity].map(([slug, articles]) => {
				const city = site.cities.get(slug)!;
				const trail = [home, { label: strings.nav.cities, path: routes.cities() }];
				const lead = strings.listing.cityLead(city.name, city.province);
				return { listing: { kind, slug, title: city.name, lead, count: articles.length, trail }, articles };
			});
		case 'tag':
			return [...site.byTag].map(([tag, articles]) => {
				const trail = [home, { label: strings.nav.tags, path: routes.tags() }];
				const listing = { kind, slug: site.tagSlugs.get(tag)!, title: tag, lead: strings.listing.tagLead(tag), count: articles.length, trail };
				return { listing, articles };
			});
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
}

/** What page `current` of `last` prints: its `<title>` and, when there is more than one page, the pager. */
export function listingPage(listing: ListingView, current: number, last: number): { title: string; pagination?: PaginationView } {
	return {
		title: strings.pagination.pageTitle(listing.title, current),
		...(last > 1 && {
			pagination: {
				label: strings.pagination.page(current, last),
				prev: current > 1 ? listingPath(listing, current - 1) : undefined,
				next: current < last ? listingPath(listing, current + 1) : undefined,
			},
		}),
	};
}
