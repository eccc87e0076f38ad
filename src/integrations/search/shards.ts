/**
 * The index step: the built article pages, in shards (src/lib/search/shards.ts), each indexed
 * by Pagefind's own command (`pagefind --site`) into `pagefind/<shard>/`, two at a time on two
 * cores. Pagefind reads only the indexed `<article data-pagefind-body>` of each page, wrapped in
 * a minimal document written to a scratch folder in memory: the same record it would make of
 * the whole page, with far less to read. On Linux it writes its output in memory too, copied to
 * the cache by one `cp` (see indexIntoCache).
 *
 * Why the command and not the Node API: for the same pages and output it takes 1.4 s of wall
 * time and 1.9 s of CPU per 800-page shard against 2.3–2.6 s and 2.5–3.0 s through the API's
 * service (measured here on the 10,000-article corpus; the service copies every page's word
 * map as it adds it).
 *
 * A shard is kept in the build cache under the hash of what went into it (Pagefind's version
 * and each page's URL and the digest of its indexed element), so a rebuild after one new story
 * writes only the shard of its year and copies the others: the same bytes a clean build writes.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planShards, searchDocument, shardManifest, type PlannedShard, type SearchShard, type ShardPage } from '../../lib/search/shards.ts';
import { indexedElementOf } from '../../lib/search/page-bytes.ts';
import { renice } from '../../cli/priority.ts';

/** Pagefind's own files, shared by all shards: written once, at `pagefind/`. */
const PROGRAM = /^(pagefind[-.].*\.(js|css)|pagefind\.js)$/;
/** A shard's data: Pagefind's entry, metadata, index, fragments, filters, and the wasm its instance loads. */
const DATA = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|wasm\..+\.pagefind|index|fragment|filter)$/;

/**
 * Smaller index chunks than Pagefind's default (20,000 word locations): a query reads the chunk
 * of each of its words, and at 2,000 a rare word's chunk is a few KiB instead of 30 (measured
 * on the 10,000-article corpus: 助学金 233 KiB against 294, 城固县 181 against 280).
 */
const PAGEFIND_ENV = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000' };

/** How a shard is made, in its cache key: a change here writes every shard again. */
const METHOD = 'cli-2';

/**
 * One shard to index: its id, the folder Pagefind writes, and its pages in URL order, or the
 * scratch folder they were already written to (`stageShard`).
 */
export type ShardJob = { id: string; outputPath: string } & ({ pages: { url: string; content: string }[] } | { staged: string });

export interface IndexedPage extends ShardPage {
	/** SHA-256 of the minimal document given to Pagefind: the page's part in its shard's key. */
	digest: string;
	/** The document itself, made (or read back from the output) only when its shard is written. */
	content: () => string;
}

/** What the index step needs to know of a page the warmer saw rendered: no need to read it back. */
export interface RenderedPage {
	date: string;
	digest: string;
}

export const digestOf = (document: string) => createHash('sha256').update(document).digest('hex');

/** The 见报日期 an indexed element carries (`data-pagefind-sort="date:…"`), if any. */
export const elementDate = (element: string) => /\bdata-pagefind-sort="date:(\d{4}-\d{2}-\d{2})"/.exec(element.slice(0, element.indexOf('>')))?.[1];

export interface ShardsResult {
	shards: SearchShard[];
	pages: number;
	/** Shards written while the pages were generated (warmer.ts). */
	warmed: number;
	/** Shards an earlier build wrote. */
	reused: number;
	written: number;
	ms: number;
}

/**
 * What the last build's index step read of each page file, so that a file it would read again
 * unchanged is not: `[inode, size, mtime ms, date, digest]`, date and digest empty for a page with
 * no indexed article. A rebuild's unchanged pages are hard links to the same files (page-links.ts),
 * so they keep all three; a page rendered again is a new file.
 */
export type PageIndex = Record<string, [number, number, number, string, string]>;

const statKey = (path: string): [number, number, number] => {
	const s = statSync(path);
	return [s.ino, s.size, s.mtimeMs];
};

