/**
 * What the search panel shows, decided without a DOM (src/client/search/ui.ts draws it): the
 * count line, and each filter's values with their counts. Pure; unit-tested.
 */
import type { SearchShard } from './shards.ts';

/** The reader-facing strings the panel needs (a part of strings.search, passed to the page as JSON). */
export interface PanelStrings {
	found: string;
	none: string;
	searching: string;
	error: string;
	loading: string;
	filterSelected: string;
	filterCount: string;
	rewritten: string;
	more: string;
	scope: string;
	older: string;
	olderRest: string;
}

/** `[KEY]` placeholders of a string template filled in (`找到 [COUNT] 篇` → `找到 3 篇`). */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\[([A-Z_]+)\]/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}

export type PanelStatus = { kind: 'idle' } | { kind: 'searching'; term: string } | { kind: 'done'; term: string; count: number } | { kind: 'error' };

/** The count line above the results (a live region: screen readers hear it). */
export function statusLine(strings: PanelStrings, status: PanelStatus): string {
	switch (status.kind) {
		case 'idle':
			return '';
		case 'searching':
			return fill(strings.searching, { TERM: status.term });
		case 'error':
			return strings.error;
		case 'done':
			return status.count ? fill(strings.found, { COUNT: status.count, TERM: status.term }) : fill(strings.none, { TERM: status.term });
	}
}

export interface FilterOption {
	value: string;
	/** Results of the current search with this value; undefined where it is not known (a year not searched yet). */
	count: number | undefined;
	selected: boolean;
	/** Nothing to find with it in this search: not offered (unless selected). */
	hidden: boolean;
}

/**
 * The values of one filter, in the order they are listed: years newest first, the others by
 * how many pieces of the archive carry them (then by value). The order follows the totals
 * only, so it stays put while the reader ticks values (moving a focused box would lose focus).
 *
 * `counts` are the current search's (Pagefind's `filters` of a response), or undefined before
 * a query. A year whose shard the search has not read yet has no count: it is still offered,
 * since choosing it is how a reader reaches it.
 */
export function filterOptions(
	key: string,
	totals: Record<string, number>,
	counts: Record<string, number> | undefined,
	selected: readonly string[],
	searched?: readonly SearchShard[],
): FilterOption[] {
	const values = [...new Set([...Object.keys(totals), ...selected])];
	values.sort(key === 'year' ? (a, b) => (a < b ? 1 : a > b ? -1 : 0) : (a, b) => (totals[b] ?? 0) - (totals[a] ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
	const searchedYears = key === 'year' && searched ? new Set(searched.map((s) => s.year)) : undefined;
	return values.map((value) => {
		const isSelected = selected.includes(value);
		if (!counts) return { value, count: totals[value], selected: isSelected, hidden: false };
		if (searchedYears && !searchedYears.has(value)) return { value, count: undefined, selected: isSelected, hidden: false };
		const count = counts[value] ?? 0;
		return { value, count, selected: isSelected, hidden: count === 0 && !isSelected };
	});
}

/** The filters with one value ticked or unticked; a filter left with no value goes. */
export function toggleFilter(filters: Record<string, string[]>, key: string, value: string, on: boolean): Record<string, string[]> {
	const current = filters[key] ?? [];
	const next = on ? (current.includes(value) ? current : [...current, value]) : current.filter((v) => v !== value);
	const out = { ...filters };
	if (next.length) out[key] = next;
	else delete out[key];
	return out;
}
