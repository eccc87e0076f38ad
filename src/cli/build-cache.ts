/**
 * The build's cache between runs: one Astro `cacheDir` per content folder (Astro's content
 * store, the e-paper images, whatever an integration keeps under `config.cacheDir`) in
 * `.build-tmp/cache/<digest of the folder's real path>/`, so fixture sites never see each
 * other's entries, and beside it the manifest of the last successful build
 * (src/lib/incremental.ts) that says what this one reuses. Call everything here with the
 * build lock held (src/cli/publish.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { BuildManifest, PageManifest } from '../lib/incremental.ts';
import { parseManifest, parsePageManifest } from '../lib/incremental.ts';
import type { SourceFile } from '../lib/validate.ts';
import { discard, trashDir, trashName, workDir } from './publish.ts';

/** Caches kept at most (the least recently used go first; each fixture site of the tests makes one). */
const MAX_CACHES = 24;
/** Names inside a cache folder that are ours, not Astro's. */
const OWNER = 'content-folder.txt';
const MANIFEST = 'gongyun-build.json';
/** Astro's content store in its cacheDir: without it the manifest describes nothing. */
const ASTRO_STORE = 'data-store.json';
/** Astro's incremental-build manifest and its copies of the pages (experimental.incrementalBuild). */
const ASTRO_PAGES = 'incremental-build.json';
const ASTRO_PAGE_COPIES = 'dist';
/** Present while a build runs: found at the start of the next one, the last build died on the way. */
const BUILDING = 'building.pid';

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

function realPath(path: string): string {
	try {
		return realpathSync(path);
	} catch {
		return resolve(path);
	}
}

/** The cache folder of a content folder (created, and marked with the folder it belongs to). */
export function contentCache(root: string, contentDir: string): string {
	const real = realPath(contentDir);
	const dir = join(workDir(root), 'cache', sha256(real).slice(0, 16));
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, OWNER), `${real}\n`);
	// The folder's time says when it was last used (pruning keeps the recent ones).
	const now = new Date();
	utimesSync(dir, now, now);
	return dir;
}

/**
 * Removes the caches of content folders that no longer exist (the tests' temporary copies), and
 * beyond {@link MAX_CACHES} the least recently used ones; never `keep`.
 */
export function pruneCaches(root: string, keep: string): void {
	const base = join(workDir(root), 'cache');
	if (!existsSync(base)) return;
	const alive: { dir: string; used: number }[] = [];
	const doomed: string[] = [];
	for (const name of readdirSync(base)) {
		const dir = join(base, name);
		if (dir === keep) continue;
		let owner = '';
		try {
			owner = readFileSync(join(dir, OWNER), 'utf8').trim();
		} catch {
			// Not one of ours, or half written: drop it.
		}
		if (!owner || !existsSync(owner)) doomed.push(dir);
		else alive.push({ dir, used: statSync(dir).mtimeMs });
	}
	alive.sort((a, b) => b.used - a.used);
	doomed.push(...alive.slice(MAX_CACHES - 1).map(({ dir }) => dir));
	discard(doomed, join(trashDir(root), trashName()));
}

/** Files (below `dir`, recursively) in a stable order. */
function filesBelow(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => statSync(join(dir, f)).isFile())
		.sort();
}

/**
 * Digest of what, besides the articles, decides what the cache holds: the site's code (`src/`:
 * schemas, Markdown plugins, loaders; all of it, since following imports would miss a file),
 * the Astro config, the installed packages (lockfile, Astro's version) and the settings of this
 * build. Astro itself only notices a change of its config object and of src/content.config.ts,
 * and would keep entries parsed by older code.
 */
export function programDigest(root: string, settings: unknown): string {
	const hash = createHash('sha256');
	const add = (name: string, data: string | Buffer) => hash.update(`${name}\0${data.length}\0`).update(data);
	for (const file of ['astro.config.mjs', 'package-lock.json', 'tsconfig.json', 'node_modules/astro/package.json']) {
		const path = join(root, file);
		add(file, existsSync(path) ? readFileSync(path) : '');
	}
	for (const file of filesBelow(join(root, 'src'))) add(relative(root, join(root, 'src', file)), readFileSync(join(root, 'src', file)));
	add('settings', JSON.stringify(settings) ?? '');
	return hash.digest('hex');
}

