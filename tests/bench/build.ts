/**
 * `npm run bench:build [-- --articles 1000,10000] [--repeat N] [--no-hugo] [--rebuild] [--bench-dir DIR] [--keep DIR] [--first-query DIST]`
 *
 * How fast the site builds and how much memory it takes on a decade's archive. For each size it
 * generates the shared synthetic corpus (`../shared/bench/gen-corpus.mjs` beside the checkout,
 * seed 1; Chinese text with jieba's vocabulary, so the search index grows as a real one does)
 * into a temp folder outside git, then runs what `npm run build` runs (`src/cli/bin.ts build
 * --content … --out …`) and times its phases from its log lines as they arrive: check, content
 * layer, page generation, feeds (the sitemap; the RSS feed is rendered among the pages), search index. Peak RSS per phase comes from
 * sampling the build's process tree (/proc, every 100 ms; the largest single process and the
 * tree's sum); the overall peak of the largest process from GNU time (exact). Then the cold first
 * query: the bytes a reader downloads for a first search (gzip), replayed in Node against the
 * built index (`npm run bench:search` measures the same in Chromium).
 *
 * `--rebuild` then publishes one more article into the same folder and rebuilds (the build's
 * cache reused), builds the same content again with `--clean` into another folder, and compares
 * the two outputs byte for byte.
 *
 * When `hugo` is installed, the same corpus goes through the Hugo reference
 * (`../shared/bench/hugo-site`) plus `pagefind --site` (the npm package's binary) in the same
 * run, one after the other (the reference first), and the ratio is printed. `--repeat N` alternates both sides N times.
 * A benchmark, not a test: it prints numbers and asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../helpers/site.ts';
import { contentCache } from '../../src/cli/build-cache.ts';
import { timed, type Run } from './measure.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '1000,10000' },
		seed: { type: 'string', default: '1' },
		repeat: { type: 'string', default: '1' },
		'no-hugo': { type: 'boolean', default: false },
		'bench-dir': { type: 'string' },
		keep: { type: 'string' },
		log: { type: 'boolean', default: false },
		'first-query': { type: 'string' },
		rebuild: { type: 'boolean', default: false },
	},
});
const sizes = values.articles.split(',').map((n) => Number(n.replace(/_/g, '')));
const repeat = Number(values.repeat);

/* ---------- the shared bench folder, laid out beside the checkout as on CI ---------- */

const benchDir = resolve(values['bench-dir'] ?? join(repoRoot, '..', 'shared', 'bench'));
const generator = join(benchDir, 'gen-corpus.mjs');
const hugoSite = join(benchDir, 'hugo-site');
if (!existsSync(generator)) {
	console.error(
		[
			`bench:build: the corpus generator is not at ${generator}.`,
			'It lives in the shared bench folder beside the checkout (../shared/bench/gen-corpus.mjs, as on CI);',
			'check it out there, or name its folder: npm run bench:build -- --bench-dir /path/to/shared/bench',
		].join('\n'),
	);
	process.exit(2);
}
const jiebaDict = '/usr/lib/python3/dist-packages/jieba/dict.txt';
if (!existsSync(jiebaDict)) {
	console.error(`bench:build: the corpus needs jieba's dictionary (${jiebaDict}): apt-get install -y python3-jieba`);
	process.exit(2);
}
const hugo = values['no-hugo'] ? undefined : (spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout?.trim() || undefined);
const pagefindBin = join(repoRoot, 'node_modules/pagefind/lib/runner/bin.cjs');

const work = values.keep ? resolve(values.keep) : mkdtempSync(join(tmpdir(), 'gyzh-bench-build-'));
mkdirSync(work, { recursive: true });
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const gib = (kb: number) => (kb / 2 ** 20).toFixed(2);

/* ---------- our build, phase by phase ---------- */

/** Where each phase ends, by the log line that follows it (Astro's and ours). */
const MARKS: [phase: string, ends: RegExp][] = [
	['check (startup + article check)', /篇稿件检查通过|articles? checked/],
	['Astro startup', /\[content\] Syncing content/],
	['content layer', /\[content\] Synced content/],
	['types + bundling', /generating static routes/],
	['page generation', /✓ Completed in/],
	// The RSS feed is one of the pages (its time is in page generation); the sitemap comes after them.
	['feeds (sitemap)', /\[@astrojs\/sitemap\]/],
	['search index', /page\(s\) built in/],
	['finish (swap into place)', /$^/],
];

interface Phase {
	phase: string;
	s: number;
	/** Largest single process during the phase, KiB (sampled). */
	maxKb: number;
	sumKb: number;
}

