/**
 * The search UI in the browser, loaded only when a reader opens search (loader.ts imports it;
 * the search integration bundles it into `pagefind/gongyun/ui.js`).
 *
 * Our own, small, on Pagefind's JS API through our bundle `pagefind/gongyun/pagefind.js`
 * (pagefind-entry.ts: the Chinese query processing, the shards). Pagefind's Component UI did the
 * same job for 44 KiB (gzip, with its stylesheet) of a first search's 150; this is a few KiB,
 * and its styles are part of the site's stylesheet (src/styles/search.css). The markup is
 * SearchPanel.astro's (strings from strings.ts, passed as `data-strings`); this file only fills
 * it in: the count line, results (our template, renderResult), 「显示更多」, filters with counts
 * (loaded when 「筛选」 is opened), sort, the "searched for 紫阳县" hint, the scope line with
 * 「再查 2025 年的稿件」, the share link.
 *
 * Two places use it: the header dialog on every page (`mountDialog`, a native <dialog>) and the
 * search page (`mountPage`), where the query, the filters and the sort live in the URL.
 */
import { formatChineseDate } from '../../lib/dates.ts';
import { fill, filterOptions, statusLine, toggleFilter, type PanelStatus, type PanelStrings } from '../../lib/search/panel.ts';
import type { QueryPlan } from '../../lib/search/query.ts';
import { olderShard, searchedSpan, type SearchShard } from '../../lib/search/shards.ts';
import { readState, writeState, type SearchState, type SortMode } from '../../lib/search/state.ts';
import { polishExcerpt } from '../../lib/zh/excerpt.ts';

interface ResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text, to tell whether the excerpt starts or ends where it does. */
	content?: string;
	meta: Record<string, string | undefined>;
}

interface SearchResult {
	id: string;
	data(): Promise<ResultData>;
}

interface SearchResponse {
	results: SearchResult[];
	filters?: Record<string, Record<string, number>>;
}

type Filters = Record<string, string[]>;

/** One search instance of our bundle (pagefind-entry.ts `createInstance`). */
interface Instance {
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<SearchResponse | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
	coverage(): { searched: SearchShard[]; older: SearchShard | undefined; total: number };
	searchOlder(): void;
}

interface Wrapper {
	createInstance(options: Record<string, unknown>): Instance;
	explain(input: string): Promise<QueryPlan>;
	enableFilters(): Promise<void>;
}

export interface SearchContext {
	instance: Instance;
	wrapper: Wrapper;
}

let loading: Promise<SearchContext> | undefined;

/**
 * Loads our bundle once and makes the one search instance of the page. `root` carries
 * `data-pagefind` (the index folder under the site's base) and `data-base`.
 */
