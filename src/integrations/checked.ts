/**
 * What the build command has already read when Astro starts. It checks every article first (all
 * mistakes at once, src/cli/build.ts), so the integrations need not read the archive again:
 *
 * - the published articles (same files, same order, same schema as the content collection),
 *   which the search step takes when the build starts (`takeArticles`, once, so they are not
 *   held through page generation);
 * - the tags in use, drafts included, most used first, which the web editor's settings offer
 *   while typing (`checkedTags`).
 *
 * Through a global, because Astro loads the integrations from astro.config.mjs as modules of
 * their own; for the content folder that was checked only (a build of another folder reads it).
 */
import { resolve } from 'node:path';
import type { ArticleLike } from '../lib/articles.ts';

const CHECKED = Symbol.for('gongyun-zongheng.checked-articles');
type Offer = { contentDir: string; articles: ArticleLike[] | undefined; tags: string[] };
type Holder = { [CHECKED]?: Offer };

/** Hands on what the check read of `contentDir`. */
export function offerChecked(contentDir: string, checked: { articles: ArticleLike[]; tags: string[] }) {
	(globalThis as Holder)[CHECKED] = { contentDir: resolve(contentDir), ...checked };
}

function offerFor(contentDir: string): Offer | undefined {
	const offer = (globalThis as Holder)[CHECKED];
	return offer && offer.contentDir === resolve(contentDir) ? offer : undefined;
}

/** The published articles offered for this content folder, once; otherwise undefined. */
export function takeArticles(contentDir: string): ArticleLike[] | undefined {
	const offer = offerFor(contentDir);
	const articles = offer?.articles;
	if (offer) offer.articles = undefined;
	return articles;
}

/** The tags in use in this content folder, if the build command read them; otherwise undefined. */
export function checkedTags(contentDir: string): string[] | undefined {
	return offerFor(contentDir)?.tags;
}
