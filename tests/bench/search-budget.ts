/**
 * `npm run bench:search [-- --pages 10000] [--sample-only] [--dist DIR] [--queries a,b] [--rounds 3] [--requests] [--keep DIR]`:
 * what a reader's first search costs, measured in Chromium (`--requests` lists each file fetched).
 *
 * Builds the sample site (content/) and a generated archive of `--pages` articles (made from the
 * sample pieces with varied dates, places and headlines, into a temp folder — never committed),
 * serves each with gzip as static hosts do, and for a few queries, in a fresh browser (cold
 * cache): opens an article, clicks the header search, enters the query and waits for the first
 * result. Bytes are Chromium's own count of what crossed the wire (CDP Network.loadingFinished
 * encodedDataLength) for every request after the click; the time is from the click event to the
 * frame after the first result entered the page (page clock),
 * the median of `--rounds` fresh browsers with its range (one run on a loaded two-core machine
 * varied between 0.6 and 1.4 s).
 * Target: ≤ 150 KiB including the search UI's JavaScript. A benchmark, not a test: it prints.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { compressible, contentType, launch } from '../helpers/browser.ts';
import { generateArchive } from '../helpers/archive.ts';
import { buildSite, repoRoot } from '../helpers/site.ts';

const { values } = parseArgs({
	options: {
		pages: { type: 'string', default: '10000' },
		'sample-only': { type: 'boolean', default: false },
		requests: { type: 'boolean', default: false },
		keep: { type: 'string' },
		dist: { type: 'string' },
		queries: { type: 'string' },
		rounds: { type: 'string', default: '3' },
	},
});
const ROUNDS = Math.max(1, Number(values.rounds));
const BUDGET_KIB = 150;
const QUERIES = values.queries ? values.queries.split(',') : ['快递小哥', '工会法', 'ziyang'];
const work = values.keep ?? mkdtempSync(join(tmpdir(), 'gyzh-bench-'));
mkdirSync(work, { recursive: true });

/* ---------- a static host that compresses text, as hosts do ---------- */

type Encoding = 'gzip' | 'br';

