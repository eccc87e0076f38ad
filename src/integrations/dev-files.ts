/**
 * The dev server's files that Vite does not serve (the last build's search index, e-paper page
 * images and PDFs, the web editor's script): one MIME table and one way to send a file, for
 * every integration's middleware.
 */
import { readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.yml': 'text/yaml; charset=utf-8',
	'.pdf': 'application/pdf',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
};

/** The content type a file is served with (by its extension). */
export function contentType(file: string): string {
	return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Sends a file from disk, never cached: the preview must show the file as it is now. */
export function sendFile(res: ServerResponse, file: string, name = file): void {
	res.writeHead(200, { 'content-type': contentType(name), 'cache-control': 'no-store' }).end(readFileSync(file));
}