/**
 * The `.html` files under `dir`, as paths relative to it, sorted. From the folders' entry types:
 * Node's `readdirSync(dir, { recursive: true })` asks the file system for the type of every entry
 * (a stat each, twice the page count: a page is a folder with its index.html), 0.8 s of the
 * 50,000-piece build's main thread (CPU profile); listing its 67,399 pages: 2.28 → 2.03 s.
 */
export function htmlFiles(dir: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isDirectory() && entry.name.endsWith('.html')) files.push(relative(dir, join(entry.parentPath, entry.name)));
	}
	return files.sort();
}

/**
 * Every built page that has an indexed article, with its date (`data-pagefind-sort="date:…"`).
 * `rendered`: the pages this build rendered, as the warmer took them from the bytes Astro wrote
 * (URL → date and digest); `known`: the last build's page index. Neither is read here. No
 * document is kept: a shard that must be written (and was not staged by the warmer) reads its
 * pages back. Also returns this build's page index.
 */
export function readIndexedPages(outDir: string, rendered?: ReadonlyMap<string, RenderedPage>, known?: PageIndex): { pages: IndexedPage[]; index: PageIndex } {
	const pages: IndexedPage[] = [];
	const index: PageIndex = {};
	const documentIn = (path: string) => searchDocument(indexedElementOf(readFileSync(path)) ?? '');
	for (const file of htmlFiles(outDir)) {
		if (file.startsWith(`pagefind${sep}`) || file.startsWith(`_astro${sep}`)) continue;
		// The URL Pagefind gives a page it reads from disk: its folder for index.html.
		const url = `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
		const path = join(outDir, file);
		const [ino, size, mtime] = statKey(path);
		let seen: RenderedPage | undefined = rendered?.get(url);
		const last = known?.[file];
		if (!seen && last && last[0] === ino && last[1] === size && last[2] === mtime) seen = last[3] ? { date: last[3], digest: last[4] } : undefined;
		else if (!seen) {
			const element = indexedElementOf(readFileSync(path));
			const date = element && elementDate(element);
			if (element && !date) throw new Error(`搜索索引：${file} 的文章没有日期 (data-pagefind-sort="date:…" missing)`);
			if (element && date) seen = { date, digest: digestOf(searchDocument(element)) };
		}
		index[file] = [ino, size, mtime, seen?.date ?? '', seen?.digest ?? ''];
		if (seen) pages.push({ url, ...seen, content: () => documentIn(path) });
	}
	return { pages, index };
}

/** Pagefind's version (its package does not export package.json: found from its entry point up). */
function pagefindVersion(): string {
	let dir = dirname(fileURLToPath(import.meta.resolve('pagefind')));
	while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
	return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** The cache folder name of a shard: its id and the hash of everything that went into it. */
export function shardKey(shard: PlannedShard<ShardPage & { digest: string }>, version: string): string {
	const hash = createHash('sha256').update(`pagefind ${version} ${METHOD} ${JSON.stringify(PAGEFIND_ENV)}\0`);
	for (const page of shard.members) hash.update(`${page.url}\0${page.digest}\0`);
	return `${shard.id}-${hash.digest('hex').slice(0, 20)}`;
}

/** Pagefind's binary, the extended one that segments Chinese, found as its npm package finds it. */
function pagefindBinary(): string {
	for (const name of ['pagefind_extended', 'pagefind']) {
		const fromEnv = process.env[`${name.toUpperCase()}_BINARY_PATH`];
		if (fromEnv) return fromEnv;
	}
	const require = createRequire(import.meta.resolve('pagefind'));
	const platform = process.platform === 'win32' ? 'windows' : process.platform;
	const exe = platform === 'windows' ? '.exe' : '';
	for (const name of ['pagefind_extended', 'pagefind']) {
		try {
			return require.resolve(`@pagefind/${platform}-${process.env.npm_config_arch || arch()}/bin/${name}${exe}`);
		} catch {
			// The next one.
		}
	}
	throw new Error(`找不到 Pagefind 程序 (no Pagefind binary for ${platform}-${arch()})：请重新运行 npm install。`);
}

/** A folder in memory (tmpfs), where the system has one with `cp`: Linux. */
const IN_MEMORY = process.platform === 'linux' && existsSync('/dev/shm') ? '/dev/shm' : undefined;

/** A scratch folder in memory where there is one (the pages Pagefind reads are written and read once). */
function scratchRoot(): string {
	return IN_MEMORY ?? tmpdir();
}

/**
 * Runs a program to its end; rejects with its last output when it fails. `nice` lowers its
 * priority (the index begun during page generation yields the core to the page renderer).
 */
function run(command: string, args: string[], options: { nice?: number; onSpawn?: (pid: number) => void; env?: NodeJS.ProcessEnv; what: string }): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
		if (options.nice && child.pid) renice(child.pid, options.nice);
		if (child.pid) options.onSpawn?.(child.pid);
		let output = '';
		const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-4000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${options.what} 出错 (exit ${code})\n${output.trim()}`))));
	});
}

