/**
 * `npm run build [-- --content DIR] [--out DIR] [--base /sub/] [--site URL] [--quiet]`
 *
 * Checks every article first (all mistakes at once, with file and line), then builds into a
 * fresh folder and only swaps it into place when everything, search index included, succeeded:
 * a failed build leaves the published `dist/` exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { getGazetteer } from '../lib/gazetteer.ts';
import { BUILD_FAILED, badSiteUrl, built, checked, problemCount } from '../lib/messages.ts';
import { SiteConfigSchema } from '../lib/schemas/site.ts';
import { formatDiagnostic, validateArticles } from '../lib/validate.ts';
import { setContentDirForAstro } from '../site.config.ts';
import { parseCommandLine } from './args.ts';
import { contentChecks } from './checks.ts';
import { cliContext, collectArticleSources } from './context.ts';
import { fail, runCommand, type CliIO } from './io.ts';

export const USAGE = `用法 (usage)：npm run build [-- --content 目录] [--out 目录] [--base /子路径/] [--site https://网址] [--quiet]
  --content  稿件所在的文件夹（内有 articles/），默认 content/
  --out      网站输出到哪个文件夹，默认 dist/
  --base     网站放在子路径下时的路径，例如 /gongyun/（也可用环境变量 SITE_BASE）
  --site     网站的正式网址，例如 https://news.example.cn（也可用环境变量 SITE_URL）
  --quiet    只显示错误`;

const OPTIONS = {
	content: { type: 'string' },
	out: { type: 'string' },
	base: { type: 'string' },
	site: { type: 'string' },
	quiet: { type: 'boolean', default: false },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, async () => {
		const { values } = parseCommandLine(argv, { usage: USAGE, options: OPTIONS }, io);
		const ctx = cliContext(io, { content: values.content, out: values.out });
		// Given on the command line, base and site go to Astro in its inline config, checked like the site config's.
		const base = values.base === undefined ? undefined : SiteConfigSchema.shape.base.parse(values.base);
		const site = values.site === undefined ? undefined : SiteConfigSchema.shape.site.safeParse(values.site);
		if (site && !site.success) fail(badSiteUrl(values.site!), USAGE);

		const checkStarted = performance.now();
		const sources = collectArticleSources(ctx.articlesDir, ctx.root);
		const { diagnostics } = validateArticles(sources, {
			gazetteer: getGazetteer(ctx.site.homeProvince),
			defaultColumn: ctx.site.defaultColumn,
			fileExists: (entry, rel) => existsSync(resolve(ctx.articlesDir, dirname(entry), rel)),
			extraChecks: contentChecks,
		});
		if (diagnostics.length) {
			fail([BUILD_FAILED, problemCount(diagnostics.length), '', ...diagnostics.map(formatDiagnostic), ''].join('\n'));
		}
		if (!values.quiet) io.out(checked(sources.length, Math.round(performance.now() - checkStarted)));

		const { outDir } = ctx;
		const staging = `${outDir}.building-${process.pid}`;
		rmSync(staging, { recursive: true, force: true });
		mkdirSync(dirname(outDir), { recursive: true });
		setContentDirForAstro(ctx.contentDir);
		const { build } = await import('astro');
		try {
			await build({
				root: ctx.root,
				outDir: staging,
				logLevel: values.quiet ? 'error' : 'info',
				...(base ? { base } : {}),
				...(site ? { site: site.data } : {}),
				// A separate cache per content folder: fixture sites must not see each other's entries.
				...(values.content ? { cacheDir: join(staging + '-cache') } : {}),
			});
		} catch (error) {
			rmSync(staging, { recursive: true, force: true });
			fail([BUILD_FAILED, error instanceof Error ? error.message : String(error), ''].join('\n'));
		} finally {
			if (values.content) rmSync(staging + '-cache', { recursive: true, force: true });
		}

		// Swap: the old output stays until the new one is complete.
		const previous = `${outDir}.previous-${process.pid}`;
		if (existsSync(outDir)) renameSync(outDir, previous);
		renameSync(staging, outDir);
		rmSync(previous, { recursive: true, force: true });
		io.out(`\n${built(relative(io.cwd, outDir) || outDir)}`);
		return 0;
	});
}