export function loadSearch(root: HTMLElement): Promise<SearchContext> {
	loading ??= (async () => {
		const wrapper = (await import(/* @vite-ignore */ `${root.dataset.pagefind!}gongyun/pagefind.js`)) as Wrapper;
		// No worker: one file less to fetch, and a shard searches in milliseconds on the main thread.
		const instance = wrapper.createInstance({ baseUrl: root.dataset.base ?? '/', noWorker: true, excerptLength: 40 });
		return { instance, wrapper };
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/**
 * Pagefind's excerpt is escaped text with <mark> around the matches. It is parsed in an inert
 * document and rebuilt from text and <mark> only, so that even an unescaped excerpt could not
 * bring markup (or a handler) into the page.
 */
function excerptNodes(html: string): Node[] {
	const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
	return [...parsed.body.childNodes].map((node) => (node.nodeName === 'MARK' ? el('mark', '', node.textContent ?? '') : document.createTextNode(node.textContent ?? '')));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text) node.textContent = text;
	return node;
}

/** One result: kicker and headline as the link, then date · place · genre, then the excerpt. */
export function renderResult(data: ResultData): HTMLElement {
	const item = el('li', 'gy-result');
	const link = el('a', 'gy-result-link');
	link.href = data.meta.url ?? data.url;
	if (data.meta.kicker) link.append(el('span', 'gy-result-kicker', data.meta.kicker));
	link.append(el('span', 'gy-result-title', data.meta.title ?? data.url));
	item.append(link);
	const facts = el('p', 'gy-result-meta');
	const date = data.meta.date;
	if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
		const time = el('time', '', formatChineseDate(date));
		time.dateTime = date;
		facts.append(time);
	}
	// 消息 is what most pieces are: only the other genres are named (strings.article.showGenre).
	for (const fact of [data.meta.place, data.meta.genre === '消息' ? undefined : data.meta.genre]) if (fact) facts.append(el('span', '', fact));
	if (facts.childNodes.length) item.append(facts);
	if (data.meta.image) {
		const img = el('img', 'gy-result-image');
		img.src = data.meta.image;
		img.alt = data.meta.image_alt ?? '';
		img.loading = 'lazy';
		item.prepend(img);
	}
	if (data.excerpt) {
		const excerpt = el('p', 'gy-result-excerpt');
		// Cut like a Chinese excerpt: no stray closing mark or byline scrap at the start, no opening
		// mark at the end, “……” where the text goes on (src/lib/zh/excerpt.ts).
		const plain = data.excerpt.replace(/<[^>]+>/g, '').trim();
		const content = (data.content ?? '').trim();
		excerpt.append(...excerptNodes(polishExcerpt(data.excerpt, !content || content.startsWith(plain.slice(0, 12)), !content || content.endsWith(plain.slice(-12)))));
		item.append(excerpt);
	}
	return item;
}

/** A result whose text has not arrived: our layout (headline, date line, excerpt) in grey. */
function placeholder(): HTMLLIElement {
	const item = el('li', 'gy-result gy-result-placeholder');
	item.setAttribute('aria-hidden', 'true');
	for (const kind of ['gy-skeleton gy-skeleton-title', 'gy-skeleton gy-skeleton-meta', 'gy-skeleton', 'gy-skeleton']) item.append(el('span', kind));
	return item;
}

/** Results shown at first and added by 「显示更多」: thousands of rows at once take seconds to lay out. */
export const RESULTS_PAGE = 30;
/** Typing pauses this long before a search starts (a query per keystroke would fetch index chunks for each). */
const TYPING_MS = 150;

/** A filter's list of values, built once (its order stays; see filterOptions). */
interface FilterList {
	key: string;
	details: HTMLDetailsElement;
	badge: HTMLElement | null;
	rows: Map<string, { label: HTMLLabelElement; box: HTMLInputElement; count: HTMLElement }>;
}

/**
 * Brings a search panel (SearchPanel.astro's markup) to life. `state` is where it starts;
 * `onChange` hears every search's state (the search page writes it into the URL).
 */
function wire(panel: HTMLElement, context: SearchContext, state: SearchState, onChange?: (state: SearchState) => void) {
	const { instance, wrapper } = context;
	const ui = panel.querySelector<HTMLElement>('[data-search-ui]')!;
	const t = JSON.parse(ui.dataset.strings ?? '{}') as PanelStrings;
	// `data-page-size` lets a test page through a small site.
	const pageSize = Number(ui.dataset.pageSize) || RESULTS_PAGE;
	const $ = <E extends Element>(selector: string) => ui.querySelector<E>(selector);
	const form = $<HTMLFormElement>('form[data-search-form]')!;
	const input = $<HTMLInputElement>('input[data-search-input]')!;
	const sort = $<HTMLSelectElement>('select[data-search-sort]');
	const status = $<HTMLElement>('[data-search-status]')!;
	const list = $<HTMLOListElement>('[data-search-results]')!;
	const more = $<HTMLButtonElement>('button[data-search-more]');
	const empty = $<HTMLElement>('[data-search-empty]');
	const hint = $<HTMLElement>('[data-search-hint]');
	const scope = $<HTMLElement>('[data-search-scope]');
	const older = $<HTMLButtonElement>('button[data-search-older]');
	const share = $<HTMLAnchorElement>('a[data-search-share]');
	const filtersBox = $<HTMLDetailsElement>('details[data-search-filters]');

	input.value = state.q;
	if (sort) sort.value = state.sort;
	let filters: Filters = state.filters;
	let response: SearchResponse | null = null;
	let searchedTerm = '';
	let shown = 0;
	let seq = 0;
	/** Rows by index, with their text loading or loaded. */
	let rows = new Map<number, Promise<HTMLElement>>();

	const current = (): SearchState => ({ q: input.value.trim(), filters, sort: (sort?.value as SortMode) ?? 'relevance' });

	// Rows fill in as they come into view (their text is a fragment download each).
	const scroller = panel.closest('dialog');
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting) continue;
				observer.unobserve(entry.target);
				void row(Number((entry.target as HTMLElement).dataset.index));
			}
		},
		{ root: scroller, rootMargin: '120px 0px' },
	);

	function row(index: number): Promise<HTMLElement> {
		let made = rows.get(index);
		if (made) return made;
		const mine = rows;
		const result = response?.results[index];
		made = (async () => {
			const slot = list.querySelector<HTMLElement>(`[data-index="${index}"]`);
			if (!result || !slot) return slot ?? list;
			const item = renderResult(await result.data());
			item.dataset.index = String(index);
			if (mine === rows && slot.isConnected) slot.replaceWith(item);
			return item;
		})();
		rows.set(index, made);
		return made;
	}

	function showRows(upTo: number) {
		const results = response?.results ?? [];
		const end = Math.min(upTo, results.length);
		for (let i = shown; i < end; i++) {
			const slot = placeholder();
			slot.dataset.index = String(i);
			list.append(slot);
			observer.observe(slot);
		}
		shown = Math.max(shown, end);
		if (more) {
			more.hidden = results.length <= shown;
			more.textContent = fill(t.more, { COUNT: results.length - shown });
		}
	}

	function setStatus(next: PanelStatus) {
		status.textContent = statusLine(t, next);
	}

	function showScope() {
		if (!scope || !older) return;
		const { searched, older: next } = instance.coverage();
		scope.hidden = !next || !searchedTerm;
		if (scope.hidden || !next) return;
		const line = scope.querySelector<HTMLElement>('[data-scope-line]')!;
		line.textContent = fill(t.scope, { YEARS: searchedSpan(searched, next) });
		const { year, partly } = olderShard(searched, next);
		older.textContent = fill(partly ? t.olderRest : t.older, { YEAR: year });
	}

	async function run() {
		const id = ++seq;
		const now = current();
		onChange?.(now);
		if (share) {
			share.href = share.dataset.href! + writeState(now);
			share.hidden = !now.q;
		}
		if (!now.q) {
			response = null;
			searchedTerm = '';
			clearResults();
			setStatus({ kind: 'idle' });
			if (empty) empty.hidden = false;
			if (hint) hint.hidden = true;
			showScope();
			updateFilters();
			return;
		}
		setStatus({ kind: 'searching', term: now.q });
		let found: SearchResponse | null;
		try {
			found = await instance.search(now.q, { filters, sort: now.sort === 'newest' ? { date: 'desc' } : undefined });
		} catch {
			if (id === seq) setStatus({ kind: 'error' });
			return;
		}
		if (id !== seq || !found) return;
		response = found;
		searchedTerm = now.q;
		clearResults();
		showRows(pageSize);
		setStatus({ kind: 'done', term: now.q, count: found.results.length });
		// Suggestions before a query and when it finds nothing; out of the way when it does.
		if (empty) empty.hidden = found.results.length > 0;
		showScope();
		updateFilters();
		if (hint) {
			const plan = await wrapper.explain(now.q);
			if (id !== seq) return;
			hint.hidden = !(plan.places.length > 0 || plan.converted);
			hint.textContent = fill(t.rewritten, { TERM: plan.term });
		}
	}

	function clearResults() {
		observer.disconnect();
		rows = new Map();
		shown = 0;
		list.replaceChildren();
		if (more) more.hidden = true;
	}

	let typing: ReturnType<typeof setTimeout> | undefined;
	const later = () => {
		clearTimeout(typing);
		typing = setTimeout(run, TYPING_MS);
	};
	// Pinyin being composed in an input method is not the query yet: search when it is committed.
	input.addEventListener('input', (e) => !(e as InputEvent).isComposing && later());
	input.addEventListener('compositionend', later);
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		clearTimeout(typing);
		void run();
	});
	sort?.addEventListener('change', () => void run());
	older?.addEventListener('click', () => {
		instance.searchOlder();
		void run();
	});
	// 「显示更多」: the next page of rows; keyboard and screen reader users continue at the first new one.
	more?.addEventListener('click', async () => {
		const first = shown;
		showRows(shown + pageSize);
		const item = await row(first);
		item.querySelector<HTMLAnchorElement>('a')?.focus();
	});

	/* ---------- filters: loaded when 「筛选」 is opened ---------- */

	const lists: FilterList[] = [...ui.querySelectorAll<HTMLDetailsElement>('details[data-filter]')].map((details) => ({
		key: details.dataset.filter!,
		details,
		badge: details.querySelector<HTMLElement>('[data-filter-badge]'),
		rows: new Map(),
	}));
	let totals: Record<string, Record<string, number>> | undefined;

	function buildLists() {
		for (const filter of lists) {
			const box = filter.details.querySelector<HTMLElement>('[data-filter-options]')!;
			const values = filterOptions(filter.key, totals?.[filter.key] ?? {}, undefined, filters[filter.key] ?? []);
			// A filter with nothing to choose (no piece has a tag, say) is not offered.
			filter.details.hidden = values.length === 0;
			box.querySelector('[data-filter-loading]')?.remove();
			for (const { value } of values) {
				const label = el('label', 'gy-filter-option');
				const check = el('input', '');
				check.type = 'checkbox';
				check.name = filter.key;
				check.value = value;
				check.addEventListener('change', () => {
					filters = toggleFilter(filters, filter.key, value, check.checked);
					void run();
				});
				const count = el('span', 'gy-filter-count');
				const text = el('span', '', value);
				text.append(count);
				label.append(check, text);
				box.append(label);
				filter.rows.set(value, { label, box: check, count });
			}
		}
	}

	function updateFilters() {
		for (const filter of lists) {
			const selected = filters[filter.key] ?? [];
			if (filter.badge) {
				filter.badge.hidden = selected.length === 0;
				filter.badge.textContent = fill(t.filterSelected, { COUNT: selected.length });
			}
			if (!totals) continue;
			const counts = searchedTerm ? (response?.filters?.[filter.key] ?? {}) : undefined;
			for (const option of filterOptions(filter.key, totals[filter.key] ?? {}, counts, selected, instance.coverage().searched)) {
				const r = filter.rows.get(option.value);
				if (!r) continue;
				r.box.checked = option.selected;
				r.label.hidden = option.hidden;
				r.count.textContent = option.count === undefined ? '' : fill(t.filterCount, { COUNT: option.count });
			}
		}
	}

	const openFilters = async () => {
		await wrapper.enableFilters();
		totals = await instance.filters();
		buildLists();
		// Again, now with every filter's counts for this query.
		await run();
	};
	if (filtersBox?.open) void openFilters();
	else filtersBox?.addEventListener('toggle', () => filtersBox.open && void openFilters(), { once: true });

	return { run, input, list };
}