function phases(run: Run): Phase[] {
	const ends: number[] = [];
	let from = 0;
	for (const [, re] of MARKS.slice(0, -1)) {
		const i = run.lines.findIndex((l, index) => index >= from && re.test(l.line));
		ends.push(i < 0 ? NaN : run.lines[i]!.t);
		if (i >= 0) from = i;
	}
	ends.push(run.seconds);
	let start = 0;
	return MARKS.map(([phase], i) => {
		const end = Number.isNaN(ends[i]!) ? start : ends[i]!;
		const inPhase = run.samples.filter((s) => s.t >= start && s.t <= end + 0.1);
		const row = { phase, s: end - start, maxKb: Math.max(0, ...inPhase.map((x) => x.max)), sumKb: Math.max(0, ...inPhase.map((x) => x.sum)) };
		start = end;
		return row;
	});
}

/* ---------- the cold first query, replayed in Node ---------- */

/**
 * Bytes of a reader's first search as a static host sends them, everything after the click: the
 * search UI's files and Pagefind's program (gzip), and every index file the search bundle
 * fetches for the query and its first 5 results' fragments (Pagefind's files are gzip already).
 * The bundle the browser loads (`pagefind/gongyun/pagefind.js`: shards newest first) runs in
 * Node with `fetch` reading the files from disk.
 */
const UI_FILES = ['gongyun/pagefind.js', 'gongyun/ui.js', 'pagefind.js'];

async function firstQuery(dist: string, query: string): Promise<{ kib: number; files: number; results: number; shards: number }> {
	// The published folder is a link to this build's version: Node caches the real path of an
	// imported module, so through the link a later round would import the first round's files.
	const pf = join(realpathSync(dist), 'pagefind');
	const ui = UI_FILES.filter((f) => existsSync(join(pf, f)));
	let bytes = ui.reduce((n, f) => n + gzipSync(readFileSync(join(pf, f))).length, 0);
	let files = ui.length;
	// The dialog's markup: the search page, fetched with the UI (src/client/search/loader.ts).
	const searchPage = join(realpathSync(dist), 'search', 'index.html');
	if (existsSync(searchPage)) {
		bytes += gzipSync(readFileSync(searchPage)).length;
		files++;
	}
	const shardsRead = new Set<string>();
	const realFetch = globalThis.fetch;
	const g = globalThis as Record<string, unknown>;
	const realDocument = g.document;
	globalThis.fetch = (async (url: string | URL) => {
		const path = decodeURIComponent(new URL(String(url)).pathname);
		const body = readFileSync(path);
		files++;
		shardsRead.add(path.slice(pf.length + 1).split('/')[0]!);
		bytes += /\.(json|js|css)$/.test(path) ? gzipSync(body).length : body.length;
		return new Response(body);
	}) as typeof fetch;
	g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) };
	try {
		const bundle = await import(`${new URL(`file://${pf}/gongyun/pagefind.js`).href}?${Math.random()}`);
		const instance = bundle.createInstance({ baseUrl: '/', noWorker: true });
		const response = await instance.search(query);
		await Promise.all(response.results.slice(0, 5).map((r: { data(): Promise<unknown> }) => r.data()));
		await instance.destroy();
		return { kib: bytes / 1024, files, results: response.results.length, shards: shardsRead.size };
	} finally {
		globalThis.fetch = realFetch;
		g.document = realDocument;
	}
}

/* ---------- publishing one article ---------- */

/** Files whose bytes differ between two output trees (or exist in one only), by relative path. */
function differences(a: string, b: string): string[] {
	const list = (dir: string) => new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile()));
	const [fa, fb] = [list(a), list(b)];
	const out: string[] = [];
	for (const f of new Set([...fa, ...fb])) if (!fa.has(f) || !fb.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(f);
	return out.sort();
}

/**
 * A build deletes what it replaced (the old site, a cleared cache) in the background. Back to
 * back, the next timed build would share the disk with that deletion and with the writeback of
 * what the builds before it wrote, which an editor who publishes a piece minutes later never
 * does: wait until both are done, and say how long.
 *
 * The benchmark's own clean-up (the last run's output and cache, the Hugo site) is not deleted
 * before a timed build but moved aside and deleted after the last run (`discardLater`). This
 * machine's root file system (ext4 without a journal) does not hand out again an inode freed less
 * than 60 s ago, and on every file or folder it creates it scans past each such inode
 * (`recently_deleted()` in the kernel's fs/ext4/ialloc.c; `perf`: 60 % of a mkdir's kernel time
 * then): right after the last run's output was deleted, creating a file cost 170–470 µs instead
 * of 40–60, and the timed build paid for the benchmark's clean-up (10,000 pieces: 60–67 s
 * against 56–57 s a minute later). Waiting the minute out is no cure: the VM also pages out file
 * cache nobody read for a minute (DAMON, `pageout` of unmapped pages of age ≥ 60 s), and a
 * rebuild that waited read its corpus and node_modules from disk again (57 s instead of 17).
 */
