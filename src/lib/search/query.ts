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

/**
 * The traditional→simplified table is most of the search bundle's weight (about 8 KiB gzip on a
 * decade's archive) and few readers type traditional characters. So the bundle carries only
 * the set of its traditional characters, packed small (about 1.2 KiB gzip), and fetches the
 * table the first time a query contains one of them: the query is then converted exactly as
 * with the whole table at hand, since a query is changed only by the characters the table has.
 *
 * Packing: the code points in ascending order as gaps from the previous one, each gap in base 32,
 * most significant digit first, with digits that are followed by more written from the upper
 * half of a 64-character alphabet. Plain ASCII, so it survives any JSON or script.
 */
const PACK_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function packCharSet(chars: Iterable<string>): string {
	const points = [...new Set([...chars].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
	let out = '';
	let previous = 0;
	for (const point of points) {
		let gap = point - previous;
		previous = point;
		const digits: number[] = [];
		do {
			digits.unshift(gap & 31);
			gap >>>= 5;
		} while (gap);
		digits.forEach((d, i) => (out += PACK_ALPHABET[d + (i < digits.length - 1 ? 32 : 0)]));
	}
	return out;
}

export function unpackCharSet(packed: string): Set<string> {
	const chars = new Set<string>();
	let point = 0;
	let gap = 0;
	for (const c of packed) {
		const d = PACK_ALPHABET.indexOf(c);
		if (d < 0) throw new Error(`unpackCharSet: not a packed character set (${JSON.stringify(c)})`);
		gap = gap * 32 + (d & 31);
		if (d < 32) {
			point += gap;
			gap = 0;
			chars.add(String.fromCodePoint(point));
		}
	}
	return chars;
}

/** The traditional characters of a table (`遞递發发…` → 遞, 發, …). */
export function tableKeys(t2s: string): string[] {
	return [...t2s].filter((_, i) => i % 2 === 0);
}

/** Whether converting `input` needs the table: some character of the query (as planQuery normalises it) is one of its keys. */
export function needsTable(input: string, keys: ReadonlySet<string>): boolean {
	for (const ch of normalizeQuery(input)) if (keys.has(ch)) return true;
	return false;
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

