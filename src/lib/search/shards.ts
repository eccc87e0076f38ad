/**
 * A big archive's search index in shards: one Pagefind index per year (a year with more pieces
 * than a shard holds is cut into consecutive parts), written side by side under `pagefind/` and
 * searched newest first. Pagefind's memory and write time grow faster than its page count
 * (about 0.5 GiB per 1,000 Chinese pages in one index), and a reader's first query then reads
 * one small shard instead of the whole archive's index. Older shards are merged into the search
 * (Pagefind's `mergeIndex`) when the reader asks for them; a year filter reads only its shards.
 *
 * Pure functions: the search integration plans and writes the shards, the browser bundle
 * (src/client/search/pagefind-entry.ts) decides which to read.
 */

/** An article page as the index sees it. */
export interface ShardPage {
	/** The page's URL path under the site's base (`articles/2024/foo/`). */
	url: string;
	/** Its 见报日期, `YYYY-MM-DD`. */
	date: string;
}

/** One shard as the browser learns of it (inlined into the search bundle). */
export interface SearchShard {
	/** Folder under `pagefind/`: the year, or `2024-2` for the second part of a big year. */
	id: string;
	/** The years of its pieces (one). */
	year: string;
	/** How many pieces it holds. */
	pages: number;
	/** The 见报日期 of its oldest piece, `YYYY-MM-DD` (a year's later parts begin mid-year). */
	from: string;
}

export interface PlannedShard<P extends ShardPage = ShardPage> extends SearchShard {
	/** Its pages, newest first (ties by URL); Pagefind is given them in URL order, as it reads a folder. */
	members: P[];
}

/** Pieces per shard, at most: about 0.5 GiB of Pagefind memory and a first query near 100 KiB. */
export const DEFAULT_SHARD_PAGES = 1000;

const newestFirst = (a: ShardPage, b: ShardPage) => (a.date === b.date ? (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) : a.date < b.date ? 1 : -1);

/**
 * The shards of an archive, newest first. Each year is one shard, or, with more than
 * `maxPages` pieces, as many equal consecutive parts as it needs (`2024-1` the newest).
 * Only the pieces of a year decide its shards, so a new story leaves other years' shards as
 * they were (and the build can reuse them).
 */
export function planShards<P extends ShardPage>(pages: readonly P[], maxPages = DEFAULT_SHARD_PAGES): PlannedShard<P>[] {
	if (!(maxPages >= 1)) throw new RangeError(`maxPages must be at least 1 (got ${maxPages})`);
	const byYear = new Map<string, P[]>();
	for (const page of [...pages].sort(newestFirst)) {
		const year = page.date.slice(0, 4);
		const list = byYear.get(year);
		if (list) list.push(page);
		else byYear.set(year, [page]);
	}
	const shards: PlannedShard<P>[] = [];
	for (const [year, members] of byYear) {
		const parts = Math.ceil(members.length / maxPages);
		const size = Math.ceil(members.length / parts);
		for (let i = 0; i < parts; i++) {
			const slice = members.slice(i * size, (i + 1) * size);
			shards.push({ id: parts === 1 ? year : `${year}-${i + 1}`, year, pages: slice.length, from: slice.at(-1)!.date, members: slice });
		}
	}
	return shards;
}

/**
 * How many pieces a shard list (`pagefind/shards.json`, from `shardManifest`) says the index
 * holds: one record per article page, so the published site's article count. Undefined for a
 * text that is not such a list.
 */
export function shardListPages(text: string): number | undefined {
	try {
		const list: unknown = JSON.parse(text);
		if (!Array.isArray(list)) return undefined;
		let pages = 0;
		for (const shard of list) {
			const n = (shard as Partial<SearchShard> | null)?.pages;
			if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) return undefined;
			pages += n;
		}
		return pages;
	} catch {
		return undefined;
	}
}

/** What the browser is told of the shards: no member lists. */
export function shardManifest(shards: readonly PlannedShard[]): SearchShard[] {
	return shards.map(({ id, year, pages, from }) => ({ id, year, pages, from }));
}

/**
 * The shards a search reads, newest first: those of the years in a year filter, else all.
 * Year filter values are Pagefind's (`2024`).
 */
