/**
 * The search UI in the browser, loaded only when a reader opens search (loader.ts imports it;
 * the search integration bundles it into `pagefind/gongyun/ui.js`).
 *
 * It is Pagefind's own Component UI (`pagefind-component-ui.js`; its stylesheet pruned to the
 * components we use, in the `pagefind` cascade layer: `pagefind/gongyun/ui.css`), given our
 * translations (strings.ts → `data-translations`), our result template (kicker, headline, date,
 * place, genre, highlighted excerpt) and our bundle: `pagefind/gongyun/pagefind.js`, which runs
 * every query through the Chinese query processing before Pagefind (src/lib/search/engine.ts).
 *
 * Two places use it: the header dialog on every page (`mountDialog`) and the search page
 * (`mountPage`), where the query and the filters live in the URL so a search can be shared.
 */
import { formatChineseDate } from '../../lib/dates.ts';
import type { QueryPlan } from '../../lib/search/query.ts';
import { readState, writeState, type SortMode } from '../../lib/search/state.ts';
import { yearSpan, type SearchShard } from '../../lib/search/shards.ts';
import { polishExcerpt } from '../../lib/zh/excerpt.ts';

interface PagefindInstance {
	searchTerm: string;
	searchFilters: Record<string, string[]>;
	searchResult: { results?: unknown[] };
	on(event: string, callback: (...args: never[]) => void, owner?: unknown): void;
	triggerSearch(term: string): void;
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
	triggerLoad(): Promise<void>;
	setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
	configureInstance(name: string, options: Record<string, unknown>): PagefindInstance;
}

interface Wrapper {
	setDefaultSort(sort: Record<string, 'asc' | 'desc'> | undefined): void;
	explain(input: string): QueryPlan;
	enableFilters(): Promise<void>;
	coverage(): { searched: SearchShard[]; older: SearchShard | undefined; total: number };
	searchOlder(): void;
}

interface ResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text, to tell whether the excerpt starts or ends where it does. */
	content?: string;
	meta: Record<string, string | undefined>;
}

export interface SearchContext {
	instance: PagefindInstance;
	wrapper: Wrapper;
	base: string;
}

let loading: Promise<SearchContext> | undefined;

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`could not load ${src}`));
		document.head.append(script);
	});
}

function loadStylesheet(href: string) {
	if (document.querySelector(`link[href="${href}"]`)) return;
	const link = document.createElement('link');
	link.rel = 'stylesheet';
	link.href = href;
	// After the site's stylesheet, which declares the cascade layers first (src/styles/index.css):
	// Pagefind's rules are in the `pagefind` layer, below the site's components.
	document.head.append(link);
}

/**
 * Loads Pagefind's Component UI once and points its default instance at our bundle.
 * `root` carries `data-pagefind` (the bundle folder under the site's base), `data-base` and
 * `data-translations` (JSON).
 */
