/**
 * Keeps the content collections' data out of the server bundle. Astro writes its content store
 * (every entry's data and rendered HTML) to `<cacheDir>/data-store.json` and, by default, also
 * bundles it into the prerender chunk as one string literal, which Rolldown and every Vite
 * plugin then parse, copy and write out again, and which the page generation keeps in memory
 * beside the store it parses from it. On a 10,000-piece archive that module is 66 MB, and
 * bundling it was the build's largest memory peak (`npm run bench:build`). In a build, this
 * integration loads the module as a few lines that take the collections of the store the sync
 * has just filled, in the same process (kept by `keepUnchangedStore` when Astro loads it), and
 * read the file only if there is none.
 *
 * The preview (`astro dev`) gets the same module over its own store file (`.astro/data-store.json`):
 * Astro's module there is the 66 MB as a JSON string literal that Vite transforms and the first
 * page request then parses, and that request waited about 9 s for it after "ready". Astro
 * invalidates the module whenever it writes the file, so each edit is read again.
 *
 * It relies on two things of Astro 7 that are not public API: the module's id and the file's
 * format (devalue, which Astro itself reads it with). If a later Astro names either differently,
 * the hook matches nothing or finds no file, and Astro's own loader takes over again: the build
 * stays correct and only needs the memory again.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { astroModule, astroPrototype } from './astro-internals.ts';
import type { StoreWrite, StoreWritten } from './store-writer.ts';
import { readContentSync } from './sync-fs.ts';

/** Astro's resolved id of `astro:data-layer-content` (the store's virtual module). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The store's file in the cache folder (Astro's default `single-file` collection storage). */
export const DATA_STORE_FILE = 'data-store.json';

/** The devalue Astro writes the store with (its own dependency, whatever version that is). */
export function astroDevalue(): string {
	return createRequire(import.meta.resolve('astro')).resolve('devalue');
}

/** Where `keepUnchangedStore` keeps the stores Astro's sync loaded in this process, by file. */
export const LIVE_STORES = 'gongyun.content-store.live';

/** The stores Astro's sync loaded in this process (file path → store). */
function liveStores(): Map<string, { _collections?: unknown }> {
	const global = globalThis as Record<symbol, Map<string, { _collections?: unknown }> | undefined>;
	return (global[Symbol.for(LIVE_STORES)] ??= new Map());
}

/**
 * The module that stands for the store: reads and revives the file when first imported. With
 * `live`, it first takes the collections of the store the sync just filled in this process, if
 * the sync loaded it from that file: the same Map the file was written from, not a second copy
 * parsed from 66 MB of text again (1–1.5 s and a few hundred MB of heap at 10,000 pieces).
 */
export function dataStoreModule(file: string, options: { devalue?: string; live?: boolean } = {}): string {
	const path = JSON.stringify(file);
	return [
		"import { readFileSync } from 'node:fs';",
		`import { parse } from ${JSON.stringify(options.devalue ?? astroDevalue())};`,
		options.live
			? `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORES)})]?.get(${path})?._collections;`
			: 'const live = undefined;',
		// A Map (not the parsed JSON) so nothing keeps the flat form alive beside the store.
		`export default live instanceof Map ? live : parse(readFileSync(${path}, 'utf8'));`,
	].join('\n');
}

/**
 * The Vite plugin. Its `load` runs before Astro's (`order: 'pre'`), so the store is never read
 * into the bundle at all. The module is marked as content data for Astro's incremental build,
 * as Astro marks its own: a page's code hash must not change when only an article did.
 */
export function contentStorePlugin(storeFile: () => string | undefined, options: { live?: boolean } = {}) {
	return {
		name: 'gongyun-content-store',
		load: {
			order: 'pre' as const,
			filter: { id: /^\0astro:data-layer-content$/ },
			handler(id: string) {
				const file = storeFile();
				// A build's file may still be being written (writeStoreAside): the module takes the live store then.
				if (id !== DATA_STORE_MODULE || !file || !(existsSync(file) || (options.live && liveStores().has(file)))) return null;
				return { code: dataStoreModule(file, { live: options.live }), map: { mappings: '' }, meta: { astroIncremental: { kind: 'content-data' } } };
			},
		},
	};
}

