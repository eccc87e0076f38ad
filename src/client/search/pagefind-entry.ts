/**
 * Built by the search integration into `<outDir>/pagefind/gongyun/pagefind.js`: the same API as
 * Pagefind's own `pagefind.js` (which it loads from `../pagefind.js`), with our query processing
 * and ranking (engine.ts) in front of `search`, over the index's shards (`pagefind/<shard>/`,
 * src/lib/search/shards.ts): newest first, older ones merged in when the reader asks. The search
 * UI (ui.ts) uses it; the Node tests import it too, so both run the same code.
 * The site's search data is inlined at build time (`__GONGYUN_SEARCH_DATA__`), all but the
 * traditional→simplified table: only its key set is (`__GONGYUN_T2S_KEYS__`), and the table
 * (`t2s.json` beside this file) is fetched by the first query that has one of those characters.
 */
import { searchWith, type PagefindResponse, type PagefindSearchOptions, type PagefindSearcher } from '../../lib/search/engine.ts';
import { needsTable, planQuery, unpackCharSet, type QueryPlan, type SearchData } from '../../lib/search/query.ts';
import { shardsInScope, yearsOfFilters, type SearchShard } from '../../lib/search/shards.ts';

declare const __GONGYUN_SEARCH_DATA__: SearchData;
declare const __GONGYUN_T2S_KEYS__: string;
declare const __GONGYUN_T2S_FILE__: string;
let data: SearchData = __GONGYUN_SEARCH_DATA__;
const traditionalKeys = unpackCharSet(__GONGYUN_T2S_KEYS__);
let tableLoading: Promise<void> | undefined;

/**
 * The search data with the traditional table, when `input` needs it (one fetch per page).
 * Should the fetch fail, the query is searched as typed and the next one tries again.
 */
async function dataFor(input: string | null): Promise<SearchData> {
	if (data.t2s || !input || !needsTable(input, traditionalKeys)) return data;
	tableLoading ??= fetch(new URL(__GONGYUN_T2S_FILE__, import.meta.url))
		.then((response) => (response.ok ? (response.json() as Promise<string>) : Promise.reject(new Error(`${__GONGYUN_T2S_FILE__}: ${response.status}`))))
		.then((t2s) => {
			data = { ...data, t2s };
		})
		.catch(() => {
			tableLoading = undefined;
		});
	await tableLoading;
	return data;
}

interface PagefindInstance extends PagefindSearcher {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	destroy(): Promise<void>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	debouncedSearch(term: string | null, options?: PagefindSearchOptions, timeout?: number): Promise<PagefindResponse | null>;
}

interface PagefindModule {
	createInstance(options?: Record<string, unknown>): PagefindInstance;
}

// A variable, so neither TypeScript nor the bundler try to resolve Pagefind's generated file.
const PAGEFIND_URL = '../pagefind.js';
const pagefind: PagefindModule = await import(PAGEFIND_URL);

/**
 * Filters (facets) load on demand: every filter's page list is, on a 10,000-page archive, more
 * bytes than the rest of a first search together; until the reader opens 「筛选」 (the UI calls
 * `enableFilters`) `filters()` answers that there are none. A search that uses a filter
 * (a shared link with ?county=…) still loads what it needs.
 */
let filtersWanted = false;
const instances = new Set<ShardedInstance>();
/** The instance that searched last: the UI asks it what the search read. */
let lastUsed: ShardedInstance | undefined;

export async function enableFilters(): Promise<void> {
	filtersWanted = true;
	await Promise.all([...instances].map((instance) => instance.filters()));
}

/** What the engine made of a query: for the UI's hint (ziyang → 紫阳县). */
export async function explain(input: string): Promise<QueryPlan> {
	return planQuery(input, await dataFor(input));
}

const shardUrl = (shard: SearchShard) => new URL(`../${shard.id}/`, import.meta.url).href;

/** Our own options, not Pagefind's: `allShards` searches the whole archive at once (the quality tests do). */
interface ShardOptions {
	allShards?: boolean;
}

/**
 * One Pagefind search over some shards: the first is its primary index (it loads the wasm),
 * the others are merged in (Pagefind's `mergeIndex`), newest first, as they are needed.
 */
class ShardSet {
	readonly shards: SearchShard[];
	readonly options: Record<string, unknown>;
	#instance: PagefindInstance | undefined;
	#merged = 1;
	#merging: Promise<void> = Promise.resolve();
	constructor(shards: SearchShard[], options: Record<string, unknown>) {
		this.shards = shards;
		this.options = options;
	}

	/** Pagefind over the first `count` shards of the set. */
	async upTo(count: number): Promise<PagefindInstance> {
		this.#instance ??= pagefind.createInstance({ ...this.options, basePath: shardUrl(this.shards[0]!) });
		const instance = this.#instance;
		const want = Math.min(count, this.shards.length);
		this.#merging = this.#merging.then(async () => {
			const next = this.shards.slice(this.#merged, want);
			this.#merged = Math.max(this.#merged, want);
			// A merged index takes none of the primary's options: give it those that shape results.
			const { baseUrl = '/', excerptLength, ranking } = this.options;
			const merged = { baseUrl, ...(excerptLength === undefined ? {} : { excerptLength }), ...(ranking === undefined ? {} : { ranking }) };
			await Promise.all(next.map((shard) => instance.mergeIndex(shardUrl(shard), merged)));
		});
		await this.#merging;
		return instance;
	}

	destroy(): Promise<void> {
		return this.#instance?.destroy() ?? Promise.resolve();
	}
}

/** What a search read: the shards searched, and the next older one it did not. */
export interface Coverage {
	searched: SearchShard[];
	older: SearchShard | undefined;
	/** Pieces in the shards of the search's scope (all years, or the filtered ones). */
	total: number;
}