export function loadSearch(root: HTMLElement): Promise<SearchContext> {
	loading ??= (async () => {
		const pagefindDir = root.dataset.pagefind!;
		const base = root.dataset.base ?? '/';
		const bundlePath = `${pagefindDir}gongyun/`;
		// Pagefind's Component UI stylesheet, pruned and layered by the search integration (css.ts).
		loadStylesheet(`${bundlePath}ui.css`);
		const [wrapper] = await Promise.all([
			import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<Wrapper>,
			loadScript(`${pagefindDir}pagefind-component-ui.js`),
		]);
		const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
		// Before any element connects: the instance takes its options when it is created.
		const instance = components.configureInstance('default', {
			bundlePath,
			baseUrl: base,
			// One file less to fetch; a few hundred pages search in milliseconds on the main thread.
			noWorker: true,
			excerptLength: 40,
		});
		instance.setTranslations(JSON.parse(root.dataset.translations ?? '{}'));
		return { instance, wrapper, base };
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
	node.className = className;
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

/**
 * Pagefind's filter buttons have role=combobox, whose name cannot come from their text, and are
 * only given an (English) aria-label once something is selected: name them by their label and
 * the count of selected values instead.
 */
export function nameFilterButtons(container: ParentNode): void {
	for (const trigger of container.querySelectorAll<HTMLElement>('pagefind-filter-dropdown .pf-dropdown-trigger')) {
		const parts = ['.pf-dropdown-trigger-label', '.pf-dropdown-selected-badge'].map((selector) => trigger.querySelector<HTMLElement>(selector));
		const ids = parts.filter((part): part is HTMLElement => part !== null).map((part, i) => (part.id ||= `${trigger.id || 'gy-filter'}-name-${i}`));
		if (ids.length) trigger.setAttribute('aria-labelledby', ids.join(' '));
	}
}

function applySort(context: SearchContext, mode: SortMode) {
	context.wrapper.setDefaultSort(mode === 'newest' ? { date: 'desc' } : undefined);
}

/**
 * Keyboard and screen reader users continue at the first new result after 「显示更多」. Pagefind
 * shows a placeholder until the result scrolls into view and its data arrives: wait for it.
 */
function focusResult(results: HTMLElement | null, index: number) {
	const item = () => results?.querySelector<HTMLElement>(`[data-pf-result-index="${index}"]`);
	item()?.scrollIntoView({ block: 'nearest' });
	let tries = 0;
	const attempt = () => {
		const link = item()?.querySelector<HTMLAnchorElement>('a');
		if (link) link.focus();
		else if (tries++ < 60) setTimeout(attempt, 50);
	};
	requestAnimationFrame(attempt);
}

/** Results shown at first and added by 「显示更多」: thousands of rows at once take seconds to lay out. */
export const RESULTS_PAGE = 30;

/**
 * Wires a search panel (cloned from SiteSearch's template or rendered by the search page):
 * result template, sort switch, the "searched for 紫阳县" hint, and the link to the search page.
 */
function wire(panel: ParentNode, context: SearchContext, onChange?: () => void) {
	const { instance, wrapper } = context;
	const results = panel.querySelector('pagefind-results') as (HTMLElement & { resultTemplate?: unknown }) | null;
	if (results) results.resultTemplate = (data: ResultData) => renderResult(data);

	// 「显示更多」: raise Pagefind's max-results and run the same search again (its chunks are cached).
	const more = panel.querySelector<HTMLButtonElement>('button[data-search-more]');
	let limit = RESULTS_PAGE;
	let expanding = false;
	const setLimit = (n: number) => {
		limit = n;
		if (results?.getAttribute('max-results') !== String(n)) results?.setAttribute('max-results', String(n));
	};
	setLimit(RESULTS_PAGE);
	more?.addEventListener('click', () => {
		expanding = true;
		setLimit(limit + RESULTS_PAGE);
		instance.triggerSearch(instance.searchTerm);
	});
	const empty = panel.querySelector<HTMLElement>('[data-search-empty]');
	// A big archive is searched newest year first: say which years, offer the next older one.
	const scope = panel.querySelector<HTMLElement>('[data-search-scope]');
	const older = scope?.querySelector<HTMLButtonElement>('button[data-search-older]');
	const showScope = () => {
		if (!scope || !older) return;
		const { searched, older: next } = wrapper.coverage();
		scope.hidden = !next || !instance.searchTerm;
		if (scope.hidden || !next) return;
		const line = scope.querySelector<HTMLElement>('[data-template]')!;
		line.textContent = line.dataset.template!.replace('[YEARS]', yearSpan(searched));
		older.textContent = older.dataset.template!.replace('[YEAR]', next.year);
	};
	older?.addEventListener('click', () => {
		wrapper.searchOlder();
		instance.triggerSearch(instance.searchTerm);
	});
	instance.on(
		'results',
		((response: { results?: unknown[] }) => {
			showScope();
			const total = response.results?.length ?? 0;
			// Suggestions before a query and when it finds nothing; out of the way when it does.
			if (empty) empty.hidden = total > 0 && Boolean(instance.searchTerm);
			if (more) {
				more.hidden = total <= limit;
				more.textContent = (more.dataset.template ?? '[COUNT]').replace('[COUNT]', String(total - limit));
			}
			if (expanding) {
				expanding = false;
				focusResult(results, limit - RESULTS_PAGE);
			}
		}) as never,
		more ?? panel,
	);

	// Filters load when the reader opens them (see enableFilters in pagefind-entry.ts).
	const details = panel.querySelector<HTMLDetailsElement>('details.gy-filters');
	const enable = async () => {
		await wrapper.enableFilters();
		instance.triggerSearch(instance.searchTerm);
	};
	if (details?.open) void enable();
	else details?.addEventListener('toggle', () => details.open && void enable(), { once: true });
	const sort = panel.querySelector<HTMLSelectElement>('select[data-search-sort]');
	sort?.addEventListener('change', () => {
		applySort(context, sort.value as SortMode);
		if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
		onChange?.();
	});
	nameFilterButtons(panel);
	instance.on('filters', () => nameFilterButtons(panel), panel);
	const hint = panel.querySelector<HTMLElement>('[data-search-hint]');
	const share = panel.querySelector<HTMLAnchorElement>('a[data-search-share]');
	instance.on('search', ((term: string, filters: Record<string, string[]>) => {
		if (!expanding) setLimit(RESULTS_PAGE);
		if (hint) {
			const plan = term ? wrapper.explain(term) : undefined;
			const shown = plan && (plan.places.length > 0 || plan.converted);
			hint.hidden = !shown;
			if (shown) hint.textContent = (hint.dataset.template ?? '[TERM]').replace('[TERM]', plan.term);
		}
		if (share) {
			share.href = share.dataset.href! + writeState({ q: term, filters: filters ?? {}, sort: (sort?.value as SortMode) ?? 'relevance' });
			share.hidden = !term;
		}
		onChange?.();
	}) as never, panel);
}

interface ModalElement extends HTMLElement {
	open(): void;
	close(): void;
	isOpen: boolean;
}

/**
 * A copy of a template's content whose custom elements are not upgraded yet: inserted into the
 * page, they upgrade parent first, as parsed HTML does (pagefind-modal moves its children into
 * its dialog before they render; upgraded children would render twice).
 */
function inertCopy(template: HTMLTemplateElement): DocumentFragment {
	return template.content.cloneNode(true) as DocumentFragment;
}

/** The header search: a Pagefind modal built from SiteSearch's template on first open. */
export async function mountDialog(root: HTMLElement): Promise<{ open(): void }> {
	const context = await loadSearch(root);
	const template = root.querySelector<HTMLTemplateElement>('template[data-search-dialog]')!;
	const host = document.createElement('div');
	host.className = 'gy-search-host';
	host.append(inertCopy(template));
	document.body.append(host);
	const modal = host.querySelector('pagefind-modal') as ModalElement;
	wire(host, context);
	const opener = root.querySelector<HTMLElement>('[data-search-open]');
	return {
		open() {
			// Opened with / or Ctrl+K, focus was on <body>: give it back to the search button instead.
			const from = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : opener;
			const giveBack = () => requestAnimationFrame(() => !modal.querySelector('dialog[open]') && (from?.isConnected ? from : opener)?.focus());
			// Pagefind counts the modal as closed only when the dialog's `close` event arrives, a
			// task after Escape closed it; a shortcut pressed in between would be ignored.
			const dialog = modal.querySelector('dialog');
			if (modal.isOpen && dialog && !dialog.open) dialog.addEventListener('close', () => modal.open(), { once: true });
			else modal.open();
			modal.querySelector('dialog')?.addEventListener('close', giveBack, { once: true });
		},
	};
}

/** The search page: the panel is in the page; the URL holds the query, filters and sort. */
export async function mountPage(root: HTMLElement, panel: HTMLElement): Promise<void> {
	const context = await loadSearch(root);
	const { instance } = context;
	const state = readState(location.search);
	const template = panel.querySelector<HTMLTemplateElement>('template[data-search-panel]')!;
	template.replaceWith(inertCopy(template));
	const sort = panel.querySelector<HTMLSelectElement>('select[data-search-sort]');
	if (sort) sort.value = state.sort;
	applySort(context, state.sort);
	const baseTitle = document.title;
	const titleTemplate = panel.dataset.titleTemplate ?? '[TERM]';
	wire(panel, context, () => {
		const url = writeState({ q: instance.searchTerm, filters: instance.searchFilters ?? {}, sort: (sort?.value as SortMode) ?? 'relevance' });
		if (url !== location.search) history.replaceState(history.state, '', `${location.pathname}${url}`);
		// The query in the title: tabs, history and bookmarks say what was searched.
		document.title = instance.searchTerm ? `${titleTemplate.replace('[TERM]', instance.searchTerm)} - ${baseTitle}` : baseTitle;
	});
	if (state.q || Object.keys(state.filters).length) instance.triggerSearchWithFilters(state.q, state.filters);
	await instance.triggerLoad();
	if (!state.q) panel.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
}
