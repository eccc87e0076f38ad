/**
 * The one bridge from Astro's content collections to the pure views in `src/lib/views`: loads
 * the published articles once per build and builds the site model from them. Everything else
 * (groupings, place names, what each page prints) is plain TypeScript in `src/lib`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PaginateFunction } from 'astro';
import { siteConfig } from './site.config.ts';
import { getGazetteer } from './lib/gazetteer.ts';
import { cardView } from './lib/views/card.ts';
import { listings, type ListingKind } from './lib/views/listing.ts';
import { buildSite, type SiteData } from './lib/views/site.ts';

export type Article = CollectionEntry<'articles'>;
export type Site = SiteData<Article>;

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
	// Drafts are previewed with `npm run dev` and never published.
	cached ??= getCollection('articles', ({ data }) => import.meta.env.DEV || !data.draft).then((published) =>
		buildSite(published, getGazetteer(siteConfig.homeProvince), siteConfig),
	);
	return cached;
}

/** `getStaticPaths` of the county, city and tag pages: each listing cut into pages by Astro's `paginate()`. */
export async function listingPaths(kind: ListingKind, paginate: PaginateFunction) {
	const site = await loadSite();
	return listings(site, kind).flatMap(({ listing, articles }) =>
		paginate(
			articles.map((article) => cardView(article, site)),
			{ pageSize: site.config.pageSize, params: { slug: listing.slug }, props: { listing } },
		),
	);
}
