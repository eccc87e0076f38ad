/**
 * Our search on top of Pagefind's API: the query plan (query.ts), then ranking that keeps
 * what Pagefind does well and fixes what it does not do for Chinese.
 *
 * Pagefind splits a Chinese query into words (Intl.Segmenter) and ranks pages by how often they
 * contain those words. A piece with many 工会 and some 法律 then outranks the one piece that
 * cites 《工会法》. So pieces that contain each Chinese run of the query *as written* come first,
 * in Pagefind's order; the rest follow, also in Pagefind's order. "As written" is known from
 * Pagefind's phrase search ("工会法": adjacent words in the index) and, where the index
 * segmented the text differently from the query (农民工|会员 against 农民|工|会员, upstream
 * issue #1237), from the text of the first few results, which the UI loads anyway.
 */
import { HAN } from '../zh/chars.ts';
import { planQuery, type QueryPlan, type SearchData } from './query.ts';

export interface PagefindResultData {
	url: string;
	content: string;
	excerpt: string;
	meta: Record<string, string>;
	filters: Record<string, string[]>;
	[key: string]: unknown;
}

export interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data(): Promise<PagefindResultData>;
	[key: string]: unknown;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
	[key: string]: unknown;
}

export interface PagefindSearchOptions {
	filters?: Record<string, unknown>;
	sort?: Record<string, 'asc' | 'desc'>;
	[key: string]: unknown;
}

/** The part of Pagefind's API (module or instance) the engine needs. */
export interface PagefindSearcher {
	search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
}

/** How many of Pagefind's first results have their text checked for the phrases. */
export const VERIFY_TOP = 5;

function sorted(options: PagefindSearchOptions | undefined): boolean {
	return Boolean(options?.sort && Object.keys(options.sort).length);
}

/** Anything but a Han character (lib/zh/chars.ts says what one is). */
const NOT_HAN = new RegExp(`[^${HAN.source}]+`, 'gu');

/** Text as phrases are matched against it: runs of Chinese characters (工会、法院 is no 工会法). */
function hanRuns(text: string): string {
	return text.replace(NOT_HAN, ' ');
}

export interface EngineOptions {
	/** Called with each plan, for the UI's "searched for 紫阳县" hint and for tests. */
	onPlan?: (plan: QueryPlan) => void;
}

export async function searchWith(
	pagefind: PagefindSearcher,
	data: SearchData,
	input: string | null,
	options: PagefindSearchOptions = {},
	engine: EngineOptions = {},
): Promise<PagefindResponse | null> {
	// No term: browsing by filters only (faceted mode); nothing to process.
	if (input === null || !input.trim()) return pagefind.search(input, options);
	const plan = planQuery(input, data);
	engine.onPlan?.(plan);
	const response = await pagefind.search(plan.term, options);
	if (!response || response.results.length < 2 || !plan.phrases.length || sorted(options)) return response;
	return { ...response, results: await rankPhrasesFirst(pagefind, plan, response, options) };
}

async function rankPhrasesFirst(
	pagefind: PagefindSearcher,
	plan: QueryPlan,
	response: PagefindResponse,
	options: PagefindSearchOptions,
): Promise<PagefindResult[]> {
	// For each phrase, the pages that contain it as written.
	const found = await Promise.all(
		plan.phrases.map(async (phrase) => {
			const exact = await pagefind.search(`"${phrase}"`, options);
			return new Set(exact?.results.map((r) => r.id) ?? []);
		}),
	);
	// Pagefind's phrase search misses text the index segmented differently: read the text of
	// the first results (fragments the UI is about to load anyway).
	await Promise.all(
		response.results.slice(0, VERIFY_TOP).map(async (result) => {
			if (found.every((ids) => ids.has(result.id))) return;
			const text = hanRuns((await result.data()).content);
			plan.phrases.forEach((phrase, i) => {
				if (text.includes(phrase)) found[i]!.add(result.id);
			});
		}),
	);
	const matched = (result: PagefindResult) => found.reduce((n, ids) => n + (ids.has(result.id) ? 1 : 0), 0);
	return response.results
		.map((result, index) => ({ result, index, matched: matched(result) }))
		.sort((a, b) => b.matched - a.matched || a.index - b.index)
		.map(({ result }) => result);
}
