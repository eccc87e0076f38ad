/**
 * Search as part of the build (like Starlight's Pagefind integration), split like Astro's
 * sitemap integration: this file takes the options and runs the steps at `astro:build:done`:
 *
 * 1. shards.ts indexes the article pages (`data-pagefind-body`) with Pagefind, one shard per
 *    year, into `<outDir>/pagefind/<shard>/`, reusing unchanged shards from the build cache and
 *    those the warmer (warmer.ts) wrote while the pages were generated;
 * 2. data.ts reads what the query processor needs from the content (place pinyin, traditional
 *    characters);
 * 3. bundle.ts builds `pagefind/gongyun/pagefind.js` (Pagefind's API with our Chinese query
 *    processing in front, that data inlined, the traditional table beside it as `t2s.json`)
 *    and `pagefind/gongyun/ui.js` (the search UI; its styles are in the site's stylesheet).
 *
 * Any Pagefind error fails the build with its messages.
 */
import { mkdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { z } from 'zod';
import { SiteConfigSchema } from '../../lib/schemas/site.ts';
import { writeBundle } from './bundle.ts';
import { articleSearchData, collectSearchData, readArticles, type ArticleSearchData } from './data.ts';
import { takeArticles } from '../checked.ts';
import { lastBuildSearch } from './dev.ts';
import { writeShards, type RenderedPage } from './shards.ts';
import { ShardWarmer, warmingPrerenderer } from './warmer.ts';
import { dropCopiedPages, isEmptyDir, keepPagesByLink, linkingPrerenderer, PageLinks } from '../page-links.ts';
import { writeOutputSync } from '../sync-fs.ts';
import { articleIdFromEntry } from '../../lib/ids.ts';
import { routes } from '../../lib/urls.ts';
import { DEFAULT_SHARD_PAGES } from '../../lib/search/shards.ts';
import { shardsWritten } from '../../lib/messages.ts';

export const SearchOptionsSchema = z.strictObject({
	/**
	 * The site settings (`siteConfig` from src/site.config.ts). Search reads `homeProvince`, which
	 * resolves the articles' place names, and `defaultColumn`, with which their frontmatter is
	 * read as the content collection reads it.
	 */
	site: SiteConfigSchema.pick({ homeProvince: true, defaultColumn: true }),
	/** The content folder, holding `articles/` (`npm run build -- --content DIR`); relative paths are from the project root. */
	contentDir: z.string({ error: 'contentDir: the content folder (holding articles/), as a path' }).min(1),
	/**
	 * Pieces per search shard, at most (one shard per year, big years cut into parts; see
	 * src/lib/search/shards.ts). Smaller shards make a lighter first query and less memory per
	 * indexing process; the default suits a column or a whole paper.
	 */
	shardPages: z.number().int().min(1).default(DEFAULT_SHARD_PAGES),
});

export type SearchOptions = z.input<typeof SearchOptionsSchema>;

/** The options, or an error that says which one is wrong and where it is set. */
export function validateOptions(options: unknown): z.output<typeof SearchOptionsSchema> {
	const result = SearchOptionsSchema.safeParse(options);
	if (result.success) return result.data;
	const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(options)'}: ${issue.message}`);
	throw new Error(`搜索集成的选项有误 (invalid options for gongyunSearch() in astro.config.mjs):\n${lines.join('\n')}`);
}

export default function gongyunSearch(options: SearchOptions): AstroIntegration {
	const validated = validateOptions(options);
	const { contentDir } = validated;
	let root = process.cwd();
	let outDir = join(root, 'dist');
	let base = '/';
	let cacheDir = join(root, 'node_modules', '.astro');
	const contentRoot = () => (isAbsolute(contentDir) ? contentDir : resolve(root, contentDir));
	/** From the articles, read once when the build starts (which also plans the shards the warmer indexes). */
	let fromArticles: Promise<ArticleSearchData> | undefined;
	let warmer: ShardWarmer | undefined;
	let links: PageLinks | undefined;
	/** A build into an empty output folder: the page links can start before Astro would empty it. */
	let freshBuild = false;
	/** The last build's pages are kept as links (../page-links.ts). */
	let storeByLink = false;
	let stopSyncWrites: (() => void) | undefined;
	return {
		name: 'gongyun-search',
		hooks: {
			'astro:config:setup': async ({ command, config, updateConfig }) => {
				if (command !== 'build') return;
				storeByLink = await keepPagesByLink();
				freshBuild = isEmptyDir(fileURLToPath(config.outDir));
				if (freshBuild) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
				outDir = fileURLToPath(config.outDir);
				base = config.base;
				links = new PageLinks({ outDir, cacheDir, base });
				if (!storeByLink) return;
				dropCopiedPages(cacheDir);
				// While Astro loads the content (../page-links.ts).
				if (freshBuild && isEmptyDir(outDir)) links.start();
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use(lastBuildSearch(outDir, base.endsWith('/') ? base : `${base}/`, logger));
			},
			'astro:build:start': ({ setPrerenderer }) => {
				// The pages are written at once, not through the thread pool (../sync-fs.ts).
				stopSyncWrites = writeOutputSync(outDir);
				const articles = takeArticles(contentRoot()) ?? readArticles(contentRoot(), validated.site);
				fromArticles = articleSearchData(articles, validated.site);
				const pages = articles.map((article) => ({ url: `/${routes.article(articleIdFromEntry(article.id))}/`, date: article.data.date }));
				const started = new ShardWarmer(pages, { cacheDir, outDir, maxPages: validated.shardPages });
				warmer = started;
				// One integration can hold Astro's prerenderer: this one, with the page links of a
				// rebuild (../page-links.ts) inside the warmer.
				links ??= new PageLinks({ outDir, cacheDir, base });
				setPrerenderer((inner) => warmingPrerenderer(linkingPrerenderer(inner, links!), started, base));
			},
			'astro:build:done': async ({ dir, logger }) => {
				stopSyncWrites?.();
				stopSyncWrites = undefined;
				await buildSearch(fileURLToPath(dir), { ...validated, contentDir: contentRoot(), cacheDir, fromArticles, ...warmer?.finish() }, logger);
				warmer = undefined;
				fromArticles = undefined;
				links = undefined;
			},
		},
	};
}

export async function buildSearch(
	outDir: string,
	options: z.output<typeof SearchOptionsSchema> & {
		cacheDir: string;
		/** The search data from the articles, if already made. */
		fromArticles?: Promise<ArticleSearchData> | undefined;
		/** What the warmer did during page generation (search/warmer.ts). */
		rendered?: ReadonlyMap<string, RenderedPage> | undefined;
		warmed?: ReadonlySet<string> | undefined;
		pending?: ReadonlyMap<string, Promise<boolean>> | undefined;
		staged?: ReadonlyMap<string, string> | undefined;
	},
	logger: AstroIntegrationLogger,
): Promise<void> {
	const started = performance.now();
	const { cacheDir, shardPages: maxPages, rendered, warmed, pending, staged } = options;
	const index = await writeShards(outDir, { cacheDir, maxPages, rendered, warmed, pending, staged });
	logger.info(shardsWritten(index));
	const data = collectSearchData(await (options.fromArticles ?? articleSearchData(readArticles(options.contentDir, options.site), options.site)), index.shards);
	const ours = join(outDir, 'pagefind', 'gongyun');
	mkdirSync(ours, { recursive: true });
	await writeBundle(ours, data);
	logger.info(
		`search data: ${Object.keys(data.places).length} place keys, ${[...data.t2s].length / 2} traditional characters; ${Math.round(performance.now() - started)} ms`,
	);
}
