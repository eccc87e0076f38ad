/**
 * The indexed element of a built page read as UTF-8 bytes (a build reads and renders pages as
 * bytes). Apart from `shards.ts` so that the browser's search bundle, which imports that, does
 * not carry it.
 */
import { Buffer } from 'node:buffer';
import { indexedElement, indexedTagStart } from './shards.ts';

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

/**
 * `indexedElement` of a page as its UTF-8 bytes, decoding only the element (a page is about
 * three times its article element: the frame, the QR code, the links after it). The page's tags
 * are read as Latin-1 (markup is ASCII, and no byte of a UTF-8 character is, so the offsets are
 * the bytes'): when the first indexed tag is where the first `data-pagefind-body` is, the element
 * is decoded alone; otherwise (that one is some attribute's text, such as a headline in the
 * head's meta tags) the whole page is decoded and searched as text. So the answer is always
 * `indexedElement`'s.
 */
export function indexedElementOf(bytes: Uint8Array): string | undefined {
	const body = find(bytes, BODY, 0);
	if (body < 0) return undefined;
	const start = findLast(bytes, OPEN, body);
	if (start < 0 || indexedTagStart(asBuffer(bytes).toString('latin1')) !== start) return indexedElement(utf8.decode(bytes));
	const end = findLast(bytes, CLOSE, bytes.length - CLOSE.length);
	return end > start ? utf8.decode(bytes.subarray(start, end + CLOSE.length)) : undefined;
}