/**
 * A search instance (`createInstance`, as in Pagefind's API), over the shards. With
 * no year filter it reads the newest shard first and older ones when the reader asks
 * (`searchOlder`); a year filter reads only that year's shards.
 */
class ShardedInstance implements PagefindSearcher {
	#sets = new Map<string, ShardSet>();
	#depth = 1;
	#lastFilters: Record<string, unknown> | undefined;
	#lastTerm: string | null | undefined;
	readonly #all: boolean;
	readonly #options: Record<string, unknown>;

	constructor(options: Record<string, unknown> & ShardOptions = {}) {
		const { allShards, ...rest } = options;
		this.#all = allShards === true;
		this.#options = rest;
	}

	#scope(filters: Record<string, unknown> | undefined): { set: ShardSet | undefined; count: number } {
		const years = yearsOfFilters(filters);
		const shards = shardsInScope(data.shards, years);
		if (!shards.length) return { set: undefined, count: 0 };
		const key = shards.map((s) => s.id).join(' ');
		let set = this.#sets.get(key);
		if (!set) this.#sets.set(key, (set = new ShardSet(shards, this.#options)));
		return { set, count: this.#all || years?.length ? shards.length : this.#depth };
	}

	async #pagefind(filters: Record<string, unknown> | undefined): Promise<PagefindInstance | undefined> {
		const { set, count } = this.#scope(filters);
		return set?.upTo(count);
	}

	async search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null> {
		// Each new query starts at the newest shard again; 「再查」 adds older ones to this one.
		if (term !== this.#lastTerm) this.#depth = 1;
		this.#lastTerm = term;
		this.#lastFilters = options?.filters;
		lastUsed = this;
		// The traditional table (when the query needs it) arrives while Pagefind starts.
		const [instance, termData] = await Promise.all([this.#pagefind(options?.filters), dataFor(term)]);
		if (!instance) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {} };
		return searchWith(instance, termData, term, options);
	}

	/** The shards the last search read, for the UI's 「更早的稿件」. */
	coverage(filters = this.#lastFilters): Coverage {
		const { set, count } = this.#scope(filters);
		const shards = set?.shards ?? [];
		const searched = shards.slice(0, Math.min(count, shards.length));
		return { searched, older: shards[searched.length], total: shards.reduce((n, s) => n + s.pages, 0) };
	}

	/** Reads one more (older) shard in searches without a year filter. */
	searchOlder(): void {
		this.#depth = Math.min(this.#depth + 1, Math.max(1, data.shards.length));
	}

	async filters(): Promise<Record<string, Record<string, number>>> {
		if (!filtersWanted) return {};
		const instance = await this.#pagefind(undefined);
		const found = instance ? await instance.filters() : {};
		// Every year of the archive can be chosen, not only those read so far.
		const years: Record<string, number> = {};
		for (const shard of data.shards) years[shard.year] = (years[shard.year] ?? 0) + shard.pages;
		return { ...found, ...(data.shards.length ? { year: years } : {}) };
	}

	async preload(term: string, options?: PagefindSearchOptions): Promise<void> {
		await (await this.#pagefind(options?.filters))?.preload(planQuery(term, await dataFor(term)).term, options);
	}

	debouncedSearch = debounced(this);

	async options(options: Record<string, unknown>): Promise<void> {
		Object.assign(this.#options, options);
	}

	/** Starts Pagefind on the newest shard (its instance loads the index when made): the search dialog calls it on opening, while the reader types. */
	async init(): Promise<void> {
		await this.#pagefind(undefined);
	}

	async mergeIndex(): Promise<void> {
		throw new Error('mergeIndex: the archive merges its own shards (pagefind/<shard>/)');
	}

	async destroy(): Promise<void> {
		instances.delete(this);
		if (lastUsed === this) lastUsed = undefined;
		await Promise.all([...this.#sets.values()].map((set) => set.destroy()));
		this.#sets.clear();
	}
}

function debounced(searcher: PagefindSearcher) {
	let latest = 0;
	return async (term: string | null, options?: PagefindSearchOptions, timeout = 300) => {
		const id = ++latest;
		await new Promise((resolve) => setTimeout(resolve, timeout));
		if (id !== latest) return null;
		return searcher.search(term, options);
	};
}

export function createInstance(options: Record<string, unknown> & ShardOptions = {}): ShardedInstance {
	const instance = new ShardedInstance(options);
	instances.add(instance);
	return instance;
}

/** The module-level API (`options`, `search`, …) is one default instance, as in Pagefind's own bundle. */
let defaultInstance: ShardedInstance | undefined;
const shared = () => (defaultInstance ??= createInstance());

export const options = (o: Record<string, unknown>) => shared().options(o);
export const init = () => shared().init();
export const destroy = async () => {
	await defaultInstance?.destroy();
	defaultInstance = undefined;
};
export const filters = () => shared().filters();
export const preload = (term: string, o?: PagefindSearchOptions) => shared().preload(term, o);
export const search = (term: string | null, o?: PagefindSearchOptions) => shared().search(term, o);
export const debouncedSearch = (term: string | null, o?: PagefindSearchOptions, timeout?: number) => shared().debouncedSearch(term, o, timeout);
/** What the last search read (the UI's 「以上是 2026年 的稿件」), and the next older shard. */
export const coverage = (): Coverage => (lastUsed ?? shared()).coverage();
/** One more older shard in the next search of every instance (the UI's 「再查 2025 年的稿件」). */
export const searchOlder = (): void => {
	for (const instance of instances) instance.searchOlder();
};
