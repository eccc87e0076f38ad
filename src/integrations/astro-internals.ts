/**
 * Astro 7's internal classes that our integrations adjust (the page cache in page-links.ts, the
 * content store in content-store.ts), found by their file in Astro's package. A later Astro that
 * moved or renamed one gives undefined, and the caller leaves Astro as it is.
 */
export async function astroPrototype<T>(file: string, name: string): Promise<T | undefined> {
	try {
		const module = (await import(astroModule(file))) as Record<string, { prototype?: T } | undefined>;
		return module[name]?.prototype;
	} catch {
		return undefined;
	}
}

/** The URL of a module of Astro's package (`./content/data-store-writer.js`), for an import here or in a worker. */
export function astroModule(file: string): string {
	return new URL(file, import.meta.resolve('astro')).href;
}
