/**
 * Straight quotes typed on a half-width keyboard ("工会" 'x') as the paired marks of Chinese
 * text (“工会” ‘x’). Markdown's smartypants did this with English rules and a full sentence
 * parser per text node (half the Markdown time of a big archive); Chinese needs only pairing
 * within a block (a paragraph, a cell, a heading), with two exceptions:
 * - an apostrophe between letters (it's, Xi'an) is a right single quote;
 * - a quote that would open but ends its block or stands before a space or a closing mark is a
 *   closing one: a quotation that runs over several paragraphs opens each of them and closes
 *   only the last (乙" at a paragraph's end is 乙”).
 */

const LETTER = /[\p{L}\p{N}]/u;
const LATIN = /\p{Script=Latin}/u;
/** What may follow a closing quote: the end of the block, a space, a closing or stop mark. */
const AFTER_CLOSING = /^$|[\s。，、；：！？）》」』】〉…—,.;:!?)\]]/u;

/**
 * The texts of one block, in order, with their straight quotes paired across them (a pair may
 * open in one text and close in another: "<strong>工会</strong>"). Each text keeps its length.
 */
export function curlQuotes(texts: readonly string[]): string[] {
	if (!texts.some((t) => t.includes('"') || t.includes("'"))) return [...texts];
	const all = texts.join('');
	const open = { '"': false, "'": false };
	let out = '';
	for (let i = 0; i < all.length; i++) {
		const ch = all[i]!;
		if (ch !== '"' && ch !== "'") {
			out += ch;
			continue;
		}
		const before = all[i - 1];
		const after = all[i + 1] ?? '';
		if (ch === "'" && before !== undefined && LATIN.test(before) && LETTER.test(after)) {
			out += '’';
			continue;
		}
		const closing = open[ch] || (before !== undefined && !/\s/u.test(before) && AFTER_CLOSING.test(after));
		open[ch] = !closing;
		out += ch === '"' ? (closing ? '”' : '“') : closing ? '’' : '‘';
	}
	const pieces: string[] = [];
	let at = 0;
	for (const text of texts) pieces.push(out.slice(at, (at += text.length)));
	return pieces;
}