/** What of Astro's `MutableDataStore` `keepUnchangedStore` replaces. */
interface AstroDataStore {
	_collections: Map<string, Map<string, unknown>>;
	set(collection: string, key: string, value: unknown): void;
}

let unchangedKept: Promise<boolean> | undefined;
/** Whether the stores Astro's sync loads are kept for the store module (then it never reads the file in a build). */
let liveKept = false;

/**
 * A sync that changed nothing leaves the store's file alone. Astro writes the whole store again
 * (and first reads the old file to compare) whenever anything was set during the sync, and it
 * sets its own version and config digests on every sync, so a rebuild with one new article, or
 * none, serialised all 66 MB of the 10,000-piece archive (2–3 s). Setting a key to the text or
 * number it already holds is now no change. Entries are objects made anew by every `set`, so
 * they still count (our loaders skip unchanged ones by digest, keep-entries.ts, as the glob
 * loader does). Astro 7's internal class; without it, nothing is replaced.
 */
export function keepUnchangedStore(): Promise<boolean> {
	unchangedKept ??= (async () => {
		const store = await astroPrototype<AstroDataStore>('./content/mutable-data-store.js', 'MutableDataStore');
		if (!store || typeof store.set !== 'function') return false;
		// The store each sync loads, by its file, for the store module of the same build (dataStoreModule).
		const Store = store.constructor as { fromFile?: (path: URL | string) => Promise<AstroDataStore> };
		const fromFile = Store.fromFile;
		if (typeof fromFile === 'function') {
			liveKept = true;
			Store.fromFile = async function (this: unknown, path: URL | string) {
				const loaded = await fromFile.call(this, path);
				liveStores().set(path instanceof URL ? fileURLToPath(path) : String(path), loaded);
				return loaded;
			};
		}
		const set = store.set;
		store.set = function (this: AstroDataStore, collection, key, value) {
			const same = (typeof value !== 'object' || value === null) && this._collections instanceof Map && this._collections.get(collection)?.get(String(key)) === value;
			if (!same) set.call(this, collection, key, value);
		};
		return true;
	})();
	return unchangedKept;
}

/** What of Astro's `FileWriter` (the single-file store's writer) `writeStoreAside` replaces. */
interface AstroStoreWriter {
	readonly target: URL | string;
	write(collections: Map<string, Map<string, unknown>>): Promise<boolean>;
}

/** Resolves when every write asked for since the last `storeWritten()` is on disk; rejects with the first that failed. */
let writes: Promise<void> = Promise.resolve();
let asideWriting: Promise<boolean> | undefined;

/**
 * A build's content store is written in a worker thread. Astro turns the whole store into one
 * string (devalue) on the main thread at the end of the sync, 66 MB at 10,000 pieces, while
 * nothing else runs: 1.5–2.5 s in which the Markdown workers have finished and Pagefind has no
 * pages yet. Here the sync hands the store to a worker (a structured clone, which only copies)
 * and goes on at once; the worker writes the file with Astro's own serialiser, so it is the same
 * bytes. The build waits for the file at its end (`storeWritten`, at `astro:build:done`); the
 * pages take the store the sync filled in this process (`keepUnchangedStore`), never the file, or
 * nothing is replaced. A store that cannot be cloned, or a worker
 * that cannot start, is written as before. Astro 7's internal class; without it, nothing is replaced.
 */
