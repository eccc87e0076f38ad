/** Builds fixture sites with the real build command and reads their pages with a real HTML parser. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface BuildResult {
	status: number | null;
	stdout: string;
	stderr: string;
	outDir: string;
}

/**
 * The environment without what Vitest puts there for its own workers (NODE_ENV=test, BASE_URL,
 * MODE, DEV…): leaked into a build, they make Astro build drafts and ignore `base`.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) delete env[key];
	}
	return env;
}

/** Runs `src/cli/build.ts` on Node 24 (the one running the tests) in a child process. */
export function buildSite(options: { content: string; outDir?: string; base?: string; env?: NodeJS.ProcessEnv }): BuildResult {
	const outDir = options.outDir ?? join(mkdtempSync(join(tmpdir(), 'gyzh-site-')), 'dist');
	const args = ['src/cli/build.ts', '--content', options.content, '--out', outDir, '--quiet'];
	if (options.base) args.push('--base', options.base);
	const run = spawnSync(process.execPath, args, {
		cwd: repoRoot,
		encoding: 'utf8',
		env: { ...cleanEnv(), ...options.env },
		timeout: 240_000,
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr, outDir };
}

/** A temp copy of a fixture's content folder, so a test may add or break files. */
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
