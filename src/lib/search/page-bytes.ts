/**
 * The indexed element of a built page read as UTF-8 bytes (a build reads and renders pages as
 * bytes). Apart from `shards.ts` so that the browser's search bundle, which imports that, does
 * not carry it.
 */
import { indexedElement } from './shards.ts';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BODY = ascii('data-pagefind-body');
const OPEN = ascii('<article');
const CLOSE = ascii('</article>');
const utf8 = new TextDecoder();

/** Where `needle` (ASCII) is in `bytes` at or after `from` (or, `backwards`, at or before it), or -1. */
function find(bytes: Uint8Array, needle: Uint8Array, from: number, backwards = false): number {
	const first = needle[0]!;
	for (let i = backwards ? bytes.lastIndexOf(first, from) : bytes.indexOf(first, from); i >= 0; i = backwards ? (i > 0 ? bytes.lastIndexOf(first, i - 1) : -1) : bytes.indexOf(first, i + 1)) {
		let j = 1;
		while (j < needle.length && bytes[i + j] === needle[j]) j++;
		if (j === needle.length) return i;
	}
	return -1;
}

const isWordByte = (b: number | undefined) => b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);

/**
 * `indexedElement` of a page as its UTF-8 bytes, decoding only the element (a page is about
 * three times its article element: the frame, the QR code, the links after it). The first
 * `data-pagefind-body` of the page is normally in the element's own tag; when it is not, the
 * whole page is decoded and searched as text, so the answer is always `indexedElement`'s.
 */
export function indexedElementOf(bytes: Uint8Array): string | undefined {
	const body = find(bytes, BODY, 0);
	if (body < 0) return undefined;
	const start = find(bytes, OPEN, body, true);
	const tagIsOpen = start >= 0 && !bytes.subarray(start, body).includes(62 /* > */);
	const words = !isWordByte(bytes[start + OPEN.length]) && !isWordByte(bytes[body - 1]) && !isWordByte(bytes[body + BODY.length]);
	if (!tagIsOpen || !words) return indexedElement(utf8.decode(bytes));
	const end = find(bytes, CLOSE, bytes.length - CLOSE.length, true);
	return end > start ? utf8.decode(bytes.subarray(start, end + CLOSE.length)) : undefined;
}