export function shardsInScope(shards: readonly SearchShard[], years: readonly string[] | undefined): SearchShard[] {
	if (!years?.length) return [...shards];
	const wanted = new Set(years);
	return shards.filter((shard) => wanted.has(shard.year));
}

/** The years a filter object asks for (Pagefind's `{ year: '2024' }`, `{ year: ['2024', …] }` or `{ year: { any: […] } }`). */
export function yearsOfFilters(filters: Record<string, unknown> | undefined): string[] | undefined {
	const value = filters?.year;
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
	if (value && typeof value === 'object' && Array.isArray((value as { any?: unknown }).any)) {
		return ((value as { any: unknown[] }).any).filter((v): v is string => typeof v === 'string');
	}
	return undefined;
}

/**
 * What a search without a year filter has read, as the scope line says it: whole years
 * (`2026 年`, `2024—2026 年`), or, when it stopped inside a year that is cut into parts, the day
 * it reaches back to (`2026年9月12日以来`). `next` is the shard after the searched ones.
 */
export function searchedSpan(searched: readonly SearchShard[], next: SearchShard | undefined): string {
	const last = searched.at(-1);
	if (!last || !next || next.year !== last.year) return yearSpan(searched);
	const [y, m, d] = last.from.split('-').map(Number);
	return `${y}年${m}月${d}日以来`;
}

/** The year the older-shard button names, and whether the search has already read part of it. */
export function olderShard(searched: readonly SearchShard[], next: SearchShard): { year: string; partly: boolean } {
	return { year: next.year, partly: searched.some((shard) => shard.year === next.year) };
}

/** The years some shards cover, as the search UI says them: `2026 年`, `2024—2026 年`. */
export function yearSpan(shards: readonly SearchShard[]): string {
	const years = shards.map((s) => Number(s.year)).filter(Number.isFinite);
	if (!years.length) return '';
	const [min, max] = [Math.min(...years), Math.max(...years)];
	return min === max ? `${max} 年` : `${min}—${max} 年`;
}

/**
 * A start tag, its attribute values read whole: Astro escapes only `&` and `"` in them, so a
 * headline in a `<meta content>` can hold `<article data-pagefind-body`. Whitespace is HTML's
 * (ASCII only), so the tags read the same in a Latin-1 view of a page's UTF-8 bytes (page-bytes.ts).
 */
const START_TAG = /<([a-zA-Z][^\t\n\f\r />]*)((?:[\t\n\f\r ]+[^\t\n\f\r "'>/=]+(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?)*)[\t\n\f\r ]*\/?>/g;
const ATTRIBUTE = /[\t\n\f\r ]+([^\t\n\f\r "'>/=]+)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"|'[^']*'|[^\t\n\f\r "'=<>`]+))?/g;

/**
 * Where the first `<article>` tag with a `data-pagefind-body` attribute starts in `html`, or -1:
 * a tag of the page, not text in another tag's attribute value (page text has its `<` escaped).
 */
export function indexedTagStart(html: string): number {
	for (const tag of html.matchAll(START_TAG)) {
		if (tag[1]!.toLowerCase() !== 'article') continue;
		for (const attribute of tag[2]!.matchAll(ATTRIBUTE)) if (attribute[1]!.toLowerCase() === 'data-pagefind-body') return tag.index;
	}
	return -1;
}

/**
 * The element Pagefind indexes from a built article page: `<article … data-pagefind-body …>`
 * to its closing tag, which is the last `</article>` of the page (the indexed article is not
 * nested in another one, and text inside it cannot close it: the sanitiser escapes markup).
 * Everything the index holds comes from this element, so its text is the shard's cache key.
 */
export function indexedElement(html: string): string | undefined {
	const start = indexedTagStart(html);
	if (start < 0) return undefined;
	const end = html.lastIndexOf('</article>');
	return end > start ? html.slice(start, end + '</article>'.length) : undefined;
}

/** A minimal page around the indexed element: all Pagefind needs, and less for it to parse. */
export function searchDocument(element: string, lang = 'zh-CN'): string {
	return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${element}</body></html>`;
}
