/**
 * `npm run build [-- --content DIR] [--out DIR] [--base /sub/] [--site URL] [--allow-empty] [--clean] [--quiet] [--verbose]`
 *
 * Checks every article first (all mistakes at once, with file and line), then builds into a
 * staging folder inside the checkout and publishes it only when everything, search index
 * included, succeeded (src/cli/publish.ts): a failed or killed build leaves the published
 * `dist/` exactly as it was, and no message an editor sees is a stack trace.
 */
import { offerChecked } from '../integrations/checked.ts';
import { tagsByUse } from '../lib/cms/config.ts';
import { precomputeQr } from '../render/qr-pool.ts';
import { absoluteUrl, joinBase, routes } from '../lib/urls.ts';
import { rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { buildTime, dateToChinaDay } from '../lib/dates.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import { BUILD_FAILED, NO_SPACE, astroError, pageReuseReport, reuseReport, badSiteUrl, buildWaiting, built, cannotWriteOutput, imageUndecodable, moreWarnings, noArticles, notAFolder, checked, photoStoryWithoutPhoto, pagesMade, problemCount, siteUrlNotSet, tooFewArticles, warningCount } from '../lib/messages.ts';
import { photoWarnings } from '../lib/photos.ts';
import { SiteConfigSchema } from '../lib/schemas/site.ts';
import { formatDiagnostic, formatWarnings, validateArticles, type Diagnostic, type SourceFile } from '../lib/validate.ts';
import { setContentDirForAstro } from '../site.config.ts';
import { parseCommandLine } from './args.ts';
import { contentChecks } from './checks.ts';
import { cliContext } from './context.ts';
import { imageInspector } from './images.ts';
import { CliExit, fail, runCommand, type CliIO } from './io.ts';
import { articleDigests, clearCache, contentCache, markBuilding, programDigest, pruneCaches, readManifest, readPageManifest, writeManifest } from './build-cache.ts';
import { astroWriteKind } from '../lib/astro-log.ts';
import { compareBuilds, pageReuse, renderedArticles } from '../lib/incremental.ts';
import { acquireBuildLock, cleanLeftovers, freshStaging, publish, publishedArticleCount } from './publish.ts';
import { readArticleSources } from './sources.ts';

export const USAGE = `用法 (usage)：npm run build [-- --content 目录] [--out 目录] [--base /子路径/] [--site https://网址] [--allow-empty] [--quiet] [--verbose]
  --content      稿件所在的文件夹（内有 articles/），默认 content/
  --out          网站输出到哪个文件夹，默认 dist/（可以在项目以外）
  --base         网站放在子路径下时的路径，例如 /gongyun/（也可用环境变量 SITE_BASE）
  --site         网站的正式网址，例如 https://news.example.cn（也可用环境变量 SITE_URL）
  --allow-empty  没有文章、或文章比已发布的网站少一半以上时也发布
  --clean        不用上次构建的缓存，从头构建 (ignore the cache of earlier builds)
  --quiet        只显示错误
  --verbose      列出生成的每个网页和每一处提醒 (list every page made and every warning)`;

const OPTIONS = {
	content: { type: 'string' },
	out: { type: 'string' },
	base: { type: 'string' },
	site: { type: 'string' },
	'allow-empty': { type: 'boolean', default: false },
	clean: { type: 'boolean', default: false },
	quiet: { type: 'boolean', default: false },
	verbose: { type: 'boolean', default: false },
} as const;

/**
 * A production build without the site's real address writes the placeholder origin into every
 * canonical link, the RSS feed and the sitemap: say so (the build still succeeds).
 */
export function siteUrlWarning(siteFlag: string | undefined, env: NodeJS.ProcessEnv, configured: string): string | undefined {
	return siteFlag === undefined && !env.SITE_URL ? siteUrlNotSet(configured) : undefined;
}

/** Last resort: whatever goes wrong, the editor gets one plain sentence, never a stack trace. */
function explain(error: unknown, outDir: string): string {
	const e = error as NodeJS.ErrnoException;
	if (e?.code === 'EACCES' || e?.code === 'EPERM' || e?.code === 'EROFS') {
		return cannotWriteOutput(e.path ?? outDir);
	}
	if (e?.code === 'ENOTDIR' || e?.code === 'EEXIST') return notAFolder(e.path ?? outDir);
	if (e?.code === 'ENOSPC') return NO_SPACE;
	// Astro's own errors arrive in English; say in Chinese what happened and what to do.
	const message = (error instanceof Error ? error.message : String(error)).split('\n    at ')[0]!;
	return astroError(message);
}

/** Articles whose image Astro could not process (`/_astro/<name>.<hash>.<ext>` in its message). */
function blameImage(message: string, sources: SourceFile[]): Diagnostic[] {
	const m = /\/_astro\/(.+?)\.[\w-]{6,}\.(\w+)\b/.exec(message);
	if (!m || !/CouldNotTransformImage|generating image|image/i.test(message)) return [];
	const name = `${m[1]}.${m[2]}`;
	const found: Diagnostic[] = [];
	for (const article of sources) {
		article.source.split('\n').forEach((text, i) => {
			if (!text.includes(name)) return;
			found.push({
				file: article.file,
				line: i + 1,
				...(/^image\s*:/.test(text) ? { field: 'image' } : {}),
				message: imageUndecodable(name),
			});
		});
	}
	return found;
}

const problems = (list: Diagnostic[]) => [BUILD_FAILED, problemCount(list.length), '', ...list.map(formatDiagnostic), ''].join('\n');

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, async () => {
		const { values } = parseCommandLine(argv, { usage: USAGE, options: OPTIONS }, io);
		const ctx = cliContext(io, { content: values.content, out: values.out });
		// Given on the command line, base and site go to Astro in its inline config, checked like the site config's.
		const base = values.base === undefined ? undefined : SiteConfigSchema.shape.base.parse(values.base);
		const site = values.site === undefined ? undefined : SiteConfigSchema.shape.site.safeParse(values.site);
		if (site && !site.success) fail(badSiteUrl(values.site!), USAGE);
		const warning = siteUrlWarning(values.site, process.env, ctx.site.site);
		if (warning && !values.quiet) io.err(warning);
		const { outDir } = ctx;
		try {
			return await buildAndPublish(ctx, io, { base, site: site?.data, quiet: values.quiet ?? false, verbose: values.verbose ?? false, allowEmpty: values['allow-empty'] ?? false, clean: values.clean ?? false });
		} catch (error) {
			if (error instanceof CliExit) throw error;
			fail([BUILD_FAILED, explain(error, outDir), ''].join('\n'));
		}
	});
}

