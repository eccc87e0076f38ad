/**
 * The 往期 calendar with script: one month at a time (the newest, or the one in the URL's
 * `#YYYY-MM`), a year and a month select listing only months that have issues, and
 * 上个月/下个月 buttons stepping through those months. The page without script shows them all.
 */
export function enhanceCalendar(root: ParentNode): void {
	for (const calendar of root.querySelectorAll<HTMLElement>('[data-calendar]')) {
		const months = [...calendar.querySelectorAll<HTMLElement>('[data-month-id]')];
		const template = calendar.querySelector<HTMLTemplateElement>('template[data-calendar-switch]');
		if (!months.length || !template) continue;
		const ids = months.map((m) => m.dataset.monthId!);
		const bar = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
		template.replaceWith(bar);
		const year = bar.querySelector<HTMLSelectElement>('[data-year]')!;
		const month = bar.querySelector<HTMLSelectElement>('[data-month]')!;
		const [prev, next] = [...bar.querySelectorAll<HTMLButtonElement>('[data-step]')];
		// ids are newest first: “previous month” is further down the list.
		let current = Math.max(0, ids.indexOf(location.hash.slice(1)));

		const fillMonths = (y: string) => {
			month.replaceChildren(
				...ids
					.filter((id) => id.startsWith(`${y}-`))
					.reverse()
					.map((id) => new Option(`${Number(id.slice(5))}月`, id)),
			);
		};
		const show = (index: number, focusTarget?: HTMLElement) => {
			current = Math.min(ids.length - 1, Math.max(0, index));
			const id = ids[current]!;
			months.forEach((m, i) => m.classList.toggle('is-current', i === current));
			year.value = id.slice(0, 4);
			fillMonths(year.value);
			month.value = id;
			prev!.disabled = current === ids.length - 1;
			next!.disabled = current === 0;
			history.replaceState(null, '', `#${id}`);
			focusTarget?.focus();
		};
		year.addEventListener('change', () => show(ids.findIndex((id) => id.startsWith(`${year.value}-`)), year));
		month.addEventListener('change', () => show(ids.indexOf(month.value), month));
		prev!.addEventListener('click', () => show(current + 1));
		next!.addEventListener('click', () => show(current - 1));
		calendar.classList.add('is-enhanced');
		show(current);
	}
}
