/** Builds fixture sites with the real build command and reads their pages with a real HTML parser. */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { repoRoot, spawnCommand } from './cli.ts';

export { cleanEnv, repoRoot } from './cli.ts';

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	outDir: string;
}

/** Runs the build command (`npm run build`) in a child process. */
export function buildSite(options: { content: string; outDir?: string; base?: string; env?: NodeJS.ProcessEnv; extraArgs?: string[]; verbose?: boolean }): BuildResult {
	const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'gyzh-site-')), 'dist');
	const args = ['--content', options.content, '--out', outDir, ...(options.verbose ? [] : ['--quiet'])];
	if (options.base) args.push('--base', options.base);
	args.push(...(options.extraArgs ?? []));
	return { ...spawnCommand('build', args, { ...(options.env ? { env: options.env } : {}) }), outDir };
}

/** A temp copy of a fixture's content folder, so a test may add or break files. */
/**
 * For report and bench scripts: the `dist/` they were given, or the sample site built into a temp
 * folder (removed by `cleanup`).
 */
export function sampleDistOr(given: string | undefined, prefix: string): { dist: string; cleanup: () => void } {
	if (given) return { dist: given, cleanup: () => {} };
	const dir = mkdtempSync(join(tmpdir(), prefix));
	const build = buildSite({ content: join(repoRoot, 'content'), outDir: join(dir, 'dist') });
	if (build.status !== 0) {
		console.error(build.stderr, build.stdout);
		process.exit(1);
	}
	return { dist: build.outDir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function copyFixture(name: string): string {
	const dir = mkdtempSync(join(tmpdir(), `gyzh-content-${name}-`));
	cpSync(join(repoRoot, 'tests/fixtures', name), dir, { recursive: true });
	return dir;
}

/** The HTML file behind a URL path (`/counties/x/` → `counties/x/index.html`), base stripped. */
export function fileFor(outDir: string, urlPath: string, base = '/'): string {
	const path = decodeURIComponent(urlPath.split(/[?#]/)[0]!).slice(base.length - 1);
	return join(outDir, path.endsWith('/') ? `${path}index.html` : path);
}

export function loadPage(outDir: string, urlPath: string, base = '/') {
	const file = fileFor(outDir, urlPath, base);
	if (!existsSync(file)) throw new Error(`no page at ${urlPath} (${file})`);
	return cheerio.load(readFileSync(file, 'utf8'));
}

export function text($: cheerio.CheerioAPI, selector: string): string[] {
	return $(selector)
		.toArray()
		.map((el) => $(el).text().replace(/\s+/g, ' ').trim());
}
