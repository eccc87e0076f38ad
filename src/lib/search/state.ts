/**
 * The search page's URL: `?q=…&county=紫阳县&sort=newest` ↔ query, filters and sort, so a
 * search can be shared. Pure; the search UI (src/client/search/ui.ts) reads and writes it.
 */

/** Filter keys the article pages carry (`data-pagefind-filter`). */
export const FILTER_KEYS = ['county', 'city', 'genre', 'year', 'tag'] as const;
export type SortMode = 'relevance' | 'newest';

export interface SearchState {
	q: string;
	filters: Record<string, string[]>;
	sort: SortMode;
}

export function readState(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length) filters[key] = values;
	}
	return { q: params.get('q') ?? '', filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

export function writeState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort === 'newest') params.set('sort', 'newest');
	const text = params.toString();
	return text ? `?${text}` : '';
}
