/**
 * Unchanged pages enter a rebuild as hard links, not copies. With the incremental build, Astro
 * copies every page whose cache key is unchanged from its page cache (`<cacheDir>/dist/`) into
 * the output, one file and one folder at a time: most of a one-article rebuild's page
 * generation. Astro skips the copy when the file is already in the output, so every page of the
 * last build is linked in from the cache (linking is a sixth of the cost of copying here, and
 * writes nothing), and the links of pages this build no longer makes are taken out again when
 * Astro lists its pages.
 *
 * Making the page folders is most of the linking's cost (16,900 folders: 1.5 s here, in the
 * kernel). So when the output folder starts empty, a worker thread links while Astro loads its
 * content, on the core that is otherwise idle then (`start`), and Astro is told not to empty
 * the folder, which is empty anyway (`vite.build.emptyOutDir`, see search/index.ts). Otherwise
 * the links are made when Astro lists its pages, after it has emptied the folder.
 *
 * A linked file shares its bytes with the cache copy and with the published site, which was
 * linked the same way. Astro writes a page it renders again in place, so before it renders one,
 * its links are removed (`render` below): the new page gets files of its own, and the live site
 * and the cache are never written through a link.
 */
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AstroPrerenderer } from 'astro';
import { routeKey } from '../lib/urls.ts';

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
		const pageCache = join(this.options.cacheDir, 'dist');
		const done = await linkInWorker(files.map(({ file }) => [join(pageCache, file), join(this.options.outDir, file)] as const));
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
				this.#unlink(join(this.options.outDir, file));
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
			rmSync(join(this.options.outDir, file), { force: true });
			rmSync(join(this.options.cacheDir, 'dist', file), { force: true });
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
