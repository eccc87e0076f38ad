/**
 * How our loaders put entries in Astro's content store: the way Astro's glob loader does, by
 * digest. An entry whose data has the same digest as in the last build is left as it is, and only
 * entries that are gone are deleted. Clearing the collection and setting every entry again, as an
 * inline loader (`loader: () => [...]`) does, marks the whole store changed on every build, and
 * Astro then reads and writes all of it again (`data-store.json`, 66 MB on the 10,000-piece
 * archive: 2–3 s of a rebuild). With Astro's own no-change settings skipped too
 * (`keepUnchangedStore` in content-store.ts), a sync that changed nothing writes nothing.
 */
import type { LoaderContext } from 'astro/loaders';

export async function keepEntries(
	context: Pick<LoaderContext, 'store' | 'parseData' | 'generateDigest'>,
	entries: Iterable<{ id: string; data: Record<string, unknown> }>,
	options: { parse: boolean },
): Promise<void> {
	const { store } = context;
	const wanted = new Set<string>();
	for (const { id, data } of entries) {
		wanted.add(id);
		const digest = context.generateDigest(data);
		if (store.get(id)?.digest === digest) continue;
		store.set({ id, data: options.parse ? await context.parseData({ id, data }) : data, digest });
	}
	for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
}
