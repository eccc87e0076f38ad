/**
 * What a rebuild can reuse: the build keeps, beside Astro's content cache, a small manifest of
 * the last successful build (a digest of the program and settings that shape the cached entries,
 * and one digest per article source). Comparing it with the articles of this build says whether
 * the cache holds, and which articles are new, changed or gone. Pure: the digests are given.
 */

/** What a successful build leaves beside its cache. */
export interface BuildManifest {
	version: 1;
	/** Digest of everything but the articles that decides what the cache holds (code, settings, Astro's version). */
	program: string;
	/** Article path under `articles/` (`2024/0301-01-ziyang.md`) → digest of its source. */
	articles: Record<string, string>;
}

export type Reuse =
	| {
			kind: 'full';
			/** `first`: no earlier build left a cache; `program`: the code, settings or Astro changed since; `asked`: `--clean`. */
			reason: 'first' | 'program' | 'asked';
	  }
	| {
			kind: 'incremental';
			/** Articles whose source is as in the last build: their entries come from the cache. */
			unchanged: number;
			added: string[];
			changed: string[];
			removed: string[];
	  };

/**
 * Compares the last successful build's manifest (none when there was none, or its cache is gone)
 * with this build's program digest and article digests.
 */
export function compareBuilds(previous: BuildManifest | undefined, current: Pick<BuildManifest, 'program' | 'articles'>, options: { clean?: boolean } = {}): Reuse {
	if (options.clean) return { kind: 'full', reason: 'asked' };
	if (!previous || previous.version !== 1) return { kind: 'full', reason: 'first' };
	if (previous.program !== current.program) return { kind: 'full', reason: 'program' };
	const added: string[] = [];
	const changed: string[] = [];
	let unchanged = 0;
	for (const [path, digest] of Object.entries(current.articles)) {
		const before = previous.articles[path];
		if (before === undefined) added.push(path);
		else if (before !== digest) changed.push(path);
		else unchanged++;
	}
	const removed = Object.keys(previous.articles).filter((path) => !(path in current.articles));
	return { kind: 'incremental', unchanged, added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}

/**
 * The articles whose pages this build draws for certain: every one in a full build; in an
 * incremental one the added and changed (other pages come from the last build unless what they
 * print changed, and those few draw what they need themselves). `entry` is the source's path
 * under the articles folder, as in the manifest.
 */
export function renderedArticles<T extends { entry: string }>(reuse: Reuse, articles: readonly T[]): T[] {
	if (reuse.kind === 'full') return [...articles];
	const touched = new Set([...reuse.added, ...reuse.changed]);
	return articles.filter((a) => touched.has(a.entry));
}

/** A manifest read back from disk, or undefined when it is not one (hand-edited, older format, truncated). */
export function parseManifest(text: string): BuildManifest | undefined {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return undefined;
	}
	const m = data as Partial<BuildManifest> | null;
	if (!m || m.version !== 1 || typeof m.program !== 'string' || typeof m.articles !== 'object' || m.articles === null) return undefined;
	if (!Object.values(m.articles).every((d) => typeof d === 'string')) return undefined;
	return m as BuildManifest;
}

/** The part of Astro's incremental-build manifest (`<cacheDir>/incremental-build.json`) that says what each page was made from. */
export interface PageManifest {
	routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string; contentHashes?: Record<string, string> }> }>;
}

/**
 * How many pages with a cache key this build copied from the last one (same code, same key,
 * same rendered content: Astro's own test) and how many it rendered.
 */
export function pageReuse(previous: PageManifest | undefined, current: PageManifest): { reused: number; rendered: number } {
	let reused = 0;
	let rendered = 0;
	for (const [route, entry] of Object.entries(current.routes)) {
		const before = previous?.routes[route];
		for (const [path, page] of Object.entries(entry.paths)) {
			const old = before?.dependencyHash === entry.dependencyHash ? before.paths[path] : undefined;
			const same = old !== undefined && old.cacheKey === page.cacheKey && JSON.stringify(old.contentHashes ?? {}) === JSON.stringify(page.contentHashes ?? {});
			if (same) reused++;
			else rendered++;
		}
	}
	return { reused, rendered };
}

/** Astro's page manifest read back from disk, or undefined when there is none or it is not one. */
export function parsePageManifest(text: string): PageManifest | undefined {
	try {
		const data = JSON.parse(text) as Partial<PageManifest>;
		return data && typeof data.routes === 'object' && data.routes !== null ? (data as PageManifest) : undefined;
	} catch {
		return undefined;
	}
}
