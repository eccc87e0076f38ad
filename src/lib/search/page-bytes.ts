/**
 * The indexed element of a built page read as UTF-8 bytes (a build reads and renders pages as
 * bytes). Apart from `shards.ts` so that the browser's search bundle, which imports that, does
 * not carry it.
 */
import { Buffer } from 'node:buffer';
import { indexedElement } from './shards.ts';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BODY = ascii('data-pagefind-body');
const OPEN = ascii('<article');
const CLOSE = ascii('</article>');
const utf8 = new TextDecoder();

/** The bytes as a Buffer, without a copy: its indexOf and lastIndexOf search natively. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Where `needle` (ASCII) first is in `bytes` at or after `from`, or -1. */
const find = (bytes: Uint8Array, needle: Uint8Array, from: number): number => asBuffer(bytes).indexOf(needle, from);

/** Where `needle` (ASCII) last starts in `bytes` at or before `from`, or -1. */
const findLast = (bytes: Uint8Array, needle: Uint8Array, from: number): number => (from < 0 ? -1 : asBuffer(bytes).lastIndexOf(needle, from));

const isWordByte = (b: number | undefined) => b !== undefined && ((b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b === 95);

/**
 * `indexedElement` of a page as its UTF-8 bytes, decoding only the element (a page is about
 * three times its article element: the frame, the QR code, the links after it). The first
 * `data-pagefind-body` of the page is normally in the element's own tag; when it is not, the
 * whole page is decoded and searched as text, as it is when another `<article` could start the
 * match (a headline in an attribute value, which Astro does not escape `<` in). So the answer is
 * always `indexedElement`'s.
 */
export function indexedElementOf(bytes: Uint8Array): string | undefined {
	const body = find(bytes, BODY, 0);
	if (body < 0) return undefined;
	const start = findLast(bytes, OPEN, body);
	const noTagEnd = (from: number, to: number) => !bytes.subarray(from, to).includes(62 /* > */);
	// An earlier `<article` with no `>` before this one (text in an attribute) could start the match.
	const earlier = start > 0 ? findLast(bytes, OPEN, start - 1) : -1;
	const tagIsOpen = start >= 0 && noTagEnd(start, body) && (earlier < 0 || !noTagEnd(earlier, start));
	const words = !isWordByte(bytes[start + OPEN.length]) && !isWordByte(bytes[body - 1]) && !isWordByte(bytes[body + BODY.length]);
	if (!tagIsOpen || !words) return indexedElement(utf8.decode(bytes));
	const end = findLast(bytes, CLOSE, bytes.length - CLOSE.length);
	return end > start ? utf8.decode(bytes.subarray(start, end + CLOSE.length)) : undefined;
}
