/**
 * Index-time side of search: the Pagefind attributes of article pages, and the small data the
 * browser gets with the search UI (traditional→simplified characters of this site, and the
 * pinyin of its places), computed from the articles themselves. Pure functions over plain
 * data; the search integration (src/integrations/search/data.ts) reads the files.
 */
import { byline, cityKeys, type ArticleLike } from '../articles.ts';
import type { Gazetteer } from '../gazetteer.ts';
import { isHan } from '../zh/chars.ts';
import type { SearchData } from './query.ts';
import type { SearchShard } from './shards.ts';

/** Result metadata Pagefind returns with every hit; the result template shows these. */
export interface SearchMeta {
	title: string;
	kicker?: string | undefined;
	subtitle?: string | undefined;
	/** 供稿单位, printed above the headline. */
	unit?: string | undefined;
	/** `YYYY-MM-DD`. */
	date: string;
	/** Place names, joined with 、. */
	place?: string | undefined;
	genre?: string | undefined;
	image?: string | undefined;
	image_alt?: string | undefined;
}

/**
 * Attributes for the article element: `data-pagefind-meta="title[data-meta-title], …"` plus one
 * attribute per value. Values live in attributes so commas in a headline cannot split them.
 */
export function searchMetaAttrs(meta: SearchMeta): Record<string, string> {
	const entries = Object.entries(meta).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
	return {
		'data-pagefind-meta': entries.map(([key]) => `${key}[data-meta-${key.replace(/_/g, '-')}]`).join(', '),
		...Object.fromEntries(entries.map(([key, value]) => [`data-meta-${key.replace(/_/g, '-')}`, value])),
	};
}

/** Per set, the BMP characters hanCharacters has already looked at for it (sets it fills only grow). */
const seenIn = new WeakMap<Set<string>, Uint8Array>();

/**
 * The Han characters of a text, as a set. Run over every article of an archive (millions of
 * characters), so the common cases are tested by code: nothing below U+2E80 is Han, and
 * U+4E00–U+9FFF all are; anything else asks `isHan`.
 */
export function hanCharacters(text: string, into = new Set<string>()): Set<string> {
	let seen = seenIn.get(into);
	if (!seen) seenIn.set(into, (seen = new Uint8Array(0x10000)));
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x2e80 || seen[code]) continue;
		if (code >= 0xd800 && code <= 0xdbff) {
			// An astral character (extension B and on): two code units.
			const ch = String.fromCodePoint(text.codePointAt(i)!);
			if (ch.length === 2) i++;
			if (isHan(ch)) into.add(ch);
			continue;
		}
		const ch = text[i]!;
		seen[code] = 1;
		if ((code >= 0x4e00 && code <= 0x9fff) || isHan(ch)) into.add(ch);
	}
	return into;
}

/**
 * Traditional (and Taiwan/Hong Kong variant) characters that stand for a simplified character of
 * this site: `candidates` are traditional characters, `toSimplified` converts one (opencc at build
 * time). A character the site itself uses is never mapped (著 in 著名, 乾 in 乾坤 stay as typed),
 * so the map can only turn a query that finds nothing into one that finds something.
 */
export function traditionalMap(siteChars: Set<string>, candidates: Iterable<string>, toSimplified: (ch: string) => string): Record<string, string> {
	const map: Record<string, string> = {};
	for (const ch of candidates) {
		if (siteChars.has(ch) || ch in map) continue;
		const simplified = toSimplified(ch);
		if (simplified !== ch && [...simplified].length === 1 && siteChars.has(simplified)) map[ch] = simplified;
	}
	return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every string in a value (frontmatter: text, lists of names), depth first. */
function textsOf(value: unknown, into: string[] = []): string[] {
	if (typeof value === 'string') into.push(value);
	else if (Array.isArray(value)) for (const item of value) textsOf(item, into);
	else if (value && typeof value === 'object' && !(value instanceof Date)) for (const item of Object.values(value)) textsOf(item, into);
	return into;
}

/**
 * The Han characters readers can find on the site: every article's frontmatter text and body,
 * its byline as printed (□王辉 摄), and the names of the places it is filed under (its
 * counties' cities included, as on the page).
 */
export function siteCharacters(articles: ArticleLike[], places: PlaceForSearch[]): Set<string> {
	const chars = new Set<string>();
	for (const article of articles) {
		for (const text of [...textsOf(article.data), byline(article.data)]) hanCharacters(text, chars);
		hanCharacters(article.body ?? '', chars);
	}
	for (const place of places) hanCharacters(place.name, chars);
	return chars;
}

/**
 * The places articles are filed under, most stories first (ties in article order): the county
 * facets of their pages, and the city facets, which take in the cities of their counties.
 */
export function placesWithStories(articles: ArticleLike[], gazetteer: Pick<Gazetteer, 'countyById' | 'cityById'>): PlaceForSearch[] {
	const cityOfCounty = (id: string) => gazetteer.countyById.get(id)?.cityId;
	/** Name → its pinyin and how many stories carry it. */
	const counts = new Map<string, { pinyin: string; stories: number }>();
	const count = (place: { name: string; pinyin: string } | undefined) => {
		if (!place) return;
		const entry = counts.get(place.name);
		if (entry) entry.stories++;
		else counts.set(place.name, { pinyin: place.pinyin, stories: 1 });
	};
	for (const article of articles) {
		for (const id of article.data.counties) count(gazetteer.countyById.get(id));
		for (const id of cityKeys(article, cityOfCounty)) count(gazetteer.cityById.get(id));
	}
	return [...counts].sort((a, b) => b[1].stories - a[1].stories).map(([name, { pinyin }]) => ({ name, pinyin }));
}

export interface PlaceForSearch {
	/** Full name as printed and indexed (紫阳县, 西安市). */
	name: string;
	/** Toneless pinyin of the stem (`ziyang`, `xian`). */
	pinyin: string;
}

/** The pinyin of an administrative suffix, so `ziyangxian` and `beilinqu` work too. */
const SUFFIX_PINYIN: [suffix: string, pinyin: string][] = [
	['自治县', 'zizhixian'],
	['自治州', 'zizhizhou'],
	['自治旗', 'zizhiqi'],
	['新区', 'xinqu'],
	['地区', 'diqu'],
	['县', 'xian'],
	['区', 'qu'],
	['市', 'shi'],
	['旗', 'qi'],
	['盟', 'meng'],
];

/**
 * Pinyin keys → place names, for the places that have stories: the stem (`ziyang`) and the
 * stem with its suffix (`ziyangxian`). Where two places share a key, the first listed wins
 * (callers list places with more stories first).
 */
export function placePinyinMap(places: PlaceForSearch[]): Record<string, string> {
	const map: Record<string, string> = {};
	const add = (key: string, name: string) => {
		if (key.length >= 2 && !(key in map)) map[key] = name;
	};
	for (const { name, pinyin } of places) add(pinyin, name);
	for (const { name, pinyin } of places) {
		const suffix = SUFFIX_PINYIN.find(([s]) => name.endsWith(s));
		if (suffix) add(pinyin + suffix[1], name);
	}
	return map;
}

export function buildSearchData(input: { traditional: Record<string, string>; places: Record<string, string>; shards: SearchShard[] }): SearchData {
	return { v: 2, t2s: Object.entries(input.traditional).map(([t, s]) => t + s).join(''), places: input.places, shards: input.shards };
}
