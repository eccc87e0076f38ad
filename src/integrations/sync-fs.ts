/**
 * A build's own files read and written at once, not through Node's thread pool.
 *
 * - **Reads of the content files.** Astro's glob loader reads each entry with
 *   `fs.promises.readFile`, which in Node is four trips through the thread pool (open, fstat,
 *   read, close), each with its promise and file handle: about 0.3 ms of the main thread a file,
 *   3 s of the 10,000-piece archive's content layer and 14 s of the 50,000-piece one (CPU
 *   profiles), where `readFileSync` of the same small files (the build's own check reads them so)
 *   takes a few microseconds each. While `readContentSync` is on, a `readFile` of a file under
 *   the content folder is answered with `readFileSync`.
 * - **Writes of the pages.** Astro writes each page with `fs.promises.mkdir` and
 *   `fs.promises.writeFile` (mkdir, open, write, close: four trips again). On this machine a trip
 *   costs the main thread 40–70 µs to hand over and wake a pool thread, 3.3 s of the 10,000-piece
 *   build's page generation; the same folder and file made synchronously take half the CPU time
 *   in all (5,000 pages of 20 KB: 69–105 against 136–264 µs a page). While `writeOutputSync` is
 *   on, those two calls for paths under the output folder are made with `mkdirSync` and
 *   `writeFileSync`.
 *
 * Any other call (another folder, an AbortSignal, a file handle, data that is a stream) goes to
 * Node's own function. Errors are the same errors (ENOENT, EISDIR…), as a rejected promise.
 */
import { mkdirSync, promises, readFileSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

type ReadFile = typeof promises.readFile;
type WriteFile = typeof promises.writeFile;
type Mkdir = typeof promises.mkdir;

let original: ReadFile | undefined;
let originalWrite: { writeFile: WriteFile; mkdir: Mkdir } | undefined;

/** The path of a `readFile` argument, if it is a file path (not a handle, not a buffer). */
function pathOf(file: unknown): string | undefined {
	if (typeof file === 'string') return file.startsWith('file:') ? fileURLToPath(file) : resolve(file);
	if (file instanceof URL) return file.protocol === 'file:' ? fileURLToPath(file) : undefined;
	return undefined;
}

/** Whether `path` is `root` (a folder path ending in the separator) or under it. */
const under = (path: string | undefined, root: string): path is string => path !== undefined && (path.startsWith(root) || path + sep === root);

/** Whether a call's options can be answered synchronously with the same result (no AbortSignal). */
function plainOptions(options: unknown): boolean {
	if (options === undefined || options === null || typeof options === 'string') return true;
	return typeof options === 'object' && !('signal' in options && (options as { signal?: unknown }).signal);
}

/**
 * Reads of files under `dir` become synchronous until the returned function is called (or
 * `readContentSync` is called again, which replaces the folder).
 */
export function readContentSync(dir: string): () => void {
	const root = resolve(dir) + sep;
	const node = (original ??= promises.readFile);
	const fast = function (this: unknown, file: unknown, options?: unknown) {
		const path = pathOf(file);
		if (!under(path, root) || !plainOptions(options)) return Reflect.apply(node, this, [file, options]);
		return settled(() => readFileSync(path, options as Parameters<typeof readFileSync>[1]));
	} as ReadFile;
	promises.readFile = fast;
	return () => {
		if (promises.readFile === fast) promises.readFile = node;
	};
}

/** The result of a synchronous call as the promise the asynchronous one would give. */
function settled<T>(call: () => T): Promise<T> {
	try {
		return Promise.resolve(call());
	} catch (error) {
		return Promise.reject(error);
	}
}

/**
 * `mkdir` and `writeFile` of paths under `dir` become synchronous until the returned function is
 * called (or `writeOutputSync` is called again, which replaces the folder).
 */
export function writeOutputSync(dir: string): () => void {
	const root = resolve(dir) + sep;
	const node = (originalWrite ??= { writeFile: promises.writeFile, mkdir: promises.mkdir });
	const writeFile = function (this: unknown, file: unknown, data: unknown, options?: unknown) {
		const path = pathOf(file);
		const bytes = typeof data === 'string' || ArrayBuffer.isView(data);
		if (!under(path, root) || !bytes || !plainOptions(options)) return Reflect.apply(node.writeFile, this, [file, data, options]);
		return settled(() => writeFileSync(path, data as string | NodeJS.ArrayBufferView, options as Parameters<typeof writeFileSync>[2]));
	} as WriteFile;
	const mkdir = function (this: unknown, dirPath: unknown, options?: unknown) {
		const path = pathOf(dirPath);
		if (!under(path, root)) return Reflect.apply(node.mkdir, this, [dirPath, options]);
		return settled(() => mkdirSync(path, options as Parameters<typeof mkdirSync>[1]));
	} as Mkdir;
	promises.writeFile = writeFile;
	promises.mkdir = mkdir;
	return () => {
		if (promises.writeFile === writeFile) promises.writeFile = node.writeFile;
		if (promises.mkdir === mkdir) promises.mkdir = node.mkdir;
	};
}