/** Scratch folders staged and not yet indexed: removed if the process ends first (a failed build). */
const stagedFolders = new Set<string>();
let cleanupOnExit = false;

/** Removes a staged scratch folder that will not be indexed. */
export function discardStaged(scratch: string) {
	stagedFolders.delete(scratch);
	rmSync(scratch, { recursive: true, force: true });
}

/**
 * Writes a shard's pages (URL order) into a new scratch folder, as Pagefind is to read them, and
 * returns it. Pagefind numbers pages in the order it lists the folder, and a folder in memory
 * (tmpfs) lists the newest first: written in reverse, the pages are read in URL order, as the
 * index has always had them. With no page, Pagefind still gives its program files.
 *
 * The warmer stages a shard as soon as its last page is rendered, so its documents wait for a
 * free Pagefind in memory outside the JavaScript heap: at 50,000 pieces, tens of thousands of
 * them waited in the heap (250 MB of its growth during page generation, marked again by every
 * full GC).
 */
export function stageShard(pages: readonly { url: string; content: string }[]): string {
	const scratch = mkdtempSync(join(scratchRoot(), 'gongyun-shard-'));
	stagedFolders.add(scratch);
	if (!cleanupOnExit) {
		cleanupOnExit = true;
		process.once('exit', () => stagedFolders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
	}
	try {
		const list = pages.length ? pages : [{ url: '/', content: '<!doctype html><html lang="zh-CN"><body><p>.</p></body></html>' }];
		for (const page of [...list].reverse()) {
			const dir = join(scratch, ...page.url.split('/').filter(Boolean));
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'index.html'), page.content);
		}
	} catch (error) {
		discardStaged(scratch);
		throw error;
	}
	return scratch;
}

/**
 * Indexes one shard: `pagefind --site` on its staged pages (staged here unless the job brings
 * them), then the scratch folder goes. `nice` lowers Pagefind's priority: the index begun during
 * page generation yields the core to the page renderer.
 */
export async function indexShard(job: ShardJob, options: { nice?: number; onSpawn?: (pid: number) => void } = {}): Promise<void> {
	const scratch = 'staged' in job ? job.staged : stageShard(job.pages);
	try {
		await run(pagefindBinary(), ['--site', scratch, '--output-path', job.outputPath, '--silent'], {
			...options,
			env: { ...process.env, ...PAGEFIND_ENV },
			what: `搜索分片 ${job.id}：Pagefind`,
		});
	} finally {
		discardStaged(scratch);
	}
}

/** A shard to write into the cache: its pages, the folder its key names, and its staged pages if they are. */
export interface CacheShard {
	shard: PlannedShard<IndexedPage>;
	dir: string;
	/** The scratch folder its pages were staged in (`stageShard`): indexed from there, not made again. */
	staged?: string;
}

/**
 * Writes a shard into its cache folder: Pagefind writes beside it, and the result is renamed
 * into place, so a folder that exists is complete. The pages' documents are made (or read back)
 * only now, one shard at a time, unless the warmer staged them already.
 */
