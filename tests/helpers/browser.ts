/**
 * Chromium driven by playwright-core, against a dist/ served on loopback.
 *
 * Debian's Chromium when it is installed (or `CHROMIUM_PATH`); otherwise the headless shell that
 * the npm package `@sparticuz/chromium` ships inside the registry tarball, so `npm test` needs no
 * apt step and never downloads a browser. `GONGYUN_BROWSER=npm` forces the npm one.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** Which browser the tests run, and with which flags. */
export async function browserExecutable(): Promise<{ executablePath: string; args: string[]; kind: 'system' | 'npm' }> {
	if (process.env.GONGYUN_BROWSER !== 'npm' && existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, args: FLAGS, kind: 'system' };
	const { default: npmChromium } = await import('@sparticuz/chromium');
	// Unpacks once into the temp folder; later calls reuse it.
	const executablePath = await npmChromium.executablePath();
	// Only our own flags: the package's defaults are for AWS Lambda and include --disable-web-security,
	// which would hide Content-Security-Policy and same-origin faults from the tests.
	return { executablePath, args: FLAGS, kind: 'npm' };
}

export async function launch(): Promise<Browser> {
	const { executablePath, args } = await browserExecutable();
	return chromium.launch({ executablePath, args });
}
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.pdf': 'application/pdf',
};

/** The content type a static host sends for a file, by its extension. */
export function contentType(file: string): string {
	return TYPES[extname(file)] ?? 'application/octet-stream';
}

/** Whether a host compresses this type on the wire (text; images and WebAssembly go as they are). */
export function compressible(type: string): boolean {
	return /^text\/|^application\/(json|xml)|^image\/svg/.test(type);
}

/** A static host for `dist/`, mounted at `base` (as a sub-path deployment would be). */
export async function serve(dist: string, base = '/'): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = http.createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!path.startsWith(base)) {
			res.writeHead(404).end('not found');
			return;
		}
		let file = join(dist, path.slice(base.length - 1));
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': contentType(file) }).end(body);
		} catch {
			res.writeHead(404, { 'content-type': TYPES['.html']! }).end(await readFile(join(dist, '404.html')).catch(() => 'not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
