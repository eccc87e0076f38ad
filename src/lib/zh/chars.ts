/**
 * What counts as Chinese in a piece of text: Han characters and the full-width punctuation of
 * GB/T 15834 that goes with them. The copy lint, the importer, the search and the editor
 * commands all ask these questions; this is the one place the answers live.
 */

/** A Han character (any CJK ideograph block, extensions included). */
export const HAN = /\p{Script=Han}/u;

/**
 * Full-width punctuation of Chinese text as a regex character-class body (no brackets), so that
 * other patterns can embed it: CJK symbols and punctuation, full-width forms, and the marks
 * Chinese shares with Western text (“”‘’…—·).
 */
export const CJK_PUNCT_CLASS = String.raw`\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2026\u2014\u00b7`;

const CJK_PUNCT = new RegExp(`[${CJK_PUNCT_CLASS}]`, 'u');

/** Opening mark → its closing mark: brackets, book-title marks and quotes of Chinese text. */
export const BRACKET_PAIRS: Readonly<Record<string, string>> = { '（': '）', '《': '》', '〈': '〉', '“': '”', '‘': '’', '【': '】', '〔': '〕', '「': '」', '『': '』' };

/** Closing mark → its opening mark. */
export const CLOSING_TO_OPENING: ReadonlyMap<string, string> = new Map(Object.entries(BRACKET_PAIRS).map(([open, close]) => [close, open]));

const OPENERS = new Set(Object.keys(BRACKET_PAIRS));

/**
 * Characters a terminal draws two columns wide: Han, CJK punctuation and the full-width forms
 * (letters and signs included).
 */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u;

export function isHan(ch: string | undefined): boolean {
	return ch !== undefined && HAN.test(ch);
}

/** Whether a string contains at least one Han character. */
export function hasHan(text: string): boolean {
	return HAN.test(text);
}

export function isCjkPunct(ch: string | undefined): boolean {
	return ch !== undefined && CJK_PUNCT.test(ch);
}

/** Han or full-width punctuation: the characters of a Chinese sentence. */
export function isCjk(ch: string | undefined): boolean {
	return isHan(ch) || isCjkPunct(ch);
}

/** Openers never end a clause: `（,` is not “punctuation after Chinese”. */
export function isOpener(ch: string | undefined): boolean {
	return ch !== undefined && OPENERS.has(ch);
}

export function isCloser(ch: string | undefined): boolean {
	return ch !== undefined && CLOSING_TO_OPENING.has(ch);
}

/** Columns a string takes in a terminal: Chinese characters and full-width marks take two. */
export function terminalWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
	return width;
}
