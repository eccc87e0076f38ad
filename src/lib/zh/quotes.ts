/**
 * Straight quotes typed on a half-width keyboard ("工会" 'x') as the paired marks of Chinese
 * text (“工会” ‘x’). Markdown's smartypants did this with English rules and a full sentence
 * parser per text node (half the Markdown time of a big archive); Chinese needs only pairing:
 * within one block, quotes open and close in turn, and an apostrophe between two letters
 * (it's, Xi'an) is a right single quote.
 */

/** Which quotes are open, carried from one text node of a block to the next. */
export interface QuoteState {
	double: boolean;
	single: boolean;
}

export const openQuotes = (): QuoteState => ({ double: false, single: false });

const LETTER = /[\p{L}\p{N}]/u;
const LATIN = /\p{Script=Latin}/u;

/** `text` with its straight quotes paired; `state` is updated for the block's next text. */
export function curlQuotes(text: string, state: QuoteState): string {
	if (!text.includes('"') && !text.includes("'")) return text;
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (ch === '"') {
			out += state.double ? '”' : '“';
			state.double = !state.double;
		} else if (ch === "'") {
			const before = text[i - 1];
			const after = text[i + 1];
			if (before !== undefined && after !== undefined && LATIN.test(before) && LETTER.test(after)) out += '’';
			else {
				out += state.single ? '’' : '‘';
				state.single = !state.single;
			}
		} else out += ch;
	}
	return out;
}
