/**
 * What a reader typed → what we ask Pagefind. Pure functions, shared by the browser (bundled
 * into `pagefind/gongyun/pagefind.js`) and the Node tests:
 *
 * - full-width letters and digits, case and stray spaces are layout, not meaning (NFKC);
 * - traditional characters become the simplified ones this site prints (快遞 → 快递), through a
 *   map built at build time from the site's own characters;
 * - pinyin of a place with stories becomes its name (ziyang, ziyangxian → 紫阳县);
 * - the runs of Chinese characters are kept as phrases, so that a piece containing 工会法 can be
 *   ranked above pieces that merely contain 工会 and 法 often (see engine.ts).
 */
import { HAN } from '../zh/chars.ts';
import type { SearchShard } from './shards.ts';

/** The site's search data, generated at build time (see indexing.ts) and inlined in the bundle. */
export interface SearchData {
	v: 2;
	/** Traditional→simplified character pairs, concatenated: `遞递發发…`. */
	t2s: string;
	/** Pinyin key → place name (`ziyang` → 紫阳县). */
	places: Record<string, string>;
	/** The index's shards under `pagefind/`, newest first (src/lib/search/shards.ts). */
	shards: SearchShard[];
}

export interface QueryPlan {
	/** The query as typed. */
	input: string;
	/** What Pagefind is asked. */
	term: string;
	/** Runs of two or more Chinese characters, each to be found as written. */
	phrases: string[];
	/** Place names the pinyin in the query stood for. */
	places: string[];
	/** Whether traditional characters were converted. */
	converted: boolean;
}

const HAN_RUN = new RegExp(`${HAN.source}{2,}`, 'gu');
/** Punctuation and symbols between words: Chinese (《》“”，。…) and ASCII alike. */
const PUNCT = /[\p{P}\p{S}]+/gu;

/** NFKC (full-width → half-width), lower case, single spaces. */
export function normalizeQuery(input: string): string {
	return input.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

const t2sCache = new WeakMap<SearchData, Map<string, string>>();

export function traditionalTable(data: SearchData): Map<string, string> {
	let table = t2sCache.get(data);
	if (!table) {
		table = new Map();
		const chars = [...data.t2s];
		for (let i = 0; i + 1 < chars.length; i += 2) table.set(chars[i]!, chars[i + 1]!);
		t2sCache.set(data, table);
	}
	return table;
}

/** Character by character; characters the table does not know stay as typed. */
export function toSimplified(text: string, table: Map<string, string>): string {
	let out = '';
	for (const ch of text) out += table.get(ch) ?? ch;
	return out;
}

/** `xi'an`, `Zi-yang`, `lüliang` → the form of our keys (`xian`, `ziyang`, `lvliang`). */
export function pinyinKey(token: string): string {
	return token.replace(/ü/g, 'v').replace(/[''’\-·]/g, '');
}

const LATIN_WORD = /^[a-zü][a-zü''’\-·]*$/;

/**
 * Replaces pinyin place names with the names: each Latin word that is a key, or, when the whole
 * query is Latin words, all of them run together (`zi yang` → `ziyang`).
 */
export function rewritePinyin(text: string, places: Record<string, string>): { text: string; places: string[] } {
	const tokens = text.split(' ').filter(Boolean);
	const found: string[] = [];
	const lookup = (key: string) => (Object.hasOwn(places, key) ? places[key] : undefined);
	const out = tokens.map((token) => {
		if (!LATIN_WORD.test(token)) return token;
		const name = lookup(pinyinKey(token));
		if (!name) return token;
		found.push(name);
		return name;
	});
	if (!found.length && tokens.length > 1 && tokens.every((t) => LATIN_WORD.test(t))) {
		const name = lookup(tokens.map(pinyinKey).join(''));
		if (name) return { text: name, places: [name] };
	}
	return { text: out.join(' '), places: found };
}

/** The runs of two or more Chinese characters, in order, without repeats. */
export function phrasesOf(text: string): string[] {
	return [...new Set(text.match(HAN_RUN) ?? [])];
}

export function planQuery(input: string, data: SearchData): QueryPlan {
	const normalized = normalizeQuery(input);
	const simplified = toSimplified(normalized, traditionalTable(data));
	const { text, places } = rewritePinyin(simplified, data.places);
	// Punctuation separates words (《工会法》 → 工会法); Pagefind would drop it anyway.
	const term = text.replace(PUNCT, ' ').replace(/\s+/g, ' ').trim();
	return { input, term: term || normalized, phrases: phrasesOf(term), places, converted: simplified !== normalized };
}

