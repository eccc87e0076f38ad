/**
 * Built by the search integration into `<outDir>/pagefind/gongyun/pagefind.js`: the same API as
 * Pagefind's own `pagefind.js` (which it loads from `../pagefind.js`), with our query processing
 * and ranking (engine.ts) in front of `search`. The Component UI loads it as its bundle
 * (`bundlePath: …/pagefind/gongyun/`); the Node tests import it too, so both run the same code.
 * The site's search data is inlined at build time (`__GONGYUN_SEARCH_DATA__`).
 */
import { searchWith, type PagefindResponse, type PagefindSearchOptions, type PagefindSearcher } from '../../lib/search/engine.ts';
import { planQuery, type QueryPlan, type SearchData } from '../../lib/search/query.ts';

declare const __GONGYUN_SEARCH_DATA__: SearchData;
const data: SearchData = __GONGYUN_SEARCH_DATA__;

interface PagefindInstance extends PagefindSearcher {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	destroy(): Promise<void>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	preload(term: string, options?: PagefindSearchOptions): Promise<void>;
	filters(): Promise<Record<string, Record<string, number>>>;
	debouncedSearch(term: string | null, options?: PagefindSearchOptions, timeout?: number): Promise<PagefindResponse | null>;
}

interface PagefindModule extends Omit<PagefindInstance, 'init'> {
	init(): Promise<void>;
	createInstance(options?: Record<string, unknown>): PagefindInstance;
}

// A variable, so neither TypeScript nor the bundler try to resolve Pagefind's generated file.
const PAGEFIND_URL = '../pagefind.js';
const pagefind: PagefindModule = await import(PAGEFIND_URL);

/** Sort applied when the caller asks for none: the UI's 「按时间」 switch sets it. */
let defaultSort: Record<string, 'asc' | 'desc'> | undefined;

export function setDefaultSort(sort: Record<string, 'asc' | 'desc'> | undefined): void {
	defaultSort = sort && Object.keys(sort).length ? sort : undefined;
}

function withSort(options: PagefindSearchOptions = {}): PagefindSearchOptions {
	return defaultSort && !(options.sort && Object.keys(options.sort).length) ? { ...options, sort: defaultSort } : options;
}

/**
 * Filters (facets) load on demand. Pagefind's UI asks for every filter's page list when it
 * starts, which on a 10,000-page archive is more bytes than the rest of a first search together;
 * until the reader opens 「筛选」 we answer that there are none. A search that uses a filter
 * (a shared link with ?county=…) still loads what it needs.
 */
let filtersWanted = false;
const instances = new Set<PagefindInstance>();

export async function enableFilters(): Promise<void> {
	filtersWanted = true;
	await Promise.all([...instances].map((instance) => instance.filters()));
}

const noFilters = async () => ({}) as Record<string, Record<string, number>>;

/** What the engine made of a query: for the UI's hint (ziyang → 紫阳县). */
export function explain(input: string): QueryPlan {
	return planQuery(input, data);
}

function debounced(searcher: PagefindSearcher) {
	let latest = 0;
	return async (term: string | null, options?: PagefindSearchOptions, timeout = 300) => {
		const id = ++latest;
		await new Promise((resolve) => setTimeout(resolve, timeout));
		if (id !== latest) return null;
		return searchWith(searcher, data, term, withSort(options));
	};
}

export function createInstance(options: Record<string, unknown> = {}): PagefindInstance {
	const inner = pagefind.createInstance(options);
	instances.add(inner);
	return {
		...inner,
		options: (o) => inner.options(o),
		init: () => inner.init(),
		destroy: () => {
			instances.delete(inner);
			return inner.destroy();
		},
		mergeIndex: (path, o) => inner.mergeIndex(path, o),
		filters: () => (filtersWanted ? inner.filters() : noFilters()),
		preload: (term, o) => inner.preload(planQuery(term, data).term, o),
		search: (term, o) => searchWith(inner, data, term, withSort(o)),
		debouncedSearch: debounced(inner),
	};
}

export const options = (o: Record<string, unknown>) => pagefind.options(o);
export const init = () => pagefind.init();
export const destroy = () => pagefind.destroy();
export const mergeIndex = (path: string, o?: Record<string, unknown>) => pagefind.mergeIndex(path, o);
export const filters = () => (filtersWanted ? pagefind.filters() : noFilters());
export const preload = (term: string, o?: PagefindSearchOptions) => pagefind.preload(planQuery(term, data).term, o);
export const search = (term: string | null, o?: PagefindSearchOptions) => searchWith(pagefind, data, term, withSort(o));
export const debouncedSearch = debounced(pagefind);
