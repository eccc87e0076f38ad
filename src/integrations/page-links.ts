/**
 * Unchanged pages enter a rebuild as hard links, not copies. With the incremental build, Astro
 * copies every page whose cache key is unchanged from its page cache (`<cacheDir>/dist/`) into
 * the output, one file and one folder at a time: most of a one-article rebuild's page
 * generation. Astro skips the copy when the file is already in the output, so before generation
 * every page of the last build that this build will make again is linked in from the cache
 * (linking is a sixth of the cost of copying here, and writes nothing).
 *
 * A linked file shares its bytes with the cache copy and with the published site, which was
 * linked the same way. Astro writes a page it renders again in place, so before it renders one,
 * its links are removed (`render` below): the new page gets files of its own, and the live site
 * and the cache are never written through a link.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

export class PageLinks {
	/** Route key → the output files linked for it (relative to the output folder). */
	readonly #linked = new Map<string, string[]>();
	linkedCount = 0;
	readonly options: { outDir: string; cacheDir: string; base: string };

	constructor(options: { outDir: string; cacheDir: string; base: string }) {
		this.options = options;
	}

	/** Links the last build's copy of every page in `pathnames` (this build's pages) into the output. */
	link(pathnames: readonly string[]) {
		const wanted = new Set(pathnames.map((p) => routeKey(p)));
		const pageCache = join(this.options.cacheDir, 'dist');
		for (const [key, files] of lastOutputs(this.options.cacheDir)) {
			if (!wanted.has(key)) continue;
			for (const file of files) {
				const from = join(pageCache, file);
				const to = join(this.options.outDir, file);
				if (!existsSync(from) || existsSync(to)) continue;
				try {
					mkdirSync(dirname(to), { recursive: true });
					linkSync(from, to);
				} catch {
					// No hard links here (another file system): Astro copies, as it does without us.
					return;
				}
				this.#linked.set(key, [...(this.#linked.get(key) ?? []), file]);
				this.linkedCount++;
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
			links.link(paths.map((p) => p.pathname));
			return paths;
		},
		async render(request, options) {
			links.release(request.url);
			return inner.render(request, options);
		},
	};
}
