/**
 * Runs queries against a built site's search bundle in Node, through the very module the
 * browser loads (`pagefind/gongyun/pagefind.js`: our query processing in front of Pagefind), or
 * through bare Pagefind (`pagefind/pagefind.js`) to measure what the processing adds.
 *
 * pagefind.js fetches its index with `fetch`, and reads the page language from
 * `document.querySelector('html').lang` to decide how to segment queries; Node has neither a
 * file-capable fetch nor a document, so both are stubbed (see docs: toolchain findings).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Category, Judgment } from './judgments.ts';

let installed = false;

export function installNodeShims(lang = 'zh-CN') {
	if (installed) return;
	installed = true;
	const realFetch = globalThis.fetch;
	globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
		if (!href.startsWith('file:')) return realFetch(input, init);
		const path = fileURLToPath(href.split(/[?#]/)[0]!);
		try {
			return new Response(await readFile(path));
		} catch {
			return new Response('not found', { status: 404 });
		}
	}) as typeof fetch;
	(globalThis as Record<string, unknown>).document ??= {
		currentScript: null,
		querySelector: () => ({ getAttribute: () => lang }),
	};
}

export interface SearchHit {
	url: string;
	id: string;
	score: number;
}

export interface SiteSearch {
	search(query: string, options?: Record<string, unknown>): Promise<SearchHit[]>;
	/** The raw Pagefind response, for tests that look at filters and excerpts. */
	raw(query: string, options?: Record<string, unknown>): Promise<PagefindResponse | null>;
	destroy(): Promise<void>;
}

export interface PagefindResult {
	id: string;
	score: number;
	words: number[];
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string>; filters: Record<string, string[]> }>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}

/** `/gongyun/articles/2022/0209-08-x/` → `2022/0209-08-x`. */
export function articleId(url: string): string {
	return url.replace(/^.*?\/articles\//, '').replace(/\/$/, '');
}

/**
 * The search of a built site. `mode: 'site'` is what readers get; `mode: 'plain'` is Pagefind
 * alone with the query as typed.
 */
export async function openSiteSearch(dist: string, mode: 'site' | 'plain' = 'site'): Promise<SiteSearch> {
	installNodeShims();
	const file = mode === 'site' ? join(dist, 'pagefind/gongyun/pagefind.js') : join(dist, 'pagefind/pagefind.js');
	// A plain path, not a file: URL: Vitest's module runner then resolves the bundle's own
	// relative import of Pagefind (`../pagefind.js`) correctly; Node does either way.
	const mod = await import(/* @vite-ignore */ file);
	const instance = mode === 'site' ? mod.createInstance({ baseUrl: '/', noWorker: true, allShards: true }) : await plainPagefind(mod, dist);
	const raw = (query: string, options: Record<string, unknown> = {}) => instance.search(query, options) as Promise<PagefindResponse | null>;
	return {
		raw,
		async search(query, options) {
			const response = await raw(query, options);
			if (!response) return [];
			const data = await Promise.all(response.results.map((r) => r.data()));
			return data.map((d, i) => ({ url: d.url, id: articleId(d.url), score: response.results[i]!.score }));
		},
		destroy: () => instance.destroy(),
	};
}

/** Bare Pagefind over every shard of the index: the newest as primary, the others merged. */
async function plainPagefind(mod: { createInstance(o: Record<string, unknown>): PlainInstance }, dist: string): Promise<PlainInstance> {
	const shards = JSON.parse(await readFile(join(dist, 'pagefind/shards.json'), 'utf8')) as { id: string }[];
	const at = (id: string) => `${pathToFileURL(join(dist, 'pagefind', id)).href}/`;
	const instance = mod.createInstance({ baseUrl: '/', noWorker: true, basePath: at(shards[0]!.id) });
	for (const shard of shards.slice(1)) await instance.mergeIndex(at(shard.id), { baseUrl: '/' });
	return instance;
}

interface PlainInstance {
	search(query: string, options?: Record<string, unknown>): Promise<unknown>;
	mergeIndex(path: string, options?: Record<string, unknown>): Promise<void>;
	destroy(): Promise<void>;
}

export interface Outcome {
	judgment: Judgment;
	ids: string[];
	pass: boolean;
	/** Mean reciprocal rank of the expected pieces (0 when missing). */
	rr: number;
	problems: string[];
}

export function judge(judgment: Judgment, ids: string[]): Outcome {
	const problems: string[] = [];
	const rank = (id: string) => ids.indexOf(id) + 1;
	const firsts = judgment.first === undefined ? [] : [judgment.first].flat();
	// Reciprocal rank of the best-placed “first” piece, and of each top-3 piece; then their mean.
	const rrs: number[] = [];
	if (firsts.length) {
		const best = Math.min(...firsts.map((id) => rank(id) || Infinity));
		rrs.push(Number.isFinite(best) ? 1 / best : 0);
		if (best !== 1) problems.push(`${firsts.join(' or ')} should be first, is ${Number.isFinite(best) ? best : 'missing'}`);
	}
	for (const id of judgment.top3 ?? []) {
		const r = rank(id);
		rrs.push(r ? 1 / r : 0);
		if (!r || r > 3) problems.push(`${id} should be in the top 3, is ${r || 'missing'}`);
	}
	const rr = rrs.reduce((a, b) => a + b, 0) / rrs.length;
	return { judgment, ids, pass: problems.length === 0, rr, problems };
}

export async function runJudgments(search: SiteSearch, judgments: Judgment[]): Promise<Outcome[]> {
	const outcomes: Outcome[] = [];
	for (const judgment of judgments) {
		const hits = await search.search(judgment.q);
		outcomes.push(judge(judgment, hits.map((h) => h.id)));
	}
	return outcomes;
}

export interface Summary {
	category: Category | 'overall';
	queries: number;
	hits: number;
	hitRate: number;
	mrr: number;
}

export function summarize(outcomes: Outcome[]): Summary[] {
	const groups = Map.groupBy(outcomes, (o) => o.judgment.category);
	const row = (category: Summary['category'], list: Outcome[]): Summary => ({
		category,
		queries: list.length,
		hits: list.filter((o) => o.pass).length,
		hitRate: list.filter((o) => o.pass).length / list.length,
		mrr: list.reduce((s, o) => s + o.rr, 0) / list.length,
	});
	return [...[...groups].map(([category, list]) => row(category, list)), row('overall', outcomes)];
}

export function describeFailure(o: Outcome): string {
	return `  ${o.judgment.q} [${o.judgment.category}]: ${o.problems.join('; ')} — got ${o.ids.slice(0, 4).join(', ') || 'nothing'}${o.judgment.note ? ` (${o.judgment.note})` : ''}`;
}
