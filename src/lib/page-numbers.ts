/**
 * Numbered pagination as news sites print it: first, last, the pages around the current one,
 * and a gap (…) where pages are left out. `[1, '…', 4, 5, 6, '…', 20]` for page 5 of 20.
 */
export type PageItem = number | 'gap';

export function pageNumbers(current: number, total: number, around = 1): PageItem[] {
	if (total <= 1) return total === 1 ? [1] : [];
	const shown = new Set<number>([1, total]);
	for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
	// A gap of one page is shown as that page: 1 2 3 rather than 1 … 3.
	const sorted = [...shown].sort((a, b) => a - b);
	const out: PageItem[] = [];
	for (const n of sorted) {
		const prev = out.at(-1);
		if (typeof prev === 'number' && n - prev === 2) out.push(prev + 1);
		else if (typeof prev === 'number' && n - prev > 2) out.push('gap');
		out.push(n);
	}
	return out;
}
