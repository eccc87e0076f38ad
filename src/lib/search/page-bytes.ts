/**
 * The indexed element of a built page read as UTF-8 bytes (a build reads and renders pages as
 * bytes). Apart from `shards.ts` so that the browser's search bundle, which imports that, does
 * not carry it.
 */
import { Buffer } from 'node:buffer';
import { indexedTagStart } from './shards.ts';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const BODY = ascii('data-pagefind-body');
const CLOSE = ascii('</article>');
const utf8 = new TextDecoder();

/** The bytes as a Buffer, without a copy: its indexOf and lastIndexOf search natively. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * `indexedElement` of a page as its UTF-8 bytes, decoding only the element (a page is about
 * three times its article element: the frame, the QR code, the links after it). The tags are read
 * in a Latin-1 view of the bytes: markup is ASCII and no byte of a UTF-8 character is, so the
 * tags and their offsets are those of the text, and the answer is `indexedElement`'s.
 */
export function indexedElementOf(bytes: Uint8Array): string | undefined {
	// Most pages that are no article are known at once (a native search).
	if (asBuffer(bytes).indexOf(BODY) < 0) return undefined;
	const start = indexedTagStart(asBuffer(bytes).toString('latin1'));
	if (start < 0) return undefined;
	const end = asBuffer(bytes).lastIndexOf(CLOSE);
	return end > start ? utf8.decode(bytes.subarray(start, end + CLOSE.length)) : undefined;
}
