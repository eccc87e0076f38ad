/**
 * Authors and photographers as readers meet them: one page per person named in a byline,
 * `/authors/<pinyin>/`, listing their pieces newest first. Names come from the byline fields
 * (the role, 记者 or 通讯员, is data beside the name: authors.ts); slugs are pinyin, unique and stable.
 */
import { sortArticles, type ArticleLike } from './articles.ts';
import { names } from './authors.ts';
import { uniqueSlugs } from './slug.ts';

export interface AuthorPage<T> {
	name: string;
	slug: string;
	/** Pieces the person wrote or photographed, newest first. */
	articles: T[];
	/** How many of those they photographed. */
	photos: number;
}

/** The people named in an article's byline: authors, then photographers, without roles. */
export function peopleOf(article: ArticleLike): { name: string; photographer: boolean }[] {
	const authors = names(article.data.authors);
	const photographers = names(article.data.photographers);
	return [...authors.map((name) => ({ name, photographer: false })), ...photographers.map((name) => ({ name, photographer: true }))].filter((p) => p.name);
}

const cache = new WeakMap<object, Map<string, AuthorPage<ArticleLike>>>();

/** Everyone named in a byline, keyed by name (computed once per list of articles). */
export function peopleIndex<T extends ArticleLike>(articles: T[]): Map<string, AuthorPage<T>> {
	const hit = cache.get(articles);
	if (hit) return hit as Map<string, AuthorPage<T>>;
	const index = buildIndex(articles);
	cache.set(articles, index as Map<string, AuthorPage<ArticleLike>>);
	return index;
}

function buildIndex<T extends ArticleLike>(articles: T[]): Map<string, AuthorPage<T>> {
	const byName = new Map<string, { articles: Set<T>; photos: number }>();
	for (const article of articles) {
		for (const { name, photographer } of peopleOf(article)) {
			const entry = byName.get(name) ?? { articles: new Set<T>(), photos: 0 };
			entry.articles.add(article);
			if (photographer) entry.photos++;
			byName.set(name, entry);
		}
	}
	const slugs = uniqueSlugs(byName.keys());
	return new Map(
		[...byName].map(([name, { articles: list, photos }]) => [name, { name, slug: slugs.get(name)!, articles: sortArticles([...list]), photos }]),
	);
}

export interface BylinePart {
	text: string;
	/** Set when the text is a person's name with a page. */
	href?: string | undefined;
}

/** Byline text cut so each named person can link to their page; joined, the parts give the text back. */
export function linkNames(text: string, hrefOf: (name: string) => string | undefined, names: string[]): BylinePart[] {
	// Longest first, so that at one place 王小明 wins over 王小. A scan, not a RegExp: a big archive
	// has as many name lists as bylines, and compiling (and keeping) one pattern each cost more.
	const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
	const parts: BylinePart[] = [];
	let last = 0;
	for (;;) {
		let at = -1;
		let name = '';
		for (const candidate of sorted) {
			const i = text.indexOf(candidate, last);
			if (i >= 0 && (at < 0 || i < at)) [at, name] = [i, candidate];
		}
		if (at < 0) break;
		if (at > last) parts.push({ text: text.slice(last, at) });
		parts.push({ text: name, href: hrefOf(name) });
		last = at + name.length;
	}
	if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last) });
	return parts;
}