async function serveCompressed(dist: string, encoding: Encoding) {
	const cache = new Map<string, Buffer>();
	const compress = (body: Buffer) =>
		encoding === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 6 });
	const server = http.createServer(async (req, res) => {
		let file = join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			const type = contentType(file);
			// Pagefind's .pf_* and .pagefind files are gzip inside already; hosts send them as they are.
			if (compressible(type) && String(req.headers['accept-encoding']).includes(encoding)) {
				let packed = cache.get(file);
				if (!packed) cache.set(file, (packed = compress(body)));
				res.writeHead(200, { 'content-type': type, 'content-encoding': encoding, 'cache-control': 'no-cache' }).end(packed);
			} else {
				res.writeHead(200, { 'content-type': type, 'cache-control': 'no-cache' }).end(body);
			}
		} catch {
			res.writeHead(404).end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/* ---------- measuring in Chromium ---------- */

interface Measurement {
	site: string;
	encoding: Encoding;
	pages: number;
	query: string;
	requests: number;
	kib: number;
	rawKib: number;
	ms: number;
	/** Click → first result in each round (fresh browser each). */
	rounds: number[];
	warmMs: number;
	byKind: Record<string, number>;
	files: { path: string; bytes: number }[];
	beforeOpenSearchBytes: number;
}

function kind(path: string): string {
	if (/pagefind-component-ui\.(js|css)$|gongyun\/ui\.(js|css)$/.test(path)) return 'UI js+css';
	if (/gongyun\/t2s\.json$/.test(path)) return 'our query js';
	if (/gongyun\/pagefind\.js$/.test(path)) return 'our query js';
	if (/pagefind\.js$|\.pagefind$|pagefind-entry\.json$/.test(path)) return 'pagefind js+wasm';
	if (/\.pf_meta$/.test(path)) return 'meta';
	if (/\.pf_index$/.test(path)) return 'index';
	if (/\.pf_filter$/.test(path)) return 'filters';
	if (/\.pf_fragment$/.test(path)) return 'fragments';
	return 'other';
}

async function measure(origin: string, encoding: Encoding, site: string, pages: number, article: string, query: string): Promise<Measurement> {
	const browser = await launch();
	try {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		const requests = new Map<string, { url: string; bytes: number; raw: number; after: boolean }>();
		let opened = false;
		cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url, bytes: 0, raw: 0, after: opened }));
		cdp.on('Network.dataReceived', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.raw += e.dataLength;
		});
		cdp.on('Network.loadingFinished', (e) => {
			const r = requests.get(e.requestId);
			if (r) r.bytes = e.encodedDataLength;
		});
		await page.goto(origin + article, { waitUntil: 'networkidle' });
		const beforeOpenSearchBytes = [...requests.values()].filter((r) => /pagefind/.test(r.url)).reduce((s, r) => s + r.bytes, 0);
		opened = true;
		// Timed in the page: from the click event to the frame after the first result is in the
		// document. (Playwright's waitFor polls at growing intervals, up to 500 ms apart, which
		// rounded a first result seen at 0.7 s up to 1.2 s.)
		await page.evaluate(() => {
			const w = window as unknown as { __clicked?: number; __shown?: number };
			document.querySelector('[data-search-open]')!.addEventListener('click', (e) => (w.__clicked ??= e.timeStamp), { capture: true });
			new MutationObserver((_, observer) => {
				if (!document.querySelector('.gy-result-title')) return;
				observer.disconnect();
				requestAnimationFrame(() => (w.__shown = performance.now()));
			}).observe(document, { subtree: true, childList: true });
		});
		await page.locator('[data-search-open]').click();
		const input = page.locator('dialog[open] input[type="search"]');
		await input.fill(query);
		await page.locator('.gy-result-title').first().waitFor({ timeout: 60_000 });
		await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined);
		const ms = Math.round(await page.evaluate(() => {
			const w = window as unknown as { __clicked: number; __shown: number };
			return w.__shown - w.__clicked;
		}));
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(500);
		const after = [...requests.values()].filter((r) => r.after);
		const byKind: Record<string, number> = {};
		for (const r of after) byKind[kind(new URL(r.url).pathname)] = (byKind[kind(new URL(r.url).pathname)] ?? 0) + r.bytes;
		// A second query in the same session: index chunks only.
		const t1 = Date.now();
		await input.fill('职工之家');
		await page.waitForFunction(() => [...document.querySelectorAll('[data-search-status]')].some((s) => s.textContent?.includes('职工之家')), null, { timeout: 60_000 });
		await page.locator('.gy-result-title').first().waitFor();
		const warmMs = Date.now() - t1;
		return {
			site,
			encoding,
			pages,
			query,
			requests: after.length,
			kib: after.reduce((s, r) => s + r.bytes, 0) / 1024,
			rawKib: after.reduce((s, r) => s + r.raw, 0) / 1024,
			ms,
			rounds: [ms],
			warmMs,
			byKind,
			files: after.map((r) => ({ path: new URL(r.url).pathname, bytes: r.bytes })),
			beforeOpenSearchBytes,
		};
	} finally {
		await browser.close();
	}
}

async function bench(site: string, dist: string, pages: number, article: string): Promise<Measurement[]> {
	const out: Measurement[] = [];
	for (const encoding of ['gzip', 'br'] as const) {
		const server = await serveCompressed(dist, encoding);
		try {
			for (const query of QUERIES) {
				const first = await measure(server.origin, encoding, site, pages, article, query);
				for (let i = 1; i < ROUNDS; i++) first.rounds.push((await measure(server.origin, encoding, site, pages, article, query)).ms);
				const sorted = [...first.rounds].sort((a, b) => a - b);
				out.push({ ...first, ms: sorted[Math.floor((sorted.length - 1) / 2)]! });
			}
		} finally {
			await server.close();
		}
	}
	return out;
}