/**
 * Checks every article (all mistakes at once) and prints the warnings. Returns only what the
 * build needs later: the sources are dropped before Astro starts, so the build does not carry a
 * second copy of the archive through every phase; the published articles' data and bodies go to
 * the search step, which needs them from the start of page generation, and the tags in use to
 * the web editor's settings (offerChecked); their addresses are returned for the QR pool, which
 * draws the codes of the pages to render while Astro starts (precomputeQr).
 */
async function checkArticles(
	ctx: ReturnType<typeof cliContext>,
	io: CliIO,
	options: { quiet: boolean; verbose: boolean; base?: string | undefined; site?: string | undefined },
): Promise<{ publishable: number; digests: Record<string, string>; addresses: { entry: string; url: string }[] }> {
	const checkStarted = performance.now();
	const read = await readArticleSources(ctx.contentDir, ctx.root);
	const { articles, diagnostics } = validateArticles(read.sources, {
		gazetteer: getGazetteer(ctx.site.homeProvince),
		defaultColumn: ctx.site.defaultColumn,
		inspectImage: imageInspector(ctx.contentDir),
		today: dateToChinaDay(buildTime(process.env)),
		maxFutureDays: ctx.site.maxFutureDays,
		extraChecks: contentChecks,
	});
	const found = [...read.diagnostics, ...diagnostics];
	if (found.length) fail(problems(found));
	if (!options.quiet) io.out(checked(read.sources.length, Math.round(performance.now() - checkStarted)));
	// Warnings: the build goes on, the editor is told what to fix.
	const warnings = photoWarnings(articles, () => photoStoryWithoutPhoto);
	if (warnings.length) io.err(['', warningCount(warnings.length), ...formatWarnings(warnings, { limit: options.verbose ? Infinity : 10, more: moreWarnings }), ''].join('\n'));
	const published = articles.filter((a) => !a.data.draft);
	offerChecked(ctx.contentDir, {
		articles: published.map(({ file, data, body }) => ({ id: file.entry, data, body })),
		tags: tagsByUse(articles.map((a) => a.data.tags)),
		parsed: new Map(articles.map(({ file, frontmatter, data }) => [resolve(ctx.articlesDir, file.entry), { frontmatter, data }])),
	});
	// The address each article page's QR code encodes (articleView's `url`).
	const base = options.base ?? ctx.site.base;
	const site = options.site ?? ctx.site.site;
	const addresses = published.map(({ id, file }) => ({ entry: file.entry, url: absoluteUrl(joinBase(base, routes.article(id)), site) }));
	return { publishable: published.length, digests: articleDigests(read.sources), addresses };
}

