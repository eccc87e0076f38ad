/**
 * Search on every page, as small as it can be: without it the header box is a plain link to
 * the search page. It makes a click, `/` or Ctrl/⌘-K open the search dialog, and on the search
 * page it starts the page's search. Everything else (`pagefind/gongyun/ui.js`, our bundle
 * `pagefind/gongyun/pagefind.js`, Pagefind's `pagefind.js`, the index, the dialog's markup from
 * the search page) loads only then, so pages cost no search code until a reader asks.
 *
 * SiteSearch.astro includes it as an external module (no inline script: the site's
 * Content-Security-Policy allows none). Its root element carries `data-ui`, the URL of the UI.
 */
type SearchUi = typeof import('./ui.ts');

function loadUi(root: HTMLElement): Promise<SearchUi> {
	const src = root.dataset.ui;
	if (!src) return Promise.reject(new Error('data-ui missing on [data-site-search]'));
	// The UI imports our bundle, which imports Pagefind's: fetch all three at once, not in turn.
	for (const file of ['gongyun/pagefind.js', 'pagefind.js']) {
		const href = `${root.dataset.pagefind ?? ''}${file}`;
		if (document.querySelector(`link[rel="modulepreload"][href="${href}"]`)) continue;
		const link = document.createElement('link');
		link.rel = 'modulepreload';
		link.href = href;
		document.head.append(link);
	}
	return import(/* @vite-ignore */ src) as Promise<SearchUi>;
}

/**
 * The dialog's template. Pages do not carry it (it was a quarter of every page); the search page
 * does (SearchDialog.astro), and is fetched with the search code rather than after it.
 */
async function dialogTemplate(searchPage: string): Promise<HTMLTemplateElement> {
	const response = await fetch(searchPage);
	if (!response.ok) throw new Error(`${searchPage}: HTTP ${response.status}`);
	const html = new DOMParser().parseFromString(await response.text(), 'text/html');
	const template = html.querySelector<HTMLTemplateElement>('template[data-search-dialog]');
	if (!template) throw new Error(`${searchPage}: no search dialog`);
	return template;
}

/** Typing in a field: `/` is a character there, not a shortcut. */
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function start(root: HTMLElement) {
	const link = root.querySelector<HTMLAnchorElement>('a[data-search-open]');
	const page = document.querySelector<HTMLElement>('[data-search-page]');
	if (!link) return;
	let dialog: Promise<{ open(): void }> | undefined;
	const open = () => {
		// On the search page the search box is already there.
		if (page) return page.querySelector('input')?.focus();
		dialog ??= Promise.all([loadUi(root), dialogTemplate(link.href)]).then(([ui, template]) => ui.mountDialog(root, template));
		dialog.then(
			(d) => d.open(),
			() => (location.href = link.href),
		);
	};
	if (!page) link.setAttribute('aria-haspopup', 'dialog');
	link.addEventListener('click', (e) => {
		if (e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
		e.preventDefault();
		open();
	});
	addEventListener('keydown', (e) => {
		const shortcut =
			((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') ||
			(e.key === '/' && !isTyping(e.target) && !e.ctrlKey && !e.metaKey && !e.altKey);
		if (!shortcut) return;
		e.preventDefault();
		open();
	});

	const panel = page?.querySelector<HTMLElement>('[data-search-panel]');
	if (panel) {
		loadUi(root)
			.then((ui) => ui.mountPage(root, panel))
			.catch(() => {
				const note = document.querySelector<HTMLElement>('[data-search-unavailable]');
				if (note) note.hidden = false;
			});
	}
}

const root = document.querySelector<HTMLElement>('[data-site-search]');
if (root) start(root);
