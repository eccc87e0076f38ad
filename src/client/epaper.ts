/**
 * Page view enhancement: pointing at or focusing a headline in 本版导读 lights up its zone on
 * the page image, and the other way round. Without script the zones still highlight by CSS
 * (:hover, :focus-visible, :target) and every zone and headline is a plain link.
 */
export function enhanceEpaper(root: ParentNode): void {
	for (const view of root.querySelectorAll<HTMLElement>('[data-epaper]')) {
		const zones = new Map([...view.querySelectorAll<SVGAElement>('[data-zone]')].map((z) => [z.dataset.zone!, z]));
		const links = new Map([...view.querySelectorAll<HTMLAnchorElement>('[data-zone-link]')].map((a) => [a.dataset.zoneLink!, a]));
		const set = (id: string, on: boolean) => {
			zones.get(id)?.classList.toggle('is-active', on);
			links.get(id)?.classList.toggle('is-active', on);
		};
		for (const [id, element] of [...zones, ...links]) {
			element.addEventListener('pointerenter', () => set(id, true));
			element.addEventListener('pointerleave', () => set(id, false));
			element.addEventListener('focus', () => set(id, true));
			element.addEventListener('blur', () => set(id, false));
		}
	}
}
