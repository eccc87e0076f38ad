/**
 * What the query processor needs to know about this site, from its content (not from the built
 * pages): the pinyin keys of the places that have stories, and the traditional characters that
 * stand for simplified ones the site prints. The articles are read with the one frontmatter
 * reader and the one article schema, as the content collection reads them; drafts are left out,
 * as the build leaves them out.
 */
import { join } from 'node:path';
import { collectArticleSources } from '../../cli/context.ts';
import type { ArticleLike } from '../../lib/articles.ts';
import { parseArticleFile } from '../../lib/frontmatter.ts';
import { getGazetteer } from '../../lib/gazetteer.ts';
import { articleSchema } from '../../lib/schemas/article.ts';
import type { SiteConfig } from '../../lib/schemas/site.ts';
import { buildSearchData, placePinyinMap, placesWithStories, siteCharacters, traditionalMap } from '../../lib/search/indexing.ts';
import type { SearchData } from '../../lib/search/query.ts';
import type { SearchShard } from '../../lib/search/shards.ts';

/** The published articles under `<contentDir>/articles`, in file order. */
export function readArticles(contentDir: string, site: Pick<SiteConfig, 'homeProvince' | 'defaultColumn'>): ArticleLike[] {
	const schema = articleSchema({ gazetteer: getGazetteer(site.homeProvince), defaultColumn: site.defaultColumn });
	// The same files, in the same order, as the build's checks read.
	return collectArticleSources(join(contentDir, 'articles'), contentDir).flatMap(({ entry, source }) => {
		const { data, body } = parseArticleFile(source);
		// An invalid file has already failed the build (the content collection uses the same schema).
		const parsed = schema.safeParse(data);
		return parsed.success && !parsed.data.draft ? [{ id: entry, data: parsed.data, body }] : [];
	});
}

/** What the query processor needs to know of the published articles (`readArticles`): all but the shards. */
export type ArticleSearchData = Omit<Parameters<typeof buildSearchData>[0], 'shards'>;

/**
 * The traditional map and the place keys, from the articles. Computed when the build starts, so
 * that the articles need not be kept through page generation (at 50,000 pieces they are a few
 * hundred MB the renderer's garbage collector would walk again and again).
 */
export async function articleSearchData(articles: ArticleLike[], site: Pick<SiteConfig, 'homeProvince'>): Promise<ArticleSearchData> {
	const places = placesWithStories(articles, getGazetteer(site.homeProvince));
	const chars = siteCharacters(articles, places);
	const placeKeys = placePinyinMap(places);
	return { traditional: traditionalMap(chars, await traditionalCandidates(), await simplifier()), places: placeKeys };
}

/** The query processor's data: the articles' and the shards'. */
export function collectSearchData(fromArticles: ArticleSearchData, shards: SearchShard[]): SearchData {
	return buildSearchData({ ...fromArticles, shards });
}

/** Every character OpenCC knows as traditional or as a Taiwan/Hong Kong variant. */
async function traditionalCandidates(): Promise<Set<string>> {
	const dicts = await Promise.all(
		['TSCharacters', 'TWVariantsRev', 'HKVariantsRev'].map(async (name) => (await import(`opencc-js/dict/${name}`)).default as string),
	);
	const keys = new Set<string>();
	for (const dict of dicts) for (const entry of dict.split('|')) keys.add(entry.split(' ')[0]!);
	return keys;
}

async function simplifier(): Promise<(ch: string) => string> {
	const OpenCC = await import('opencc-js');
	const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
	return (ch) => {
		const tw = fromTw(ch);
		return tw !== ch ? tw : fromHk(ch);
	};
}
