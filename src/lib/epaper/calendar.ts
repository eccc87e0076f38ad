/**
 * The 往期 calendar: month grids (weeks from Monday, as Chinese calendars print them) for every
 * month that has an issue, newest first. Pure data; the page renders every month (works without
 * script) and the client script shows one at a time with a year/month switch.
 */

export interface CalendarDay {
	/** `YYYY-MM-DD`. */
	date: string;
	day: number;
	/** Whether an issue appeared that day. */
	issue: boolean;
}

export interface CalendarMonth {
	/** `YYYY-MM`, also the element id the switch targets. */
	id: string;
	year: number;
	month: number;
	/** Weeks of seven cells, Monday first; `null` pads the days of other months. */
	weeks: (CalendarDay | null)[][];
	issues: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthGrid(year: number, month: number, issueDates: ReadonlySet<string>): CalendarMonth {
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	// getUTCDay: 0 = Sunday; shift so Monday is column 0.
	const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
	const cells: (CalendarDay | null)[] = Array.from({ length: lead }, () => null);
	let issues = 0;
	for (let day = 1; day <= days; day++) {
		const date = `${year}-${pad(month)}-${pad(day)}`;
		const issue = issueDates.has(date);
		if (issue) issues++;
		cells.push({ date, day, issue });
	}
	while (cells.length % 7) cells.push(null);
	const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
	return { id: `${year}-${pad(month)}`, year, month, weeks, issues };
}

/** Every month with at least one issue, newest first. */
export function calendarMonths(issueDates: Iterable<string>): CalendarMonth[] {
	const dates = new Set(issueDates);
	const months = [...new Set([...dates].map((d) => d.slice(0, 7)))].sort().reverse();
	return months.map((ym) => monthGrid(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), dates));
}

/** Years with issues, newest first, each with its months that have issues (for the year/month switch). */
export function calendarYears(months: CalendarMonth[]): { year: number; months: number[] }[] {
	const byYear = Map.groupBy(months, (m) => m.year);
	return [...byYear].map(([year, list]) => ({ year, months: list.map((m) => m.month).sort((a, b) => a - b) }));
}

/** Previous and next in a list sorted newest first: `older` is the one after, `newer` the one before. */
export function around<T>(list: T[], index: number): { newer?: T; older?: T } {
	return index < 0 ? {} : { newer: list[index - 1], older: list[index + 1] };
}
