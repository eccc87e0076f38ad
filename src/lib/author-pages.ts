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

/** The pattern of a byline's names, longest first; a build asks for the same bylines' patterns on every page that lists the piece. */
const patterns = new Map<string, RegExp | undefined>();

function namesPattern(names: string[]): RegExp | undefined {
	const key = names.join('\0');
	if (patterns.has(key)) return patterns.get(key);
	const sorted = [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length);
	const pattern = sorted.length ? new RegExp(sorted.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu') : undefined;
	patterns.set(key, pattern);
	return pattern;
}

/** Byline text cut so each named person can link to their page; joined, the parts give the text back. */
export function linkNames(text: string, hrefOf: (name: string) => string | undefined, names: string[]): BylinePart[] {
	const pattern = namesPattern(names);
	if (!pattern) return [{ text }];
	const parts: BylinePart[] = [];
	let last = 0;
	for (const m of text.matchAll(pattern)) {
		if (m.index > last) parts.push({ text: text.slice(last, m.index) });
		parts.push({ text: m[0], href: hrefOf(m[0]) });
		last = m.index + m[0].length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
