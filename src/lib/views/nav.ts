/** The site navigation in every page's header, with the section the reader is in marked. */
import { strings } from '../strings.ts';
import { routes, url } from '../urls.ts';

export interface NavItem {
	label: string;
	/** URL under the base. */
	href: string;
	/** The page is this section (or, for home, is the home page). */
	current: boolean;
}

const sections: [label: string, path: string][] = [
	[strings.nav.home, routes.home()],
	[strings.nav.issues, routes.issues()],
	[strings.nav.counties, routes.counties()],
	[strings.nav.cities, routes.cities()],
	[strings.nav.tags, routes.tags()],
];

/** `pathname`: the page's path as served, base included. */
export function navItems(pathname: string): NavItem[] {
	return sections.map(([label, path]) => {
		const href = url(path);
		return { label, href, current: path === '' ? pathname === href : pathname.startsWith(href) };
	});
}