export function writeStoreAside(): Promise<boolean> {
	asideWriting ??= (async () => {
		// The store module must not read a file still being written: it takes the live store instead.
		if (!(await keepUnchangedStore()) || !liveKept) return false;
		const module = './content/data-store-writer.js';
		const writer = await astroPrototype<AstroStoreWriter>(module, 'FileWriter');
		if (!writer || typeof writer.write !== 'function') return false;
		const write = writer.write;
		interface Writer {
			worker: Worker;
			/** Its writes not yet done, by id. */
			jobs: Map<number, { resolve: () => void; reject: (error: Error) => void }>;
		}
		let current: Writer | undefined;
		let next = 0;
		const start = (): Writer => {
			const worker = new Worker(new URL('./store-writer.ts', import.meta.url), { workerData: { writer: astroModule(module) } });
			const writer: Writer = { worker, jobs: new Map() };
			worker.on('message', ({ id, error }: StoreWritten) => {
				const job = writer.jobs.get(id);
				writer.jobs.delete(id);
				// Its heap held a copy of the store: it goes as soon as it has nothing more to write.
				if (writer.jobs.size === 0) {
					if (current === writer) current = undefined;
					void worker.terminate();
				}
				if (error === undefined) job?.resolve();
				else job?.reject(Object.assign(new Error(error.message), error));
			});
			// A worker that fails or ends with writes left: those fail, and the next write starts another.
			const lost = (error: Error) => {
				for (const job of writer.jobs.values()) job.reject(error);
				writer.jobs.clear();
				if (current === writer) current = undefined;
			};
			worker.on('error', lost);
			worker.on('exit', (code) => lost(new Error(`store writer ended (exit ${code})`)));
			return writer;
		};
		writer.write = function (this: AstroStoreWriter, collections) {
			const id = next++;
			const file = this.target instanceof URL ? fileURLToPath(this.target) : String(this.target);
			let to: Writer;
			try {
				to = current ??= start();
				to.worker.postMessage({ id, file, collections } satisfies StoreWrite);
			} catch {
				// Not cloneable (a value structured clone refuses), or no worker: Astro writes it here.
				if (current && current.jobs.size === 0) {
					void current.worker.terminate();
					current = undefined;
				}
				return write.call(this, collections);
			}
			const done = new Promise<void>((resolve, reject) => to.jobs.set(id, { resolve, reject }));
			writes = Promise.all([writes, done]).then(() => undefined);
			// Handled here; its failure reaches the build through storeWritten().
			writes.catch(() => undefined);
			// Nothing was written yet, so no listener is told of a new file (only the preview listens).
			return Promise.resolve(false);
		};
		return true;
	})();
	return asideWriting;
}

/** Every store write `writeStoreAside` was given (since the last call), on disk; the first failure, if any. */
export function storeWritten(): Promise<void> {
	const these = writes;
	writes = Promise.resolve();
	return these;
}

/**
 * `contentDir`: the content folder, whose files a build's sync reads synchronously
 * (sync-fs.ts); without it, Astro reads them its own way.
 */
export default function gongyunContentStore(options: { contentDir?: string } = {}): AstroIntegration {
	let storeFile: string | undefined;
	let dev = false;
	let stopSyncReads: (() => void) | undefined;
	return {
		name: 'gongyun-content-store',
		hooks: {
			'astro:config:setup': async ({ command, updateConfig }) => {
				if (command !== 'build' && command !== 'dev') return;
				dev = command === 'dev';
				// The preview reads the file each time Astro rewrites it (an edit); a build's sync is done before pages are made.
				updateConfig({ vite: { plugins: [contentStorePlugin(() => storeFile, { live: !dev })] } });
				await keepUnchangedStore();
				if (dev) return;
				await writeStoreAside();
				if (options.contentDir) stopSyncReads = readContentSync(options.contentDir);
			},
			'astro:config:done': ({ config }) => {
				// Chunked storage (`experimental.collectionStorage`) keeps other files: leave it to Astro.
				const storage = config.experimental.collectionStorage;
				// Astro keeps the store in the cache folder for a build and in `.astro/` for the preview.
				const folder = dev ? new URL('.astro/', config.root) : config.cacheDir;
				storeFile = storage === undefined || storage === 'single-file' ? fileURLToPath(new URL(DATA_STORE_FILE, folder)) : undefined;
			},
			// The store's file is the next build's content cache: the build is not done without it.
			'astro:build:done': async () => {
				stopSyncReads?.();
				stopSyncReads = undefined;
				await storeWritten();
			},
		},
	};
}
