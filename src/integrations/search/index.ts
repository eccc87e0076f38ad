/**
 * Search as part of the build (like Starlight's Pagefind integration), split like Astro's
 * sitemap integration: this file takes the options and runs the steps at `astro:build:done`:
 *
 * 1. Pagefind's Node API indexes the article pages (`data-pagefind-body`) into `<outDir>/pagefind/`;
 * 2. data.ts reads what the query processor needs from the content (place pinyin, traditional
 *    characters);
 * 3. bundle.ts builds `pagefind/gongyun/pagefind.js` (Pagefind's API with our Chinese query
 *    processing in front, that data inlined) and `pagefind/gongyun/ui.js` (the search UI);
 * 4. css.ts writes `pagefind/gongyun/ui.css` (Pagefind's Component UI styles, pruned, layered).
 *
 * Any Pagefind error fails the build with its messages.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { z } from 'zod';
import { SiteConfigSchema } from '../../lib/schemas/site.ts';
import { writeBundle } from './bundle.ts';
import { writeComponentCss } from './css.ts';
import { collectSearchData } from './data.ts';
import { lastBuildSearch } from './dev.ts';

export const SearchOptionsSchema = z.strictObject({
	/**
	 * The site settings (`siteConfig` from src/site.config.ts). Search reads `homeProvince`, which
	 * resolves the articles' place names, and `defaultColumn`, with which their frontmatter is
	 * read as the content collection reads it.
	 */
	site: SiteConfigSchema.pick({ homeProvince: true, defaultColumn: true }),
	/** The content folder, holding `articles/` (`npm run build -- --content DIR`); relative paths are from the project root. */
	contentDir: z.string({ error: 'contentDir: the content folder (holding articles/), as a path' }).min(1),
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
	const { site, contentDir } = validateOptions(options);
	let root = process.cwd();
	let outDir = join(root, 'dist');
	let base = '/';
	return {
		name: 'gongyun-search',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				outDir = fileURLToPath(config.outDir);
				base = config.base;
			},
			'astro:server:setup': ({ server, logger }) => {
				server.middlewares.use(lastBuildSearch(outDir, base.endsWith('/') ? base : `${base}/`, logger));
			},
			'astro:build:done': async ({ dir, logger }) => {
				await buildSearch(fileURLToPath(dir), { site, contentDir: isAbsolute(contentDir) ? contentDir : resolve(root, contentDir) }, logger);
			},
		},
	};
}

interface PagefindResponse {
	errors: string[];
}

/** Pagefind reports errors in its responses instead of throwing: make them fail the build. */
export function assertPagefind<T extends PagefindResponse>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind（搜索索引）${step}失败：没有返回结果 (no response)。`);
	if (response.errors.length) {
		throw new Error(`Pagefind（搜索索引）${step}失败 (${step} failed):\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
	}
	return response;
}

async function indexPages(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const pagefind = await import('pagefind');
	try {
		const { index } = assertPagefind(await pagefind.createIndex({}), '创建索引');
		if (!index) throw new Error('Pagefind（搜索索引）没有创建索引 (no index)。');
		const { page_count } = assertPagefind(await index.addDirectory({ path: outDir }), '读取页面');
		assertPagefind(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), '写入索引');
		// Pagefind reads every page but indexes only those with data-pagefind-body (articles).
		const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
		logger.info(`Pagefind: ${indexed} 篇文章已编入索引 (indexed, of ${page_count} pages read)`);
	} finally {
		await pagefind.close();
	}
}

export async function buildSearch(outDir: string, options: z.output<typeof SearchOptionsSchema>, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	await indexPages(outDir, logger);
	const data = await collectSearchData(options.contentDir, options.site);
	const pagefindDir = join(outDir, 'pagefind');
	const ours = join(pagefindDir, 'gongyun');
	mkdirSync(ours, { recursive: true });
	await Promise.all([writeBundle(ours, data), writeComponentCss(pagefindDir, join(ours, 'ui.css'))]);
	logger.info(
		`search data: ${Object.keys(data.places).length} place keys, ${[...data.t2s].length / 2} traditional characters; ${Math.round(performance.now() - started)} ms`,
	);
}
