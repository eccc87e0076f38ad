/**
 * Astro's build log, as the build command shows it. Astro logs every page it makes in two
 * writes: `  ├─ /path/index.html` when it starts (no newline, after a timestamp) and ` (+12ms)`
 * (or ` (cached)`, ` (restored)`) when it is done; with pages made eight at a time the halves of
 * different pages interleave. On a 10,000-piece archive that is 34,000 writes, seconds of the
 * build, and a screen nobody reads: the command folds them into a count (`--verbose` shows them).
 */

const ANSI = /\x1b\[[0-9;]*m/g;

/** What one write of Astro's logger is: the start or end of a page's line, or anything else. */
export function astroWriteKind(chunk: string): 'page-start' | 'page-end' | 'other' {
	const text = chunk.replace(ANSI, '');
	if (!text.endsWith('\n') && /^[^├└\n]{0,24}[├└]─ \S/.test(text)) return 'page-start';
	if (/^ \((?:\+[\d.]+m?s|cached|restored)\)/.test(text)) return 'page-end';
	return 'other';
}
