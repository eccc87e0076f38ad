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
 * The configured base. Astro (Vite) replaces `import.meta.env.BASE_URL` during a build; in plain
 * Node (editor commands) the expression throws, and the base is the root. Written so that no
 * bare reference to Vite's env object is left in this file: Astro would then inline the value of
 * every environment variable whose name appears in it (`_`, the shell's last command, among
 * them), and the page code, and with it every page's cache key, would change from shell to shell.
 */
function configuredBase(): string {
	try {
		return import.meta.env.BASE_URL ?? '/';
	} catch {
		return '/';
	}
}

/** A site-internal URL under the configured base. */
export function url(path: string): string {
	return joinBase(configuredBase(), path);
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

/**
 * A route path however it is spelled (`/a/b/`, `/a/b`, `a/b`, percent-encoded, under the site's
 * `base` or not) as one key: `a/b` (the home page is `''`). The build's steps that meet Astro's
 * paths, request URLs and output files compare them by this.
 */
export function routeKey(path: string, base = '/'): string {
	let p = decodeURI(path);
	const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	if (root !== '/' && (p === root.slice(0, -1) || p.startsWith(root))) p = p.slice(root.length - 1);
	return p.replace(/^\/+|\/+$/g, '');
}
