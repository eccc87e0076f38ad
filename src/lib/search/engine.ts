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
import { breakUnits } from '../zh/linebreak.ts';
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
/**
 * How many results outside the phrase searches' hits have their text read before the rest are
 * dropped as scattered-character matches (金秋助学 for 助学金). Each read is a fragment download
 * (about 2 KiB): on a big archive 30 of them were a third of a first query's bytes, and past
 * the first few such results are nearly always scattered matches.
 */
export const VERIFY_MAX = 8;

/**
 * The words a multi-character Chinese query requires, each as written: its Han runs cut into
 * words the way headlines are (linebreak.ts: ICU words with single characters and affixes
 * glued, place names of the site kept whole). 长安区 → 长安区; 紫阳快递小哥 → 紫阳|快递|小哥.
 */
export function requiredWords(plan: QueryPlan, data: SearchData): string[] {
	const lexicon = new Set(Object.values(data.places));
	return [...new Set(plan.phrases.flatMap((phrase) => breakUnits(phrase, { lexicon })).filter((w) => [...w].length >= 2))];
}

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
	// One phrase search per word or phrase, however many steps ask for it.
	const phraseHits = new Map<string, Promise<Set<string>>>();
	const exact = (phrase: string) => {
		if (!phraseHits.has(phrase)) phraseHits.set(phrase, pagefind.search(`"${phrase}"`, options).then((r) => new Set(r?.results.map((x) => x.id) ?? [])));
		return phraseHits.get(phrase)!;
	};
	const response = await pagefind.search(plan.term, options);
	if (!response || !plan.phrases.length) return response;
	// Pagefind matches the query's words separately and drops the ones with no hits, so 长安区
	// would find pieces with 长 and 区 somewhere: keep only pieces that contain the words.
	const kept = await keepWithWords(exact, requiredWords(plan, data), response);
	const narrowed = { ...response, results: kept };
	if (kept.length < 2 || sorted(options)) return narrowed;
	return { ...narrowed, results: await rankPhrasesFirst(exact, plan, narrowed) };
}

type ExactSearch = (phrase: string) => Promise<Set<string>>;

async function keepWithWords(exact: ExactSearch, words: string[], response: PagefindResponse): Promise<PagefindResult[]> {
	if (!words.length || !response.results.length) return response.results;
	// Pages with each word as written (adjacent in the index)…
	const found = await Promise.all(words.map(exact));
	const inAll = (r: PagefindResult) => found.every((ids) => ids.has(r.id));
	// …and, where the index segmented the text differently, the text itself of the next results.
	const unsure = response.results.filter((r) => !inAll(r)).slice(0, VERIFY_MAX);
	const verified = new Set<string>();
	await Promise.all(
		unsure.map(async (r) => {
			const text = hanRuns((await r.data()).content);
			if (words.every((w) => text.includes(w))) verified.add(r.id);
		}),
	);
	return response.results.filter((r) => inAll(r) || verified.has(r.id));
}

async function rankPhrasesFirst(exact: ExactSearch, plan: QueryPlan, response: PagefindResponse): Promise<PagefindResult[]> {
	// For each phrase, the pages that contain it as written (a copy: the text check below adds to it).
	const found = await Promise.all(plan.phrases.map(async (phrase) => new Set(await exact(phrase))));
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
