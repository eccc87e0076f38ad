/**
 * The worker thread that writes a build's content store file (content-store.ts, `writeStoreAside`):
 * Astro's own serialiser and atomic write (`serializeDataStore`, `writeFileAtomic` of Astro 7's
 * data-store-writer.js), so the file is the bytes Astro would have written. Writes are done one
 * after another, in the order they were asked for: the last one is the store as the sync left it.
 */
import { parentPort, workerData } from 'node:worker_threads';

export interface StoreWrite {
	id: number;
	file: string;
	collections: Map<string, Map<string, unknown>>;
}
/** A write done, or its error as data (an errno error keeps its code and path for the build's message). */
export type StoreWritten = { id: number; error?: { message: string; code?: string; path?: string; syscall?: string } };

interface AstroWriter {
	serializeDataStore(collections: Map<string, Map<string, unknown>>): string;
	writeFileAtomic(file: string, data: string): Promise<boolean>;
}

const astro = (await import((workerData as { writer: string }).writer)) as AstroWriter;
let queue = Promise.resolve();

parentPort!.on('message', ({ id, file, collections }: StoreWrite) => {
	queue = queue.then(async () => {
		try {
			await astro.writeFileAtomic(file, astro.serializeDataStore(collections));
			parentPort!.postMessage({ id } satisfies StoreWritten);
		} catch (error) {
			const { message = String(error), code, path, syscall } = (error ?? {}) as Partial<NodeJS.ErrnoException>;
			parentPort!.postMessage({ id, error: { message, code, path, syscall } } satisfies StoreWritten);
		}
	});
});