export async function indexIntoCache({ shard, dir, staged }: CacheShard, options: Parameters<typeof indexShard>[1] = {}): Promise<void> {
	const outputPath = `${dir}.tmp-${process.pid}`;
	rmSync(outputPath, { recursive: true, force: true });
	const job = (path: string): ShardJob =>
		staged ? { id: shard.id, outputPath: path, staged } : { id: shard.id, outputPath: path, pages: shard.members.map(({ url, content }) => ({ url, content: content() })).sort((a, b) => (a.url < b.url ? -1 : 1)) };
	if (!IN_MEMORY) await indexShard(job(outputPath), options);
	else {
		// Pagefind writes its ~1,700 files with many threads at once, which on ext4 spend more
		// time waiting for the folder's lock than writing (measured: 22 of 126 CPU seconds of a
		// 10,000-piece build). In memory that costs nearly nothing; one `cp` then writes the tree
		// to disk, off the page renderer's thread and at the Pagefind's priority.
		const inMemory = mkdtempSync(join(IN_MEMORY, 'gongyun-shard-out-'));
		try {
			await indexShard(job(inMemory), options);
			await run('cp', ['-R', inMemory, outputPath], { nice: options.nice, onSpawn: options.onSpawn, what: `搜索分片 ${shard.id}：复制索引 (copying the index)` });
		} finally {
			rmSync(inMemory, { recursive: true, force: true });
		}
	}
	rmSync(dir, { recursive: true, force: true });
	renameSync(outputPath, dir);
}

/**
 * Writes the shards into the cache `workers` at a time, biggest first; rejects with Pagefind's
 * errors. `busy`: shards the warmer is still writing, each holding one of the `workers` places
 * until it ends; that place then takes the next job, so both cores stay at work (the last four
 * shards of a 10,000-piece build were written one after the other: 8.8 s, now 7.1 s).
 */
export async function runJobs<J extends CacheShard>(jobs: J[], workers: number, busy: readonly Promise<unknown>[] = [], write: (job: J) => Promise<void> = indexIntoCache): Promise<void> {
	const queue = [...jobs].sort((a, b) => b.shard.members.length - a.shard.members.length);
	const one = async (first?: Promise<unknown>) => {
		await first?.catch(() => undefined);
		for (let job = queue.shift(); job; job = queue.shift()) {
			try {
				await write(job);
			} catch (error) {
				queue.length = 0;
				throw error;
			}
		}
	};
	const places = Math.max(1, workers);
	await Promise.all(Array.from({ length: Math.min(places, jobs.length + busy.length) }, (_, i) => one(busy[i])));
}

/**
 * A file tree from the cache into the output, as hard links where the file system allows (the
 * index of a big archive is thousands of files; nothing writes to them once Pagefind has).
 */
function linkTree(from: string, to: string) {
	if (statSync(from).isDirectory()) {
		mkdirSync(to, { recursive: true });
		for (const name of readdirSync(from)) linkTree(join(from, name), join(to, name));
		return;
	}
	try {
		linkSync(from, to);
	} catch {
		copyFileSync(from, to);
	}
}

function copyShard(from: string, to: string) {
	mkdirSync(to, { recursive: true });
	for (const name of readdirSync(from)) if (DATA.test(name)) linkTree(join(from, name), join(to, name));
}

/** The shards kept in the build cache, under `<cacheDir>/search-shards/<id>-<hash>/`. */
export function shardCache(cacheDir: string) {
	const root = join(cacheDir, 'search-shards');
	mkdirSync(root, { recursive: true });
	const version = pagefindVersion();
	return { root, version, dirOf: (shard: PlannedShard<ShardPage & { digest: string }>) => join(root, shardKey(shard, version)) };
}

const PAGE_INDEX = 'pages.json';

/** The last build's page index, if it left a readable one. */
function readPageIndex(cacheRoot: string): PageIndex | undefined {
	try {
		return JSON.parse(readFileSync(join(cacheRoot, PAGE_INDEX), 'utf8')) as PageIndex;
	} catch {
		return undefined;
	}
}

/** Whether a shard's folder in the cache is complete (it is renamed into place when written). */
export const isCached = (dir: string) => existsSync(join(dir, 'pagefind-entry.json'));

/**
 * Writes `<outDir>/pagefind/<shard>/` for every shard and Pagefind's program files at
 * `<outDir>/pagefind/`, reusing shards from `<cacheDir>/search-shards/` (written by an earlier
 * build, or during this one's page generation: `warmed`); returns the manifest.
 */