/** One digest per article source, keyed by its path under `articles/`. */
export function articleDigests(sources: readonly SourceFile[]): Record<string, string> {
	return Object.fromEntries(sources.map((s) => [s.entry, sha256(s.source)]));
}

/** The last successful build's manifest, if there is one and Astro's store is still beside it. */
export function readManifest(dir: string): BuildManifest | undefined {
	if (!existsSync(join(dir, ASTRO_STORE))) return undefined;
	try {
		return parseManifest(readFileSync(join(dir, MANIFEST), 'utf8'));
	} catch {
		return undefined;
	}
}

/** Written only after a build was published: a failed build leaves the last good one's. */
export function writeManifest(dir: string, manifest: BuildManifest): void {
	const file = join(dir, MANIFEST);
	writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
	renameSync(`${file}.tmp`, file);
}

/** The e-paper's page renders in a cache folder (src/integrations/epaper/loader.ts). */
const EPAPER = 'epaper';
/** Beside them: the digest of the code that made them. */
const EPAPER_RENDERER = 'renderer.txt';
/**
 * What a page render depends on besides its PDF and the image widths and formats, which its own
 * key holds: our reading and rendering code, and the libraries that draw and encode the image.
 */
const RENDERER_FILES = [
	'src/integrations/epaper/pdf.ts',
	'src/integrations/epaper/loader.ts',
	'src/lib/epaper/geometry.ts',
	'node_modules/pdfjs-dist/package.json',
	'node_modules/@napi-rs/canvas/package.json',
	'node_modules/sharp/package.json',
];

/** Digest of the e-paper renderer (its code and its libraries' versions). */
export function rendererDigest(root: string): string {
	const hash = createHash('sha256');
	for (const file of RENDERER_FILES) {
		const path = join(root, file);
		hash.update(`${file}\0`).update(existsSync(path) ? readFileSync(path) : '\0missing');
	}
	return hash.digest('hex');
}

/**
 * Empties a cache for a full build (what older code or settings left must not be reused). A big
 * archive's cache holds a copy of every page: it is deleted in the background. The e-paper's page
 * renders stay (`keptRenders`: there were some) when the renderer is the one that made them and
 * the build was not asked to be clean: a changed setting (the site's title, its sub-path) does
 * not redraw a decade of printed pages, and each render is keyed by its PDF and image settings,
 * so none is served for another.
 */
export function clearCache(root: string, dir: string, options: { clean?: boolean } = {}): { keptRenders: boolean } {
	const renderer = rendererDigest(root);
	const keepRenders = !options.clean && readText(join(dir, EPAPER, EPAPER_RENDERER)) === renderer;
	discard(
		readdirSync(dir)
			.filter((name) => name !== OWNER && !(keepRenders && name === EPAPER))
			.map((name) => join(dir, name)),
		join(trashDir(root), trashName()),
	);
	mkdirSync(join(dir, EPAPER), { recursive: true });
	writeFileSync(join(dir, EPAPER, EPAPER_RENDERER), renderer);
	// Each PDF's renders are a folder of their own (`epaper/<hash>/`); files beside them are not renders.
	return { keptRenders: keepRenders && readdirSync(join(dir, EPAPER), { withFileTypes: true }).some((entry) => entry.isDirectory()) };
}

function readText(file: string): string | undefined {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/** Astro's record of the pages the last build rendered, if there is one. */
export function readPageManifest(dir: string): PageManifest | undefined {
	try {
		return parsePageManifest(readFileSync(join(dir, ASTRO_PAGES), 'utf8'));
	} catch {
		return undefined;
	}
}

/**
 * Marks the cache as in use by a build. Astro rewrites its copy of each page as it renders it
 * and its page manifest only at the end: a build that died in between leaves copies newer than
 * the manifest says, which a later build could take for unchanged pages. So when the mark of
 * an earlier build is still there, the page copies are dropped (the next build renders every
 * page; the content cache still holds). Returns the function that clears the mark after success.
 */
export function markBuilding(root: string, dir: string): () => void {
	const mark = join(dir, BUILDING);
	// Thrown away as a cleared cache is: a big archive's page copies are deleted in the background.
	if (existsSync(mark)) discard([ASTRO_PAGES, ASTRO_PAGE_COPIES].map((name) => join(dir, name)), join(trashDir(root), trashName()));
	mkdirSync(dir, { recursive: true });
	writeFileSync(mark, `${process.pid}\n`);
	return () => rmSync(mark, { force: true });
}
