/**
 * The pages of the last build, kept without copying them. Creating a file costs this machine's
 * file system about half a millisecond of kernel time (a hard link, a hundredth of that), and
 * Astro's incremental build creates two per page: the page and its copy in the page cache
 * (`<cacheDir>/dist/`), from which it copies every unchanged page back into the next output.
 *
 * - **The page store.** Astro's cache methods are replaced (`keepPagesByLink`): the copy of a
 *   page is a hard link to the page it wrote, in one flat folder (`<cacheDir>/pages/`, no
 *   folder per page), and a page is restored by linking it back. On the 10,000-piece archive
 *   that is 16,700 files and as many folders less per build.
 * - **Rebuilds.** Every page of the last build is linked into the output before Astro lists its
 *   pages (`PageLinks`): Astro skips a page whose file is already there. When the output folder
 *   starts empty, a worker thread links while Astro loads its content, on the core that is idle
 *   then (`start`; making the page folders is most of the linking's cost), and Astro is told not
 *   to empty the folder, which is empty anyway (`vite.build.emptyOutDir`, see search/index.ts).
 *   Otherwise the links are made when Astro lists its pages, after it has emptied the folder.
 *   Links of pages this build no longer makes are then taken out.
 *
 * A linked file shares its bytes with the store and with the published site, which was built
 * the same way, so nothing is ever written through a link: before a page is rendered again its
 * links go (`release`), and the store replaces a link rather than writing into it.
 *
 * Replacing the cache methods relies on Astro 7's internal `IncrementalBuildCache`. If a later
 * Astro has none by that name, nothing is replaced and nothing is linked: Astro copies, as it
 * does without us, and the build stays the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { copyFile, link, mkdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { routeKey } from '../lib/urls.ts';
import { astroPrototype } from './astro-internals.ts';

/** The store's folder in the cache. */
const PAGE_STORE = 'pages';

/** Where the store keeps an output file (`outputFile` as Astro names it: relative, URL-encoded). */
export function storedPage(cacheDir: string, outputFile: string): string {
	const name = outputFile.replace(/[%/]/g, (c) => (c === '/' ? '%2F' : '%25'));
	return join(cacheDir, PAGE_STORE, name.length > 200 ? createHash('sha256').update(outputFile).digest('hex') : name);
}

/** An output file (relative, URL-encoded, as in Astro's manifest) as a path in `outDir`. */
function outputPath(outDir: string, outputFile: string): string {
	return join(outDir, ...outputFile.split('/').map((part) => decodeURIComponent(part)));
}

/** What of Astro's `IncrementalBuildCache` the store replaces. */
interface AstroPageCache {
	writeOutputFile(settings: AstroSettings, outputFile: string, body: Uint8Array): Promise<void>;
	restoreOutputFile(settings: AstroSettings, outputFile: string, destination: URL): Promise<boolean>;
	deleteOutputFile(settings: AstroSettings, outputFile: string): Promise<void>;
}
interface AstroSettings {
	config: { cacheDir: URL; outDir: URL };
}

let replaced: Promise<boolean> | undefined;

/**
 * Puts the page store in place of Astro's page cache (once per process). Answers whether it
 * could; the first build after it could is a full one anyway (the code changed), and the old
 * cache folder of copies goes then.
 */
export function keepPagesByLink(): Promise<boolean> {
	replaced ??= (async () => {
		const cache = await astroPrototype<AstroPageCache>('./core/build/incremental.js', 'IncrementalBuildCache');
		if (!cache || [cache.writeOutputFile, cache.restoreOutputFile, cache.deleteOutputFile].some((f) => typeof f !== 'function')) return false;
		const made = new Set<string>();
		const storeFor = async (settings: AstroSettings, outputFile: string) => {
			const cacheDir = fileURLToPath(settings.config.cacheDir);
			if (!made.has(cacheDir)) {
				await mkdir(join(cacheDir, PAGE_STORE), { recursive: true });
				made.add(cacheDir);
			}
			return storedPage(cacheDir, outputFile);
		};
		cache.writeOutputFile = async (settings, outputFile, body) => {
			const stored = await storeFor(settings, outputFile);
			const page = outputPath(fileURLToPath(settings.config.outDir), outputFile);
			// The last build's page may be this link's other name: replaced, never written into. Linking
			// first and unlinking only when the name is taken keeps a clean build at one call a page
			// (fs.rm inspects the path first: a second of the 10,000-piece build's main thread). At once,
			// like the page itself (sync-fs.ts): a trip through the thread pool costs more than the link.
			try {
				try {
					linkSync(page, stored);
				} catch (error) {
					if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
					rmSync(stored, { force: true });
					linkSync(page, stored);
				}
			} catch {
				await writeFile(stored, body);
			}
		};
		cache.restoreOutputFile = async (settings, outputFile, destination) => {
			const stored = await storeFor(settings, outputFile);
			if (!existsSync(stored)) return false;
			await mkdir(new URL('./', destination), { recursive: true });
			await link(stored, destination).catch(() => copyFile(stored, destination));
			return true;
		};
		cache.deleteOutputFile = async (settings, outputFile) => {
			await unlinkIfThere(await storeFor(settings, outputFile));
		};
		return true;
	})();
	return replaced;
}

/** Removes a file; one that is not there is no error. */
const unlinkIfThere = (path: string) =>
	unlink(path).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	});

