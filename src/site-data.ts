/**
 * The one bridge from Astro's content collections to the pure views in `src/lib/views`: loads
 * the published articles once per build and builds the site model from them, and joins the
 * 数字报 pages (the `epaper` collection) to its issues. Everything else
 * (groupings, place names, what each page prints) is plain TypeScript in `src/lib`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PaginateFunction } from 'astro';
import { siteConfig } from './site.config.ts';
import { getGazetteer } from './lib/gazetteer.ts';
import { cardView, type CardView } from './lib/views/card.ts';
import { listings, type ListingKind } from './lib/views/listing.ts';
import { buildSite, type SiteData } from './lib/views/site.ts';
import type { PageSource } from './lib/epaper/edition.ts';
import { PAGE_DATA_FAILED } from './lib/messages.ts';
import { buildEdition, type Edition } from './lib/views/epaper.ts';
import { cacheKey, keyedOnce } from './lib/page-cache.ts';
import { searchSuggestions } from './lib/search/suggestions.ts';
import { routes } from './lib/urls.ts';

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

/**
 * What the frame of every page (the header's search panel) prints from the articles: the
 * topics and places suggested before a query. SearchPanel prints it and every page's cache key
 * includes it, so the two cannot disagree.
 */
export function frameView(site: Site): FrameView {
	let view = frames.get(site);
	// Every page prints it: made once per build, not once per page (1.5 s of a 10,000-piece build).
	if (!view) frames.set(site, (view = { suggestions: searchSuggestions(site, routes) }));
	return view;
}

export interface FrameView {
	suggestions: ReturnType<typeof searchSuggestions>;
}

const frames = new WeakMap<Site, FrameView>();

const frameKeys = new WeakMap<Site, string>();

/**
 * The `cacheKey` of a page (Astro's incremental build, src/lib/page-cache.ts): its own data,
 * what the frame of every page prints, and the site settings.
 */
export function pageKey(site: Site, ...parts: unknown[]): string {
	let frame = frameKeys.get(site);
	if (frame === undefined) frameKeys.set(site, (frame = cacheKey(siteConfig, frameView(site))));
	return cacheKey(frame, ...parts);
}

/** `getStaticPaths` of the county, city and tag pages: each listing cut into pages by Astro's `paginate()`. */
export async function listingPaths(kind: ListingKind, paginate: PaginateFunction) {
	const site = await loadSite();
	return listings(site, kind).flatMap(({ listing, articles }) =>
		paginate(
			articles.map((article) => cardOf(article, site)),
			{ pageSize: site.config.pageSize, params: { slug: listing.slug }, props: { listing } },
		).map((path) => ({ ...path, cacheKey: pageKey(site, path.params, path.props) })),
	);
}

const cards = new WeakMap<Site, WeakMap<Article, CardView>>();

/** An article's card: the same in each of the five or six listings it is in, so made once. */
function cardOf(article: Article, site: Site): CardView {
	let bySite = cards.get(site);
	if (!bySite) cards.set(site, (bySite = new WeakMap()));
	let card = bySite.get(article);
	// Keyed once: the listing pages' keys take the card's key, not its whole data again.
	if (!card) bySite.set(article, (card = keyedOnce(cardView(article, site))));
	return card;
}

let edition: Promise<Edition<Article>> | undefined;

/**
 * The 数字报: the site's issues with the pages the e-paper build step found (PDF text, images,
 * page data). A mistake in a page data file stops the build; pieces not found in their page PDF
 * are warned about once.
 */
export function loadEdition(): Promise<Edition<Article>> {
	edition ??= (async () => {
		const [site, entries] = await Promise.all([loadSite(), getCollection('epaper')]);
		const result = buildEdition(
			site.issues,
			entries.map((e) => e.data as unknown as PageSource),
		);
		if (result.problems.length) {
			const where = (p: (typeof result.problems)[number]) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  [${p.field}]` : ''}`;
			throw new Error(`${PAGE_DATA_FAILED}\n${result.problems.map((p) => `${where(p)}\n    ${p.message}`).join('\n')}`);
		}
		for (const warning of result.warnings) console.warn(`⚠ 数字报 (e-paper)：${warning}`);
		return result;
	})();
	return edition;
}