async function buildAndPublish(
	ctx: ReturnType<typeof cliContext>,
	io: CliIO,
	options: { base?: string | undefined; site?: string | undefined; quiet: boolean; verbose: boolean; allowEmpty: boolean; clean: boolean },
): Promise<number> {
	const { outDir } = ctx;
	const { publishable, digests, addresses } = await checkArticles(ctx, io, options);

	// One build per checkout (they share .astro/ and the staging folder); then clean up after killed ones.
	const release = await acquireBuildLock(ctx.root, {
		onWait: (pid) => io.err(buildWaiting(pid)),
	});
	try {
		cleanLeftovers(outDir);
		// An emptied or half-copied content folder must not replace the live site by accident.
		const published = publishedArticleCount(outDir);
		if (!options.allowEmpty) {
			if (publishable === 0) {
				fail([BUILD_FAILED, noArticles(ctx.display(ctx.articlesDir)), ''].join('\n'));
			}
			if (published > 0 && publishable < published * ctx.site.minShareOfPublished) {
				fail([BUILD_FAILED, tooFewArticles(publishable, published), ''].join('\n'));
			}
		}

		// What the last successful build of this content folder left in its cache, and what of it holds.
		const cacheDir = contentCache(ctx.root, ctx.contentDir);
		pruneCaches(ctx.root, cacheDir);
		const current = {
			program: programDigest(ctx.root, { site: ctx.site, base: options.base, url: options.site }),
			articles: digests,
		};
		const reuse = compareBuilds(readManifest(cacheDir), current, { clean: options.clean });
		const cleared = reuse.kind === 'full' ? clearCache(ctx.root, cacheDir, { clean: reuse.reason === 'asked' }) : undefined;
		if (!options.quiet) io.out(reuseReport(reuse, cleared));
		// The QR codes of the pages to draw, drawn while Astro starts (a rebuild: the new and changed pieces').
		precomputeQr(renderedArticles(reuse, addresses).map((a) => a.url));

		const staging = freshStaging(ctx.root);
		setContentDirForAstro(ctx.contentDir);
		const building = markBuilding(ctx.root, cacheDir);
		const pagesBefore = readPageManifest(cacheDir);
		const { build } = await import('astro');
		// Quiet hides Astro's progress by muting standard output (its errors go to standard error),
		// not by its log level: Astro writes that level into every page's code, so a quiet build
		// after a normal one would count every page as changed and render it again.
		try {
			await withStdout(options.quiet ? 'none' : options.verbose ? 'all' : 'folded', () =>
				build({
					root: ctx.root,
					outDir: staging,
					logLevel: 'info',
					...(options.base ? { base: options.base } : {}),
					...(options.site ? { site: options.site } : {}),
					// A cache per content folder that outlives the build: fixture sites never see each other's entries.
					cacheDir,
				}),
			);
			const pagesAfter = readPageManifest(cacheDir);
			if (pagesAfter && !options.quiet) io.out(pageReuseReport(pageReuse(pagesBefore, pagesAfter)));
			publish(staging, outDir);
			writeManifest(cacheDir, { version: 1, ...current });
			building();
		} catch (error) {
			// Astro names a broken picture only by its hashed output name: find the article that uses it.
			const message = error instanceof Error ? error.message : '';
			const blamed = blameImage(message, (await readArticleSources(ctx.contentDir, ctx.root)).sources);
			if (blamed.length) fail(problems(blamed));
			throw error;
		} finally {
			rmSync(dirname(staging), { recursive: true, force: true });
		}
	} finally {
		release();
	}
	io.out(`\n${built(relative(io.cwd, outDir) || outDir)}`);
	return 0;
}

/**
 * Runs `step` with standard output shown (`all`), dropped until it ends (`none`), or shown with
 * Astro's line per page folded into a count every few seconds (`folded`, see lib/astro-log.ts).
 */
async function withStdout<T>(shown: 'all' | 'folded' | 'none', step: () => Promise<T>): Promise<T> {
	if (shown === 'all') return step();
	const stdout = process.stdout;
	const write = stdout.write;
	let pages = 0;
	let told = performance.now();
	stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
		const kind = shown === 'none' ? 'dropped' : typeof chunk === 'string' ? astroWriteKind(chunk) : 'other';
		if (kind === 'other') return write.call(stdout, chunk, ...(rest as []));
		if (kind === 'page-end') {
			pages++;
			if (performance.now() - told > 5000) {
				told = performance.now();
				write.call(stdout, `${pagesMade(pages)}\n`);
			}
		}
		(rest.find((arg) => typeof arg === 'function') as (() => void) | undefined)?.();
		return true;
	}) as typeof stdout.write;
	try {
		return await step();
	} finally {
		stdout.write = write;
	}
}
