/**
 * Article tools in the browser: remembers the reader's 字号 (the radio buttons work without
 * script through CSS :has(); this only keeps the choice from page to page), copies the link,
 * prints. Controls that need script carry `hidden` in the HTML and are shown here, so a reader
 * without JavaScript never meets a button that does nothing.
 */
const KEY = 'gongyun:font-size';

function remembered(): string | null {
	try {
		return localStorage.getItem(KEY);
	} catch {
		return null; // storage blocked (private mode, settings): the default size stays
	}
}

function remember(value: string) {
	try {
		localStorage.setItem(KEY, value);
	} catch {
		/* not persisted; the choice still applies on this page */
	}
}

function fontSize(root: ParentNode) {
	const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-font-size]')];
	const saved = remembered();
	for (const input of inputs) {
		if (saved && input.value === saved) input.checked = true;
		input.addEventListener('change', () => input.checked && remember(input.value));
	}
}

async function copy(text: string, fallback: HTMLInputElement | null): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// Older WebViews: select the visible link so the reader can copy it by hand.
		if (fallback) {
			fallback.focus();
			fallback.select();
		}
		return false;
	}
}

function share(root: ParentNode) {
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy-link]')) {
		const box = button.closest('[data-share]');
		const field = box?.querySelector<HTMLInputElement>('input[data-share-url]') ?? null;
		const status = box?.querySelector<HTMLElement>('[data-copy-status]');
		button.addEventListener('click', async () => {
			const ok = await copy(button.dataset.copyLink!, field);
			if (status) status.textContent = ok ? (button.dataset.copied ?? '') : (button.dataset.copyFailed ?? '');
		});
	}
	for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
		button.addEventListener('click', () => window.print());
	}
	for (const el of root.querySelectorAll<HTMLElement>('[data-needs-script]')) el.hidden = false;
}

fontSize(document);
share(document);
