/**
 * Every internal link goes through here, so the site works under any `base` (a sub-path such as
 * `/gongyun/`) and every URL ends in a slash, as static hosts serve `dir/index.html`.
 */
export function joinBase(base: string, path: string): string {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	const rest = path.replace(/^\/+/, '');
	const joined = `${prefix}${rest}`;
	// Directory-style URLs end in a slash; files (rss.xml, pagefind/…) keep their name.
	return /\.[a-z0-9]+$/i.test(rest) || joined.endsWith('/') || rest.includes('?') || rest.includes('#') ? joined : `${joined}/`;
}

/**
 * A site-internal URL under the configured base. Astro (Vite) sets `import.meta.env.BASE_URL`
 * during a build; plain Node (editor commands, unit tests) has no `import.meta.env`, so the root.
 */
export function url(path: string): string {
	return joinBase(import.meta.env?.BASE_URL ?? '/', path);
}

/** The absolute URL of a page (canonical link, Open Graph, JSON-LD): its path on the site's origin. */
export function absoluteUrl(path: string, site: URL | string): string {
	return new URL(path, site).href;
}

/** Route paths, in one place so pages and tests agree. */
export const routes = {
	home: () => '',
	article: (id: string) => `articles/${id}`,
	/** The article's share card (og:image), drawn at build time. */
	shareCard: (id: string) => `og/${id}.png`,
	counties: () => 'counties',
	county: (slug: string, page = 1) => (page > 1 ? `counties/${slug}/${page}` : `counties/${slug}`),
	cities: () => 'cities',
	city: (slug: string, page = 1) => (page > 1 ? `cities/${slug}/${page}` : `cities/${slug}`),
	authors: () => 'authors',
	author: (slug: string, page = 1) => (page > 1 ? `authors/${slug}/${page}` : `authors/${slug}`),
	tags: () => 'tags',
	tag: (slug: string, page = 1) => (page > 1 ? `tags/${slug}/${page}` : `tags/${slug}`),
	issues: () => 'issues',
	issue: (date: string) => `issues/${date}`,
	/** A printed page of an issue (第03版): the page view with its image and zones. */
	issuePage: (date: string, page: number) => `issues/${date}/${String(page).padStart(2, '0')}`,
	search: (query?: string) => (query ? `search/?q=${encodeURIComponent(query)}` : 'search'),
	rss: () => 'rss.xml',
};
