/**
 * The content files of a build read at once. Astro's glob loader reads each entry with
 * `fs.promises.readFile`, which in Node is four trips through the thread pool (open, fstat,
 * read, close), each with its promise and file handle: about 0.3 ms of the main thread a file,
 * 3 s of the 10,000-piece archive's content layer and 14 s of the 50,000-piece one (CPU
 * profiles), where `readFileSync` of the same small files (the build's own check reads them so)
 * takes a few microseconds each. While `readContentSync` is on, a `readFile` of a file under the
 * content folder is answered with `readFileSync`; any other read, a read with an AbortSignal or
 * of a file handle, goes to Node's own function. Errors are the same errors (ENOENT, EISDIR…),
 * as a rejected promise.
 */
import { promises, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

type ReadFile = typeof promises.readFile;

let original: ReadFile | undefined;

/** The path of a `readFile` argument, if it is a file path (not a handle, not a buffer). */
function pathOf(file: unknown): string | undefined {
	if (typeof file === 'string') return file.startsWith('file:') ? fileURLToPath(file) : resolve(file);
	if (file instanceof URL) return file.protocol === 'file:' ? fileURLToPath(file) : undefined;
	return undefined;
}

/** Whether a `readFile` call can be answered synchronously with the same result. */
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
		if (path === undefined || !path.startsWith(root) || !plainOptions(options)) return Reflect.apply(node, this, [file, options]);
		try {
			return Promise.resolve(readFileSync(path, options as Parameters<typeof readFileSync>[1]));
		} catch (error) {
			return Promise.reject(error);
		}
	} as ReadFile;
	promises.readFile = fast;
	return () => {
		if (promises.readFile === fast) promises.readFile = node;
	};
}