/** ↑/↓ between the box and the results' links, as in a list of suggestions. */
function arrowKeys(dialog: HTMLElement, input: HTMLInputElement, list: HTMLElement) {
	dialog.addEventListener('keydown', (e) => {
		if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
		const target = e.target as HTMLElement;
		const links = [...list.querySelectorAll<HTMLAnchorElement>('a.gy-result-link')];
		const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
		if (at < -1 || (target !== input && at < 0)) return;
		const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
		if (next >= links.length) return;
		e.preventDefault();
		(next < 0 ? input : links[next]!).focus();
	});
}

/** The header search: a native <dialog> made on first open from SearchDialog's template (the loader fetched it from the search page). */
export async function mountDialog(root: HTMLElement, template: HTMLTemplateElement): Promise<{ open(): void }> {
	const context = await loadSearch(root);
	const dialog = document.importNode(template.content, true).querySelector('dialog')!;
	document.body.append(dialog);
	const { input, list } = wire(dialog, context, { q: '', filters: {}, sort: 'relevance' });
	arrowKeys(dialog, input, list);
	const opener = root.querySelector<HTMLElement>('[data-search-open]');
	let from: HTMLElement | null = opener;
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog's content, which fills it) closes it.
	dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
	// Esc closes even when the box has text (a search box would take the first Esc to clear it).
	dialog.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape') return;
		e.preventDefault();
		dialog.close();
	});
	dialog.addEventListener('close', () => (from?.isConnected ? from : opener)?.focus());
	return {
		open() {
			// Opened with / or Ctrl+K, focus was on <body>: give it back to the search button instead.
			const active = document.activeElement;
			from = active instanceof HTMLElement && active !== document.body ? active : opener;
			if (!dialog.open) dialog.showModal();
			input.focus();
			// Pagefind's program and the newest shard's index load while the reader types.
			void context.instance.init().catch(() => undefined);
		},
	};
}

/** The search page: the panel is in the page; the URL holds the query, filters and sort. */
export async function mountPage(root: HTMLElement, panel: HTMLElement): Promise<void> {
	const context = await loadSearch(root);
	const state = readState(location.search);
	const template = panel.querySelector<HTMLTemplateElement>('template[data-search-panel]')!;
	template.replaceWith(template.content.cloneNode(true));
	const baseTitle = document.title;
	const titleTemplate = panel.dataset.titleTemplate ?? '[TERM]';
	const { run, input } = wire(panel, context, state, (now) => {
		const url = writeState(now);
		if (url !== location.search) history.replaceState(history.state, '', `${location.pathname}${url}`);
		// The query in the title: tabs, history and bookmarks say what was searched.
		document.title = now.q ? `${fill(titleTemplate, { TERM: now.q })} - ${baseTitle}` : baseTitle;
	});
	await run();
	if (!state.q) input.focus();
}