const trash = join(work, '.bench-trash');
let discarded = 0;
/** Moves a folder out of the way now and deletes it when the benchmark ends (see settle). */
function discardLater(path: string): void {
	if (!existsSync(path)) return;
	mkdirSync(trash, { recursive: true });
	try {
		renameSync(path, join(trash, `${process.pid}-${discarded++}-${basename(path)}`));
	} catch {
		// Another file system: deleted now.
		rmSync(path, { recursive: true, force: true });
	}
}
/**
 * Reads every file under `paths` once, so that a timed build finds its input in the page cache.
 * This VM pages out file cache nobody read for a minute (DAMON, above), so a build started after
 * a minute of anything else read its corpus and node_modules from disk again: 10,000 pieces, the
 * phases before page generation 11.6 s instead of 7.3 after Hugo's run. Reading all of
 * node_modules (1.6 GB) takes minutes here; what a build loads of it is warmed by building the
 * sample site first (`warmUp`).
 */
function warm(...paths: string[]): void {
	const read = (path: string) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (stat?.isFile()) readFileSync(path);
		else if (stat?.isDirectory()) for (const entry of readdirSync(path, { withFileTypes: true })) if (!entry.isSymbolicLink()) read(join(path, entry.name));
	};
	for (const path of paths) read(path);
}

