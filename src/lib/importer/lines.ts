/**
 * Line-level clean-up of a page exported by the layout system: the export keeps the column
 * width (every line is cut where the printed column ended), leaves stray spaces where the
 * layout justified a line, and marks paragraphs only loosely. These helpers undo that without
 * knowing anything about articles.
 */
import { CJK_PUNCT_CLASS } from '../zh/chars.ts';

/** One line of the export as read. */
export interface RawLine {
	/** 1-based line number in the file, for messages. */
	no: number;
	/** The text without leading and trailing whitespace; `''` for a blank line. */
	text: string;
	/** Whether the line began with whitespace: the remnant of a print indent or a frame start. */
	indented: boolean;
}

/** Spaces the layout system writes besides U+0020: ideographic, no-break, thin and the like. */
const LAYOUT_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Characters that occupy no room and mean nothing here (zero-width space, BOM). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function readLines(raw: string): RawLine[] {
	return raw
		.replace(INVISIBLE, '')
		.split(/\r\n?|\n/)
		.map((line, i) => {
			const spaced = line.replace(LAYOUT_SPACE, ' ');
			const text = spaced.trim();
			return { no: i + 1, text, indented: text !== '' && /^\s/.test(spaced) };
		});
}

/**
 * Width of a line in printed columns: a Chinese character or full-width mark is one column,
 * a digit or Latin letter half of one (they are set half-width), spaces nothing (the layout
 * stretches them to justify the line, so they say nothing about the column).
 */
export function displayWidth(text: string): number {
	let width = 0;
	for (const ch of text) {
		if (/\s/.test(ch)) continue;
		width += ch.codePointAt(0)! < 0x2000 ? 0.5 : 1;
	}
	return width;
}

/**
 * Whether a line ends a sentence: 。！？… possibly followed by closing quotes or brackets
 * (。” ！』 ……）). A line that does not is cut mid-sentence, whatever follows it.
 */
export function endsSentence(text: string): boolean {
	return /[。！？!?…][”’"'」』）)]*$/.test(text.trim());
}

/** Han characters, and the full-width punctuation set between them (，。“”（）《》…—·). */
const CJK_PUNCT = CJK_PUNCT_CLASS;
const WIDE = `[\\p{Script=Han}${CJK_PUNCT}]`;

/** A space with a Chinese character or mark on either side: layout, not meaning. */
const SPACE_BESIDE_WIDE = new RegExp(`\\s+(?=${WIDE})|(?<=${WIDE})\\s+`, 'gu');
/** A space between a character/mark and a digit or Latin letter (either order). */
const SPACE_BESIDE_NARROW = new RegExp(`(?<=${WIDE})\\s+(?=[0-9A-Za-z%])|(?<=[0-9A-Za-z%])\\s+(?=${WIDE})`, 'gu');
/** A space next to full-width punctuation. */
const SPACE_BESIDE_PUNCT = new RegExp(`\\s+(?=[${CJK_PUNCT}])|(?<=[${CJK_PUNCT}])\\s+`, 'gu');

/**
 * Body text: removes every space next to a Chinese character or mark (`为 46名` → `为46名`,
 * `2021 年 6 月` → `2021年6月`) and keeps one space between two Latin words or numbers
 * (`Windows 10`), the only place a space means something in Chinese running text.
 */
export function cleanBodyText(text: string): string {
	return text.replace(/\s+/g, ' ').replace(SPACE_BESIDE_WIDE, '').trim();
}

/**
 * Headline text: like body text, except that a space between two Chinese phrases is the
 * headline's own separator (走访慰问 为快递小哥送上关爱) and stays, as one space.
 */
export function cleanHeadlineText(text: string): string {
	return text.replace(/\s+/g, ' ').replace(SPACE_BESIDE_NARROW, '').replace(SPACE_BESIDE_PUNCT, '').trim();
}

/**
 * Rejoins lines the layout cut at the column edge. Chinese needs nothing between the pieces;
 * only a cut between two Latin letters stood for a space (a word break at the margin).
 */
export function joinLines(lines: readonly string[]): string {
	let out = '';
	for (const line of lines) {
		if (!line) continue;
		out += out && /[A-Za-z]$/.test(out) && /^[A-Za-z]/.test(line) ? ` ${line}` : line;
	}
	return out;
}

/**
 * The column width a run of lines was set in, or `undefined` if it cannot tell (one line).
 * The last line of a finished paragraph is usually short and the first may carry a print
 * indent, so both are left out when there are lines enough; the median resists a stray line
 * with many half-width digits.
 */
export function columnWidth(lines: readonly string[], options: { endsParagraph: boolean; startsParagraph: boolean }): number | undefined {
	let full = [...lines];
	if (options.endsParagraph) full = full.slice(0, -1);
	if (options.startsParagraph && full.length >= 2) full = full.slice(1);
	if (full.length === 0) return undefined;
	const widths = full.map(displayWidth).sort((a, b) => a - b);
	return widths[Math.floor((widths.length - 1) / 2)];
}

/** Whether two column widths differ enough to be different columns, not measuring noise. */
export function differentColumns(a: number | undefined, b: number | undefined): boolean {
	if (a === undefined || b === undefined) return false;
	const diff = Math.abs(a - b);
	return diff >= 3 && diff / Math.max(a, b) >= 0.15;
}
