/**
 * Character classes the copy rules share. Chinese text here means Han characters and the
 * full-width punctuation that goes with them; the rules only ever look at a character's
 * immediate neighbours on the same line, so these small predicates are all they need.
 */

/**
 * Stands in for everything that is not prose (Markdown syntax, code, URLs, tags, YAML keys).
 * Rules treat it as neither Chinese nor Latin, so nothing next to it is ever flagged.
 */
export const MASK = '\uFFFC';

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation of Chinese text (GB/T 15834), including the shared “”‘’…—·. */
const CJK_PUNCT = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65“”‘’…—·]/u;
/** Openers never end a clause: `（,` is not “punctuation after Chinese”. */
const OPENERS = new Set([...'（《〈“‘【〔「『']);

export function isHan(ch: string | undefined): boolean {
	return ch !== undefined && HAN.test(ch);
}

export function isCjkPunct(ch: string | undefined): boolean {
	return ch !== undefined && CJK_PUNCT.test(ch);
}

/** Han or full-width punctuation: the characters of a Chinese sentence. */
export function isCjk(ch: string | undefined): boolean {
	return isHan(ch) || isCjkPunct(ch);
}

export function isOpener(ch: string | undefined): boolean {
	return ch !== undefined && OPENERS.has(ch);
}

/** ASCII letters and digits: what `houseStyle` decides the spacing against. */
export function isLatinOrDigit(ch: string | undefined): boolean {
	return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

export function isLatinLetter(ch: string | undefined): boolean {
	return ch !== undefined && /\p{Script=Latin}/u.test(ch);
}

/** Spaces a layout program or OCR leaves: ASCII, ideographic (U+3000), no-break, tab. */
export function isBlank(ch: string | undefined): boolean {
	return ch !== undefined && /[ \t\u3000\u00a0]/.test(ch);
}