/** Our side's warm-up: the sample site built into a scratch folder (the modules a build loads), then the corpus read. */
function warmUp(corpus: string): string {
	const started = performance.now();
	const scratch = join(work, 'warm-up');
	spawnSync(process.execPath, ['src/cli/bin.ts', 'build', '--out', scratch, '--quiet'], { cwd: repoRoot, env: { ...process.env, ...BUILD_ENV }, stdio: 'ignore' });
	discardLater(scratch);
	discardLater(join(work, '.warm-up.versions'));
	warm(corpus);
	return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

async function settle(out: string): Promise<string> {
	const started = performance.now();
	const pending = () =>
		[join(repoRoot, '.build-tmp/trash'), join(out, '..', `.${out.split('/').at(-1)}.versions`)].some(
			(dir) => existsSync(dir) && readdirSync(dir).some((name) => dir.endsWith('trash') || name.startsWith('.trash-')),
		);
	while (pending() && performance.now() - started < 120_000) await new Promise((r) => setTimeout(r, 200));
	// And the writes still in the page cache (the full build's, Hugo's) go to disk first.
	spawnSync('sync');
	return `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/**
 * After the full build: one new article (a copy of the newest, retitled) in the same content
 * folder, rebuilt into the same output (what an editor does), then a `--clean` build of the same
 * content into another folder, and the two outputs compared file by file. The article is removed
 * again afterwards, so the corpus stays as generated.
 */
async function oneArticleRebuild(corpus: string, out: string, fullSeconds: number): Promise<Record<string, string>> {
	const articles = join(corpus, 'articles');
	const newestYear = readdirSync(articles).sort().at(-1)!;
	const newest = readdirSync(join(articles, newestYear)).sort().at(-1)!;
	const added = join(articles, newestYear, 'zz-bench-one-more.md');
	const source = readFileSync(join(articles, newestYear, newest), 'utf8');
	writeFileSync(added, source.replace(/^title: .*$/m, 'title: 一篇新稿件：县总工会举办职工书画展'));
	try {
		const waited = await settle(out);
		const re = await timed(process.execPath, ['src/cli/bin.ts', 'build', '--content', corpus, '--out', out], repoRoot, BUILD_ENV);
		if (re.status !== 0) throw new Error(`rebuild failed:\n${re.stderr.slice(-3000)}`);
		const reuse = re.lines.find((l) => /增量构建|完整构建/.test(l.line))?.line.trim() ?? '(no reuse line)';
		const shards = re.lines.find((l) => /搜索索引：/.test(l.line))?.line.replace(/^.*?搜索索引/, '搜索索引').trim() ?? '';
		const pages = re.lines.find((l) => /页面：/.test(l.line))?.line.trim() ?? '(no page reuse line)';
		console.log(`\none new article, rebuilt (after ${waited} for the deletions before it to settle, see settle(); load average ${load()}): ${re.seconds.toFixed(1)} s, peak ${gib(re.peakKb)} GiB — ${(re.seconds / fullSeconds * 100).toFixed(0)} % of the full build\n  ${reuse}\n  ${pages}\n  ${shards}`);
		console.table(phases(re).map((r) => ({ phase: r.phase, 'wall s': r.s.toFixed(1), 'peak RSS GiB (largest process)': gib(r.maxKb) })));
		const cleanOut = `${out}-clean`;
		discardLater(cleanOut);
		await settle(out);
		const clean = await timed(process.execPath, ['src/cli/bin.ts', 'build', '--content', corpus, '--out', cleanOut, '--clean'], repoRoot, BUILD_ENV);
		if (clean.status !== 0) throw new Error(`clean build failed:\n${clean.stderr.slice(-3000)}`);
		const diff = differences(out, cleanOut);
		console.log(`clean build of the same content: ${clean.seconds.toFixed(1)} s; files that differ from the rebuilt output: ${diff.length}${diff.length ? ` (${diff.slice(0, 10).join(', ')})` : ' (byte for byte identical)'}`);
		if (!values.keep) discardLater(cleanOut);
		return { 'rebuild s': re.seconds.toFixed(1), 'rebuild / full': `${(re.seconds / fullSeconds * 100).toFixed(0)} %`, 'clean s': clean.seconds.toFixed(1), 'files differing': String(diff.length) };
	} finally {
		rmSync(added, { force: true });
	}
}

/* ---------- the Hugo reference ---------- */

interface HugoRun {
	hugoS: number;
	pagefindS: number;
	/** CPU seconds (user + system) of both. */
	cpuS: number;
	hugoPeakKb: number;
	pagefindPeakKb: number;
	pages: number;
}

async function hugoReference(articles: string): Promise<HugoRun> {
	const site = mkdtempSync(join(work, 'hugo-'));
	cpSync(hugoSite, site, { recursive: true });
	cpSync(articles, join(site, 'content', 'articles'), { recursive: true });
	warm(site, spawnSync('sh', ['-c', 'command -v hugo'], { encoding: 'utf8' }).stdout.trim(), join(repoRoot, 'node_modules/pagefind'), join(repoRoot, 'node_modules/@pagefind'), realpathSync(process.execPath));
	const h = await timed('hugo', ['--minify', '--quiet'], site);
	if (h.status !== 0) throw new Error(`hugo failed:\n${h.stderr.slice(-2000)}`);
	const p = await timed(process.execPath, [pagefindBin, '--site', 'public'], site);
	if (p.status !== 0) throw new Error(`pagefind --site failed:\n${p.stderr.slice(-2000)}`);
	const pages = readdirSync(join(site, 'public'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	discardLater(site);
	return { hugoS: h.seconds, pagefindS: p.seconds, cpuS: h.cpuSeconds + p.cpuSeconds, hugoPeakKb: h.peakKb, pagefindPeakKb: p.peakKb, pages };
}

/* ---------- the run ---------- */

function du(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
		const s = statSync(join(dir, f));
		return s.isFile() ? sum + s.size : sum;
	}, 0);
}

const QUERIES = ['助学金', '工会', '城固县'];
if (values['first-query']) {
	// Only the first-query figures of a site already built (`--keep` output, or any dist/).
	for (const q of QUERIES) console.log(q, await firstQuery(resolve(values['first-query']), q));
	process.exit(0);
}
/** The corpus prints dates up to the end of 2026: the build's "today" is set after them (reproducible-builds convention). */
const BUILD_ENV = { SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 1) / 1000) };
console.log(`bench:build — ${new Date().toISOString()}, load average ${load()}, ${hugo ?? 'no hugo (Hugo reference skipped)'}`);
const summary = [];
for (const articles of sizes) {
	const corpus = join(work, `corpus-${articles}`);
	if (!existsSync(join(corpus, 'articles'))) {
		const gen = spawnSync(process.execPath, [generator, '--articles', String(articles), '--seed', values.seed, '--out', join(corpus, 'articles')], { encoding: 'utf8' });
		if (gen.status !== 0) throw new Error(`gen-corpus failed:\n${gen.stderr}`);
		console.log(`\ncorpus ${articles}: ${/corpus_sha256=\w+/.exec(gen.stdout)?.[0] ?? ''} (${corpus})`);
	}
	for (let round = 1; round <= repeat; round++) {
		const out = join(work, `dist-${articles}`);
		// A full build starts from nothing: the last run's output and this corpus's build cache are
		// moved aside first, deleted after the last run (a --clean build would delete the cache in
		// the background while it runs; see settle for why not right before).
		discardLater(out);
		discardLater(join(out, '..', `.${out.split('/').at(-1)}.versions`));
		discardLater(contentCache(repoRoot, corpus));
		// The reference first, then our build and (--rebuild) the piece published after it, as an
		// editor would: each starts with nothing of the other being deleted (see settle).
		let ref: HugoRun | undefined;
		if (hugo) {
			await settle(out);
			const hugoBefore = load();
			ref = await hugoReference(join(corpus, 'articles'));
			console.log(
				`\nHugo reference (load average before ${hugoBefore}, after ${load()}): hugo ${ref.hugoS.toFixed(1)} s (peak ${gib(ref.hugoPeakKb)} GiB) + pagefind --site ${ref.pagefindS.toFixed(1)} s (peak ${gib(ref.pagefindPeakKb)} GiB) = ${(ref.hugoS + ref.pagefindS).toFixed(1)} s (CPU ${ref.cpuS.toFixed(1)} s user + system), ${ref.pages} HTML pages`,
			);
		}
		const settledFull = await settle(out);
		const warmed = warmUp(join(corpus, 'articles'));
		const before = load();
		console.log(`\n(waited ${settledFull} for earlier deletions to settle and writes to reach the disk; warmed up in ${warmed}: the sample site built, the corpus read)`);
		// --clean as well: nothing of an earlier run can be reused.
		const run = await timed(process.execPath, ['src/cli/bin.ts', 'build', '--content', corpus, '--out', out, '--clean'], repoRoot, BUILD_ENV);
		if (run.status !== 0) throw new Error(`build of ${articles} articles failed:\n${run.stderr.slice(-3000)}`);
		if (values.log) console.log(run.lines.map((l) => `${l.t.toFixed(2)} ${l.line}`).join('\n'));
		const rows = phases(run);
		console.log(`\n${articles} articles, round ${round}/${repeat} — our build (load average before ${before}, after ${load()}):`);
		console.table(
			rows.map((r) => ({ phase: r.phase, 'wall s': r.s.toFixed(1), 'peak RSS GiB (largest process)': gib(r.maxKb), 'peak RSS GiB (all processes)': gib(r.sumKb) })),
		);
		const htmlPages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
		const queries = [];
		for (const q of QUERIES) queries.push({ query: q, ...(await firstQuery(out, q)) });
		console.log(
			`total ${run.seconds.toFixed(1)} s (CPU ${run.cpuSeconds.toFixed(1)} s user + system), peak ${gib(run.peakKb)} GiB (largest process, GNU time), ${htmlPages} HTML pages, dist ${(du(out) / 2 ** 20).toFixed(0)} MiB, pagefind ${(du(join(out, 'pagefind')) / 2 ** 20).toFixed(0)} MiB`,
		);
		console.log(`cold first query (gzip, everything after the click: UI + the dialog's markup + Pagefind's program + index files + 5 fragments; Node replay): ${queries.map((q) => `${q.query} ${q.kib.toFixed(0)} KiB in ${q.files} files from ${q.shards} shard(s), ${q.results} results`).join('; ')}`);
		const row: Record<string, string | number> = {
			articles,
			round,
			'ours s': run.seconds.toFixed(1),
			'ours peak GiB': gib(run.peakKb),
			'ours CPU s': run.cpuSeconds.toFixed(1),
			'first query KiB (max)': Math.max(...queries.map((q) => q.kib)).toFixed(0),
		};
		if (ref) {
			const total = ref.hugoS + ref.pagefindS;
			Object.assign(row, {
				'hugo+pagefind s': total.toFixed(1),
				'hugo+pagefind peak GiB': gib(Math.max(ref.hugoPeakKb, ref.pagefindPeakKb)),
				'ratio ours/hugo': (run.seconds / total).toFixed(2),
				'hugo+pagefind CPU s': ref.cpuS.toFixed(1),
				'CPU ratio': (run.cpuSeconds / ref.cpuS).toFixed(2),
			});
		}
		if (values.rebuild) Object.assign(row, await oneArticleRebuild(corpus, out, run.seconds));
		summary.push(row);
		if (!values.keep) discardLater(out);
	}
}
rmSync(trash, { recursive: true, force: true });
console.log(`\nSummary (load average now ${load()}; 2 cores here):`);
console.table(summary);
console.log('ratio ≤ 1.00 means our full build is no slower than Hugo + Pagefind on the same corpus, same run; the CPU ratio compares their CPU seconds (user + system), which vary less than wall time on a shared machine.');
if (!values.keep) rmSync(work, { recursive: true, force: true });