/** Astro's own folder of page copies, which the store replaces: removed when the store is in use. */
export function dropCopiedPages(cacheDir: string) {
	rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
}

interface Manifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The output files of the last build's pages (Astro's incremental manifest), by route key. */
export function lastOutputs(cacheDir: string): Map<string, string[]> {
	const outputs = new Map<string, string[]>();
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(join(cacheDir, 'incremental-build.json'), 'utf8')) as Manifest;
	} catch {
		return outputs;
	}
	for (const route of Object.values(manifest.routes ?? {})) {
		for (const [pathname, entry] of Object.entries(route.paths ?? {})) {
			if (typeof entry.outputFile !== 'string' || entry.outputFile.includes('..')) continue;
			const key = routeKey(pathname);
			outputs.set(key, [...(outputs.get(key) ?? []), entry.outputFile]);
		}
	}
	return outputs;
}

/** True when `dir` is missing or holds nothing: a build into it needs nothing emptied. */
export function isEmptyDir(dir: string): boolean {
	try {
		return readdirSync(dir).length === 0;
	} catch {
		return true;
	}
}

/**
 * Links `[from, to]` pairs, making folders as needed; answers the indices linked. A missing
 * source or a file already there is skipped; any other error (no hard links on this file
 * system) ends the linking, and Astro copies the rest as it does without us.
 */
const LINKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { linkSync, mkdirSync } = require('node:fs');
const { dirname } = require('node:path');
const made = new Set();
const linked = [];
for (let i = 0; i < workerData.length; i++) {
	const [from, to] = workerData[i];
	const dir = dirname(to);
	try {
		if (!made.has(dir)) mkdirSync(dir, { recursive: true }), made.add(dir);
		linkSync(from, to);
		linked.push(i);
	} catch (error) {
		if (error.code !== 'ENOENT' && error.code !== 'EEXIST') break;
	}
}
parentPort.postMessage(linked);
`;

function linkInWorker(pairs: readonly (readonly [string, string])[]): Promise<number[]> {
	if (pairs.length === 0) return Promise.resolve([]);
	return new Promise((resolve, reject) => {
		const worker = new Worker(LINKER, { eval: true, workerData: pairs });
		worker.once('message', resolve);
		worker.once('error', reject);
	});
}

export class PageLinks {
	/** Route key → the output files linked for it (relative to the output folder). */
	readonly #linked = new Map<string, string[]>();
	#early: Promise<{ key: string; file: string }[]> | undefined;
	linkedCount = 0;
	readonly options: { outDir: string; cacheDir: string; base: string };

	constructor(options: { outDir: string; cacheDir: string; base: string }) {
		this.options = options;
	}

	/** Starts linking every page of the last build into the (empty) output, in a worker thread. */
	start() {
		this.#early ??= this.#linkAll(() => true);
	}

	async #linkAll(wanted: (key: string) => boolean): Promise<{ key: string; file: string }[]> {
		const files: { key: string; file: string }[] = [];
		for (const [key, outputs] of lastOutputs(this.options.cacheDir)) {
			if (wanted(key)) for (const file of outputs) files.push({ key, file });
		}
		const { cacheDir, outDir } = this.options;
		const done = await linkInWorker(files.map(({ file }) => [storedPage(cacheDir, file), outputPath(outDir, file)] as const));
		return done.map((i) => files[i]!);
	}

	/**
	 * This build's pages (`pathnames`) are known: the last build's copies of them are in the output
	 * (linked now, or by `start`), and those of pages it no longer makes are gone.
	 */
	async link(pathnames: readonly string[]) {
		const wanted = new Set(pathnames.map((p) => routeKey(p)));
		const linked = await (this.#early ?? this.#linkAll((key) => wanted.has(key)));
		for (const { key, file } of linked) {
			if (!wanted.has(key)) {
				this.#unlink(outputPath(this.options.outDir, file));
				continue;
			}
			this.#linked.set(key, [...(this.#linked.get(key) ?? []), file]);
			this.linkedCount++;
		}
	}

	/** Removes a file and the folders it leaves empty, up to the output folder. */
	#unlink(path: string) {
		rmSync(path, { force: true });
		const outDir = join(this.options.outDir, '/');
		for (let dir = dirname(path); dir.startsWith(outDir); dir = dirname(dir)) {
			try {
				rmdirSync(dir);
			} catch {
				return;
			}
		}
	}

	/** A page is about to be rendered again: its links go, in the output and in the cache. */
	release(requestUrl: string) {
		const key = routeKey(new URL(requestUrl).pathname, this.options.base);
		const files = this.#linked.get(key);
		if (!files) return;
		this.#linked.delete(key);
		for (const file of files) {
			rmSync(outputPath(this.options.outDir, file), { force: true });
			rmSync(storedPage(this.options.cacheDir, file), { force: true });
		}
	}
}

/** Astro's prerenderer with the page links around it. */
export function linkingPrerenderer(inner: AstroPrerenderer, links: PageLinks): AstroPrerenderer {
	return {
		...inner,
		setup: inner.setup?.bind(inner),
		teardown: inner.teardown?.bind(inner),
		collectStaticImages: inner.collectStaticImages?.bind(inner),
		async getStaticPaths() {
			const paths = await inner.getStaticPaths();
			await links.link(paths.map((p) => p.pathname));
			return paths;
		},
		async render(request, options) {
			links.release(request.url);
			return inner.render(request, options);
		},
	};
}