function articleOf(dist: string): string {
	const year = readdirSync(join(dist, 'articles')).sort().at(-1)!;
	const slug = readdirSync(join(dist, 'articles', year)).sort()[2]!;
	return `/articles/${year}/${slug}/`;
}

function build(label: string, content: string): { dist: string; seconds: number } {
	const started = Date.now();
	const result = buildSite({ content, outDir: join(work, `${label}-dist`) });
	if (result.status !== 0) throw new Error(`${label} build failed:\n${result.stderr}\n${result.stdout.slice(-2000)}`);
	return { dist: result.outDir, seconds: (Date.now() - started) / 1000 };
}

const results: Measurement[] = [];
// The sample site, unless a built archive was given (its queries may find nothing in the sample).
const sample = values.dist ? undefined : build('sample', join(repoRoot, 'content'));
if (sample) {
	console.log('built the sample site');
	results.push(...(await bench('sample', sample.dist, 10, articleOf(sample.dist))));
}

let archiveBuild: { seconds: number } | undefined;
if (values.dist) {
	// An archive built already (e.g. `npm run bench:build -- --articles 10000 --keep DIR`: DIR/dist-10000).
	const dist = values.dist;
	const pages = readdirSync(join(dist, 'articles'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).length;
	results.push(...(await bench('given', dist, pages, articleOf(dist))));
} else if (!values['sample-only']) {
	const count = Number(values.pages);
	const content = join(work, 'archive-content');
	rmSync(content, { recursive: true, force: true });
	generateArchive(content, count);
	console.log(`building a generated archive of ${count} articles (Pagefind needs ~0.5 GiB per 1,000 pages)…`);
	const archive = build('archive', content);
	archiveBuild = archive;
	results.push(...(await bench(`archive`, archive.dist, count, articleOf(archive.dist))));
}

const kinds = ['UI js+css', 'our query js', 'pagefind js+wasm', 'meta', 'filters', 'index', 'fragments', 'other'];
console.log(`\nCold first search (fresh browser, cache disabled): bytes after the click, click → first result (median of ${ROUNDS}, range); budget ${BUDGET_KIB} KiB\n`);
console.table(
	results.map((r) => ({
		site: `${r.site} (${r.pages})`,
		encoding: r.encoding,
		query: r.query,
		requests: r.requests,
		'KiB (wire)': r.kib.toFixed(1),
		'KiB (unzipped)': r.rawKib.toFixed(1),
		budget: r.kib <= BUDGET_KIB ? 'ok' : `over by ${(r.kib - BUDGET_KIB).toFixed(1)}`,
		'first result ms': r.ms,
		'range ms': `${Math.min(...r.rounds)}–${Math.max(...r.rounds)}`,
		'next query ms': r.warmMs,
	})),
);
console.log('Where the bytes go (KiB on the wire):');
console.table(
	results.map((r) => ({
		site: `${r.site} (${r.pages})`,
		encoding: r.encoding,
		query: r.query,
		...Object.fromEntries(kinds.filter((k) => results.some((x) => x.byKind[k])).map((k) => [k, ((r.byKind[k] ?? 0) / 1024).toFixed(1)])),
	})),
);
if (values.requests) {
	for (const r of results.filter((x) => x.query === QUERIES[0])) {
		console.log(`Files fetched: ${r.site} (${r.pages}), ${r.encoding}, ${r.query}`);
		console.table(r.files.map((f) => ({ file: f.path.slice(0, 80), KiB: (f.bytes / 1024).toFixed(1) })));
	}
}
console.log(`Search bytes fetched by an article page before search is opened: ${Math.max(...results.map((r) => r.beforeOpenSearchBytes))} B`);
console.log(`Builds: sample ${sample ? `${sample.seconds.toFixed(1)} s` : '(not built)'}${archiveBuild ? `, archive ${archiveBuild.seconds.toFixed(1)} s` : ''}`);

if (!values.keep) rmSync(work, { recursive: true, force: true });
