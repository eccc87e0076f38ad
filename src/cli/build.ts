/**
 * `npm run build [-- --content DIR] [--out DIR] [--base /sub/] [--site URL]`
 *
 * Checks every article first (all mistakes at once, with file and line), then builds into a
 * fresh folder and only swaps it into place when everything, search index included, succeeded:
 * a failed build leaves the published `dist/` exactly as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { collectArticleSources, parseCommandLine } from './shared.ts';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseCommandLine(
	{
		options: {
			content: { type: 'string' },
			out: { type: 'string' },
			base: { type: 'string' },
			site: { type: 'string' },
			quiet: { type: 'boolean', default: false },
		},
	},
	'用法 (usage)：npm run build [-- --content 目录] [--out 目录] [--base /子路径/] [--site https://网址] [--quiet]',
);

const contentDir = resolve(values.content ?? join(root, 'content'));
const outDir = resolve(values.out ?? join(root, 'dist'));
// The site config reads these when Astro loads it, so set them before importing Astro.
process.env.GONGYUN_CONTENT_DIR = contentDir;
if (values.base) process.env.SITE_BASE = values.base;
if (values.site) process.env.SITE_URL = values.site;

const { siteConfig } = await import('../site.config.ts');
const { getGazetteer } = await import('../lib/places.ts');
const { validateArticles, formatDiagnostic } = await import('../lib/validate.ts');
const { contentChecks } = await import('./checks.ts');

function fail(lines: string[]): never {
	console.error(['', '✖ 构建失败 (build failed)，已发布的网站没有改动 (the previous output was left as it was)。', ...lines, ''].join('\n'));
	process.exit(1);
}

const sources = collectArticleSources(contentDir, root);
const { diagnostics } = validateArticles(sources, {
	gazetteer: getGazetteer(siteConfig.homeProvince),
	defaultColumn: siteConfig.defaultColumn,
	fileExists: (entry, rel) => existsSync(resolve(contentDir, 'articles', dirname(entry), rel)),
	extraChecks: contentChecks,
});
if (diagnostics.length) {
	fail([`发现 ${diagnostics.length} 处问题 (${diagnostics.length} problem(s))：`, '', ...diagnostics.map(formatDiagnostic)]);
}

const staging = `${outDir}.building-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(dirname(outDir), { recursive: true });
const { build } = await import('astro');
try {
	await build({
		root,
		outDir: staging,
		logLevel: values.quiet ? 'error' : 'info',
		// A separate cache per content folder: fixture sites must not see each other's entries.
		...(values.content ? { cacheDir: join(staging + '-cache') } : {}),
	});
} catch (error) {
	rmSync(staging, { recursive: true, force: true });
	const message = error instanceof Error ? error.message : String(error);
	fail([message]);
} finally {
	if (values.content) rmSync(staging + '-cache', { recursive: true, force: true });
}

// Swap: the old output stays until the new one is complete.
const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
console.log(`\n✔ 构建完成 (built) → ${relative(process.cwd(), outDir) || outDir}`);
