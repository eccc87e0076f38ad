/**
 * Character classes only the copy rules need (what is Chinese lives in `../zh/chars.ts`); the
 * rules only ever look at a character's immediate neighbours on the same line, so these small
 * predicates are all they need.
 */

/**
 * Stands in for everything that is not prose (Markdown syntax, code, URLs, tags, YAML keys).
 * Rules treat it as neither Chinese nor Latin, so nothing next to it is ever flagged.
 */
export const MASK = '\uFFFC';

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
