/**
 * `npm run bench:lighthouse [-- --dist DIR]`: Lighthouse mobile scores (performance,
 * accessibility, best practices, SEO) of the home page, an article and the search page, in the
 * same Chromium the tests use (tests/helpers/browser.ts), against the built sample site served
 * on loopback. Prints a table; exits 1 when a score is under 95. A script, not a test: scores
 * move with the machine's load.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { browserExecutable, compressible, contentType } from '../helpers/browser.ts';
import { sampleDistOr } from '../helpers/site.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, runs: { type: 'string', default: '1' } } });
const THRESHOLD = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/**
 * The site as a static host serves it: gzip for text, a year's cache for fingerprinted files
 * (`_astro/`, Pagefind's hashed chunks), an hour for the rest. Lighthouse scores a host, too.
 */
async function serveLikeAHost(root: string) {
	const server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = join(root, path);
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			let body = await readFile(file);
			const type = contentType(file);
			const headers: Record<string, string> = { 'content-type': type };
			headers['cache-control'] = /^\/(_astro|pagefind\/(fragment|index|filter))\//.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
			if (compressible(type) || /\.pf_/.test(file)) {
				if (!/\.pf_/.test(file) && /gzip/.test(String(req.headers['accept-encoding']))) {
					body = gzipSync(body);
					headers['content-encoding'] = 'gzip';
				}
			}
			res.writeHead(200, headers).end(body);
		} catch {
			res.writeHead(404, { 'content-type': contentType('404.html') }).end(await readFile(join(root, '404.html')).catch(() => 'not found'));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const { dist, cleanup } = sampleDistOr(values.dist, 'gyzh-lighthouse-');

const article = readdirSync(join(dist, 'articles/2022'))[0]!;
const pages = { home: '/', article: `/articles/2022/${article}/`, search: `/search/?q=${encodeURIComponent('工会')}` };

const server = await serveLikeAHost(dist);
const { executablePath, args } = await browserExecutable();
const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: args.filter((a) => a !== '--headless').concat('--headless=new') });
const rows: Record<string, string | number>[] = [];
let failed = false;
try {
	for (const [name, path] of Object.entries(pages)) {
		const best: Record<string, number> = {};
		for (let run = 0; run < Number(values.runs); run++) {
			const result = await lighthouse(server.origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			for (const c of CATEGORIES) best[c] = Math.max(best[c] ?? 0, Math.round((result!.lhr.categories[c]!.score ?? 0) * 100));
			if (run === 0) {
				const audits = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable');
				if (audits.length) console.log(`${name}: audits under 0.9: ${audits.map((a) => `${a.id} (${a.displayValue ?? a.score})`).join(', ')}`);
			}
		}
		for (const c of CATEGORIES) if (best[c]! < THRESHOLD) failed = true;
		rows.push({ page: name, path, ...best });
	}
} finally {
	await chrome.kill();
	await server.close();
	cleanup();
}
console.log(`\nLighthouse ${'mobile'} scores (best of ${values.runs} run(s)), Chromium at ${executablePath}:`);
console.table(rows);
process.exit(failed ? 1 : 0);
