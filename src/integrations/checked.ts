/**
 * What the build command has already read when Astro starts. It checks every article first (all
 * mistakes at once, src/cli/build.ts), so the integrations need not read the archive again:
 *
 * - the published articles (same files, same order, same schema as the content collection),
 *   which the search step takes when the build starts (`takeArticles`, once, so they are not
 *   held through page generation);
 * - the tags in use, drafts included, most used first, which the web editor's settings offer
 *   while typing (`checkedTags`);
 * - the data the schema made of each file's frontmatter, drafts included, which the articles
 *   collection's loader takes instead of parsing the same frontmatter with the same schema again
 *   (`reuseCheckedData`).
 *
 * Through a global, because Astro loads the integrations from astro.config.mjs as modules of
 * their own; for the content folder that was checked only (a build of another folder reads it).
 */
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ArticleLike } from '../lib/articles.ts';

const CHECKED = Symbol.for('gongyun-zongheng.checked-articles');
/** A file's frontmatter as YAML gave it, and the data the article schema made of it. */
export type CheckedData = { frontmatter: unknown; data: unknown };
type Offer = { contentDir: string; articles: ArticleLike[] | undefined; tags: string[]; parsed: Map<string, CheckedData> };
type Holder = { [CHECKED]?: Offer };

/** Hands on what the check read of `contentDir`; `parsed` by the file's absolute path. */
export function offerChecked(contentDir: string, checked: { articles: ArticleLike[]; tags: string[]; parsed?: Map<string, CheckedData> }) {
	(globalThis as Holder)[CHECKED] = { contentDir: resolve(contentDir), parsed: new Map(), ...checked };
}

/**
 * The data the check made of the file at `filePath`, once, if Astro read the same frontmatter
 * from it. Never for a file with an `image`: the collection's schema makes that field an asset
 * import, which the check's schema (a plain path) does not.
 */
export function takeCheckedData(filePath: string, frontmatter: unknown): { data: unknown } | undefined {
	const parsed = (globalThis as Holder)[CHECKED]?.parsed;
	const key = resolve(filePath);
	const checked = parsed?.get(key);
	if (!checked) return undefined;
	parsed!.delete(key);
	const same = isDeepStrictEqual(checked.frontmatter, frontmatter) && (frontmatter as { image?: unknown } | null)?.image === undefined;
	return same ? { data: checked.data } : undefined;
}

/**
 * A loader whose entries take the check's data where it has the same frontmatter
 * (`takeCheckedData`), else go through Astro's `parseData` as before. The content collection's
 * schema and the check's are one schema (src/lib/schemas/article.ts, same gazetteer and default
 * column), so the data is the same; parsing it again cost 2–3 s of the main thread on 10,000
 * pieces (zod, and the object schema Astro has the schema function build for every entry).
 */
export function reuseCheckedData(loader: Loader): Loader {
	return {
		...loader,
		load: (context: LoaderContext) => {
			const parseData: LoaderContext['parseData'] = async (props) => {
				const checked = props.filePath === undefined ? undefined : takeCheckedData(props.filePath, props.data);
				return checked ? (checked.data as typeof props.data) : context.parseData(props);
			};
			// What the loader did not ask for (unchanged entries, kept from the last build) is let go.
			return loader.load({ ...context, parseData }).finally(() => (globalThis as Holder)[CHECKED]?.parsed.clear());
		},
	};
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