export async function writeShards(
	outDir: string,
	options: {
		cacheDir: string;
		maxPages?: number;
		workers?: number;
		/** From the warmer (warmer.ts): pages it has read, shards it wrote, the one it is writing. */
		rendered?: ReadonlyMap<string, RenderedPage>;
		warmed?: ReadonlySet<string>;
		pending?: ReadonlyMap<string, Promise<boolean>>;
		/** Shards the warmer staged and did not index (cache folder → scratch folder): indexed from there. */
		staged?: ReadonlyMap<string, string>;
	},
): Promise<ShardsResult> {
	const started = performance.now();
	const cache = shardCache(options.cacheDir);
	const { pages, index } = readIndexedPages(outDir, options.rendered, readPageIndex(cache.root));
	const shards = planShards(pages, options.maxPages);
	const keyed: CacheShard[] = shards.map((shard) => {
		const dir = cache.dirOf(shard);
		const staged = options.staged?.get(dir);
		return staged ? { shard, dir, staged } : { shard, dir };
	});
	// A staged shard this plan does not have (or has in the cache already) is not indexed; the
	// others are indexed from their scratch folders, which go once indexed or if this step fails.
	const staged = new Set(keyed.filter((job) => job.staged && !isCached(job.dir)).map((job) => job.staged!));
	for (const scratch of options.staged?.values() ?? []) if (!staged.has(scratch)) discardStaged(scratch);
	try {
		const pagefindDir = join(outDir, 'pagefind');
		// A shard the warmer is still writing is left to it, and waited for after the others.
		const pending = keyed.filter(({ dir }) => options.pending?.has(dir) && !isCached(dir));
		const missing = keyed.filter(({ dir }) => !isCached(dir) && !options.pending?.has(dir));
		const workers = options.workers ?? Math.max(1, availableParallelism());
		const writing = runJobs(missing, workers, pending.map(({ dir }) => options.pending!.get(dir)!));
		// Awaited below; a link that fails meanwhile must not leave its rejection unhandled.
		writing.catch(() => undefined);
		mkdirSync(pagefindDir, { recursive: true });
		// While Pagefind writes the other shards (in a rebuild, the year of the new story), the
		// finished ones are linked into the output (12 shards: ~0.35 s of links; 60 at 50,000: 1.8 s).
		const later = new Set([...pending, ...missing]);
		for (const job of keyed) if (!later.has(job)) copyShard(job.dir, join(pagefindDir, job.shard.id));
		await writing;
		for (const job of pending) {
			if (await options.pending!.get(job.dir)) continue;
			await indexIntoCache(job);
			missing.push(job);
		}
		for (const { shard, dir } of later) copyShard(dir, join(pagefindDir, shard.id));
		// Pagefind's program (pagefind.js, the Component UI) is the same in every shard.
		const program = keyed[0]?.dir ?? (await emptyIndex(cache.root, cache.version));
		for (const name of readdirSync(program)) if (PROGRAM.test(name)) cpSync(join(program, name), join(pagefindDir, name));
		// The cache keeps what this build used, nothing else (once nothing writes into it).
		await Promise.all(options.pending?.values() ?? []);
		const used = new Set([...keyed.map(({ dir }) => dir), join(cache.root, `empty-${cache.version}`), join(cache.root, PAGE_INDEX)]);
		for (const name of readdirSync(cache.root)) if (!used.has(join(cache.root, name))) rmSync(join(cache.root, name), { recursive: true, force: true });
		const manifest = shardManifest(shards);
		writeFileSync(join(pagefindDir, 'shards.json'), `${JSON.stringify(manifest)}\n`);
		writeFileSync(join(cache.root, PAGE_INDEX), JSON.stringify(index));
		const warmed = keyed.filter(({ dir }) => options.warmed?.has(dir)).length;
		return {
			shards: manifest,
			pages: pages.length,
			warmed,
			reused: keyed.length - missing.length - warmed,
			written: missing.length,
			ms: Math.round(performance.now() - started),
		};
	} finally {
		staged.forEach(discardStaged);
	}
}

/** With no article at all, Pagefind's program still comes from an (empty) index. */
async function emptyIndex(cacheRoot: string, version: string): Promise<string> {
	const dir = join(cacheRoot, `empty-${version}`);
	if (!existsSync(join(dir, 'pagefind.js'))) await indexShard({ id: 'empty', outputPath: dir, pages: [] });
	return dir;
}
