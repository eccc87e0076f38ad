/**
 * The search index begun while the pages are generated. Astro renders pages on one core; the
 * index used to wait for all of them, then take both cores for Pagefind. Here the article pages
 * are generated first, shard by shard, and each shard is indexed on the other core (at lower
 * priority) as soon as its last page is rendered, into the build cache.
 *
 * In a rebuild most article pages are not rendered: Astro keeps the last build's file (linked in
 * by page-links.ts). Once all pages of a shard have been started (a page after them is), a shard
 * that has pages rendered in this build reads the rest from those files, so the shard a new or
 * edited article changed is indexed while the other pages are generated.
 *
 * This only fills the cache. The index step at the end (writeShards) reads the built pages and
 * keys every shard as before: a shard warmed from the same pages is a cache hit, anything else
 * (a page the warmer could not read, an article the plan did not foresee) is indexed there. So
 * the output is the same bytes with or without the warmer, and a warmer that misses costs time,
 * never correctness.
 *
 * The hook into page generation is Astro's own: `setPrerenderer` in `astro:build:start`, wrapping
 * the default prerenderer (the API adapters use to prerender elsewhere).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroPrerenderer } from 'astro';
import { routeKey } from '../../lib/urls.ts';
import { renice } from '../../cli/priority.ts';
import { planShards, searchDocument, type PlannedShard, type ShardPage } from '../../lib/search/shards.ts';
import { indexedElementOf } from '../../lib/search/page-bytes.ts';
import { digestOf, elementDate, indexIntoCache, isCached, shardCache, stageShard, type CacheShard, type RenderedPage } from './shards.ts';

export class ShardWarmer {
	readonly #shards: PlannedShard<ShardPage>[];
	/** URL → the index of its shard. */
	readonly #shardOf = new Map<string, number>();
	readonly #left: number[];
	/** URL → date and digest of the pages rendered so far. */
	readonly #captured = new Map<string, RenderedPage>();
	/** URL → search document, of the pages whose shard has not been given to Pagefind yet. */
	readonly #documents = new Map<string, string>();
	readonly #cache: ReturnType<typeof shardCache>;
	/** Complete shards waiting for a Pagefind, in the order they completed. */
	readonly #waiting: CacheShard[] = [];
	/** The shards being written: cache folder → whether it was written, and its Pagefind's process. */
	readonly #running = new Map<string, { done: Promise<boolean>; pid?: number }>();
	readonly #concurrency: number;
	/** Article pages being rendered now. */
	readonly #rendering = new Set<string>();
	/** Where the built pages are (a reused page is read from its file). */
	readonly #outDir: string | undefined;
	/** Shards before this one have had all their pages started. */
	#allStartedBefore = 0;
	#closed = false;
	/** Cache folders of the shards written here. */
	readonly warmed = new Set<string>();

	/**
	 * `pages`: every article page the build will make, with its date, as the index will plan them.
	 * `concurrency`: Pagefinds at a time (they run below the page renderer's priority).
	 */
	constructor(pages: readonly ShardPage[], options: { cacheDir: string; outDir?: string; maxPages?: number; concurrency?: number }) {
		this.#outDir = options.outDir;
		this.#shards = planShards(pages, options.maxPages);
		this.#shards.forEach((shard, i) => shard.members.forEach((page) => this.#shardOf.set(page.url, i)));
		this.#left = this.#shards.map((shard) => shard.members.length);
		this.#cache = shardCache(options.cacheDir);
		this.#concurrency = options.concurrency ?? 1;
	}

	/** Where a page comes in generation order: shard by shard, newest first; other pages after. */
	rank(url: string): number {
		return this.#shardOf.get(url) ?? this.#shards.length;
	}

	wants(url: string): boolean {
		return !this.#closed && this.#shardOf.has(url) && !this.#captured.has(url);
	}

	/**
	 * A page is about to be rendered. Astro starts its pages in the order `rank` gave, so when a
	 * page of a later shard (or a page that is not an article) starts, every page of the shards
	 * before it has either started rendering or been kept from the last build.
	 */
	starting(url: string) {
		const rank = this.rank(url);
		if (rank < this.#shards.length) this.#rendering.add(url);
		for (; this.#allStartedBefore < rank; this.#allStartedBefore++) this.#readKept(this.#allStartedBefore);
	}

	/** If shard `i` has pages rendered in this build, the pages kept from the last build are read from their files. */
	#readKept(i: number) {
		if (!this.#outDir || this.#closed) return;
		const shard = this.#shards[i]!;
		const left = this.#left[i]!;
		const kept = shard.members.filter((page) => !this.#captured.has(page.url) && !this.#rendering.has(page.url));
		// Untouched (the last build's shard stands), or already complete.
		if (left === 0 || kept.length === left) return;
		const read: { url: string; html: Uint8Array }[] = [];
		for (const { url } of kept) {
			try {
				read.push({ url, html: readFileSync(join(this.#outDir, url, 'index.html')) });
			} catch {
				return; // the index step reads this shard itself
			}
		}
		for (const { url, html } of read) this.capture(url, html);
	}

	/** A rendered page (its UTF-8 bytes): its indexed element is kept, and a shard complete with it is indexed. */
	capture(url: string, html: Uint8Array) {
		this.#rendering.delete(url);
		const i = this.#shardOf.get(url);
		const element = indexedElementOf(html);
		const date = element && elementDate(element);
		if (i === undefined || !element || !date || this.#captured.has(url)) return;
		const document = searchDocument(element);
		this.#captured.set(url, { date, digest: digestOf(document) });
		this.#documents.set(url, document);
		if (--this.#left[i]! > 0) return;
		const planned = this.#shards[i]!;
		const documents = planned.members.map(({ url }) => ({ url, content: this.#documents.get(url)! }));
		for (const page of planned.members) this.#documents.delete(page.url);
		const key = { ...planned, members: planned.members.map((page) => ({ ...page, ...this.#captured.get(page.url)! })) };
		const dir = this.#cache.dirOf(key);
		if (isCached(dir)) return;
		// Out of the heap while it waits for a Pagefind (shards.ts, stageShard).
		const staged = stageShard(documents.sort((a, b) => (a.url < b.url ? -1 : 1)));
		const members = key.members.map((page) => ({ ...page, content: () => readFileSync(join(staged, ...page.url.split('/').filter(Boolean), 'index.html'), 'utf8') }));
		this.#waiting.push({ shard: { ...planned, members }, dir, staged });
		this.#next();
	}

	#next() {
		while (!this.#closed && this.#running.size < this.#concurrency && this.#waiting.length) {
			const job = this.#waiting.shift()!;
			const { dir } = job;
			const running: { done: Promise<boolean>; pid?: number } = { done: Promise.resolve(false) };
			running.done = indexIntoCache(job, { nice: 10, onSpawn: (pid) => (running.pid = pid) }).then(
				() => {
					this.warmed.add(dir);
					return true;
				},
				// The index step at the end writes this shard again and reports what goes wrong.
				() => false,
			);
			this.#running.set(dir, running);
			void running.done.then(() => {
				this.#running.delete(dir);
				this.#next();
			});
		}
	}

	/**
	 * Page generation is over: no shard is started any more, and those being written go on at
	 * full priority beside the index step, which gets them as `pending` (cache folder → written),
	 * with the dates and digests of the rendered pages (`rendered`), the shards written, and the
	 * staged pages of the shards that were still waiting (`staged`: cache folder → scratch folder).
	 */
	finish(): {
		rendered: ReadonlyMap<string, RenderedPage>;
		warmed: ReadonlySet<string>;
		pending: ReadonlyMap<string, Promise<boolean>>;
		staged: ReadonlyMap<string, string>;
	} {
		this.#closed = true;
		this.#documents.clear();
		// The shards still waiting are written by the index step, from the pages staged here
		// instead of reading them back from the output.
		const staged = new Map(this.#waiting.map(({ dir, staged }) => [dir, staged!] as const));
		this.#waiting.length = 0;
		const pending = new Map<string, Promise<boolean>>();
		for (const [dir, running] of this.#running) {
			if (running.pid) renice(running.pid, 0);
			pending.set(dir, running.done);
		}
		return { rendered: this.#captured, warmed: this.warmed, pending, staged };
	}
}

/** `/articles/2024/x/`, as writeShards names a page it reads back, however Astro spells the path. */
const slashed = (path: string, base = '/') => {
	const key = routeKey(path, base);
	return key ? `/${key}/` : '/';
};

/** The URL path a page has in the output (as writeShards reads it back), from its request URL. */
export const outputPath = (requestUrl: string, base: string) => slashed(new URL(requestUrl).pathname, base);

/**
 * A response whose body was read: it hands Astro the same bytes. `new Response(bytes)` would
 * copy them (the Fetch standard copies a buffer it is given), and Astro's read would copy them
 * again: two copies of every article page less (CPU profile of a 10,000-piece build: 0.1 s of the
 * main thread). Astro reads `body` (is there one?) and `arrayBuffer()`; the other readers are the
 * standard's, over the same bytes.
 */
export class ReadResponse extends Response {
	readonly #bytes: ArrayBuffer;
	#stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;

	constructor(bytes: ArrayBuffer, init: Pick<Response, 'status' | 'statusText' | 'headers'>) {
		super(null, { status: init.status, statusText: init.statusText, headers: init.headers });
		this.#bytes = bytes;
	}

	override get body(): ReadableStream<Uint8Array<ArrayBuffer>> {
		const bytes = new Uint8Array(this.#bytes);
		this.#stream ??= new ReadableStream<Uint8Array<ArrayBuffer>>({
			start(controller) {
				controller.enqueue(bytes);
				controller.close();
			},
		});
		return this.#stream;
	}

	override arrayBuffer(): Promise<ArrayBuffer> {
		return Promise.resolve(this.#bytes);
	}

	override bytes(): Promise<Uint8Array<ArrayBuffer>> {
		return Promise.resolve(new Uint8Array(this.#bytes));
	}

	override text(): Promise<string> {
		return Promise.resolve(Buffer.from(this.#bytes).toString('utf8'));
	}

	override async json(): Promise<unknown> {
		return JSON.parse(await this.text());
	}

	override clone(): ReadResponse {
		return new ReadResponse(this.#bytes.slice(0), this);
	}
}

/**
 * Astro's prerenderer with the warmer in it: article pages first, in the warmer's order, and
 * each rendered article page handed to it.
 */
export function warmingPrerenderer(inner: AstroPrerenderer, warmer: ShardWarmer, base: string): AstroPrerenderer {
	return {
		...inner,
		name: `${inner.name}+gongyun-search`,
		setup: inner.setup?.bind(inner),
		teardown: inner.teardown?.bind(inner),
		collectStaticImages: inner.collectStaticImages?.bind(inner),
		async getStaticPaths() {
			const paths = await inner.getStaticPaths();
			// Stable: within a shard, and among the other pages, Astro's own order stays.
			const ranked = paths.map((path, i) => ({ path, i, rank: warmer.rank(slashed(path.pathname)) }));
			ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
			return ranked.map(({ path }) => path);
		},
		async render(request, options) {
			const url = outputPath(request.url, base);
			const wanted = warmer.wants(url);
			warmer.starting(url);
			const result = await inner.render(request, options);
			if (!wanted) return result;
			const response = result instanceof Response ? result : result.response;
			if (response.status !== 200 || !response.body) return result;
			const bytes = await response.arrayBuffer();
			warmer.capture(url, new Uint8Array(bytes));
			const read = new ReadResponse(bytes, response);
			return result instanceof Response ? read : { ...result, response: read };
		},
	};
}
