/**
 * 见报日期 are calendar dates in China time, kept as `YYYY-MM-DD` strings from frontmatter to
 * page, so that no build machine's time zone can move a story to the day before.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** `YYYY-MM-DD` if the string is a real calendar date, else `undefined`. */
export function parseIsoDate(text: string): string | undefined {
	const m = DATE_RE.exec(text.trim());
	if (!m) return undefined;
	const [, y, mo, d] = m.map(Number) as [number, number, number, number];
	const probe = new Date(Date.UTC(y, mo - 1, d));
	return probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d ? text.trim() : undefined;
}

/**
 * YAML turns an unquoted `2022-02-09` into a Date at UTC midnight, and `2022-02-09 20:00`
 * into an instant; either way the day in Beijing is the day the editor meant.
 */
export function dateToChinaDay(date: Date): string {
	return chinaDay.format(date);
}

/**
 * The build's "now": `SOURCE_DATE_EPOCH` (seconds; the reproducible-builds convention, which a
 * benchmark or a rebuild of an old archive sets) when it is a number, else the clock.
 */
export function buildTime(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): Date {
	const epoch = env.SOURCE_DATE_EPOCH?.trim();
	return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : clock();
}

/** An instant for feeds and sitemaps: midnight in Beijing of that day. */
export function chinaDayToInstant(day: string): Date {
	return new Date(`${day}T00:00:00+08:00`);
}

export function yearOf(day: string): string {
	return day.slice(0, 4);
}

/** 2022-02-09 → 2022年2月9日, as a Chinese newspaper prints its dates. */
export function formatChineseDate(day: string): string {
	const [y, m, d] = day.split('-');
	return `${y}年${Number(m)}月${Number(d)}日`;
}
