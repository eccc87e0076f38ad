/**
 * What an article file's bytes must be before anything reads it as Markdown: UTF-8 text without
 * control characters. Chinese newsrooms still save GBK/GB18030 (Windows "ANSI") and UTF-16
 * (Word's "Unicode") files; read as UTF-8 they publish mojibake without a word, so they are
 * recognised, named, and converted by `lint:content --fix`.
 */
import { LINT_NOT_TEXT, lintControlChar, lintEncoding, lintReplacementChar } from '../messages.ts';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
	| { ok: true; text: string; encoding: 'utf-8' }
	/** Readable text in another encoding: `text` is what --fix writes back as UTF-8. */
	| { ok: false; encoding: Exclude<Encoding, 'utf-8'>; text: string; line: number }
	/** Not text in any encoding we know (or a binary file named .md). */
	| { ok: false; encoding: undefined; line: number };

/** 1-based line of a byte offset: newlines are 0x0A in UTF-8 and in GB18030. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
		}
		// Overlong three-byte forms, UTF-16 surrogates, and code points above U+10FFFF.
		if (b === 0xe0 && bytes[i + 1]! < 0xa0) return i;
		if (b === 0xed && bytes[i + 1]! > 0x9f) return i;
		if (b === 0xf0 && bytes[i + 1]! < 0x90) return i;
		if (b === 0xf4 && bytes[i + 1]! > 0x8f) return i;
		i += need + 1;
	}
	return -1;
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder(label, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** Share of CJK ideographs and CJK punctuation among the non-ASCII characters of a text. */
function cjkShare(text: string): number {
	const wide = [...text].filter((c) => c.codePointAt(0)! > 0x7f);
	if (!wide.length) return 0;
	return wide.filter((c) => /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2018-\u201d\u2026]/u.test(c)).length / wide.length;
}

/** Reads an article file's bytes; says which encoding it is in when it is not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		const text = tryDecode('utf-16le', bytes);
		if (text !== undefined) return { ok: false, encoding: 'utf-16le', text: text.replace(/^\uFEFF/, ''), line: 1 };
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const text = tryDecode('utf-16be', bytes);
		if (text !== undefined) return { ok: false, encoding: 'utf-16be', text: text.replace(/^\uFEFF/, ''), line: 1 };
	}
	const bad = firstInvalidUtf8(bytes);
	if (bad === -1) return { ok: true, text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
	const line = lineOfByte(bytes, bad);
	// GBK is a subset of GB18030. Any byte string of pairs decodes as *something*, so it must
	// also look like Chinese text, not like a binary file.
	const gb = tryDecode('gb18030', bytes);
	const controls = gb === undefined ? 0 : (gb.match(/[\u0000-\u0008\u000e-\u001f]/g) ?? []).length;
	if (gb !== undefined && (controls <= 4 || controls <= gb.length / 100) && cjkShare(gb) >= 0.6) return { ok: false, encoding: 'gb18030', text: gb, line };
	return { ok: false, encoding: undefined, line };
}

/**
 * Characters an editor cannot see and a reader must not get: C0/C1 controls except tab and
 * line breaks, DEL, the replacement character (left where an earlier conversion lost text), and
 * the bidirectional overrides that make text display in another order than it is stored.
 */
export const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd\u202a-\u202e\u2066-\u2069]/g;

export interface ControlChar {
	line: number;
	column: number;
	/** `U+0000` */
	code: string;
}

/** One character of {@link INVISIBLE}, without its global flag's state. */
const INVISIBLE_ONE = new RegExp(INVISIBLE.source);

/** Every control character in a text, with its line and column (1-based). */
export function findControlChars(text: string): ControlChar[] {
	const found: ControlChar[] = [];
	// Nearly every file has none: one scan says so (the build checks every article).
	if (!INVISIBLE_ONE.test(text)) return found;
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (c === '\n') {
			line++;
			lineStart = i + 1;
		} else if (INVISIBLE_ONE.test(c)) {
			found.push({ line, column: i - lineStart + 1, code: `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
		}
	}
	return found;
}

/**
 * The text without its control characters (what `lint:content --fix` writes). U+FFFD is kept:
 * what it replaced is gone and only the editor can restore it.
 */
export function removeControlChars(text: string): string {
	return text.replace(INVISIBLE, (c) => (c === '\ufffd' ? c : ''));
}

export interface ByteFix {
	/** The text to lint (converted and cleaned when `fix`), or undefined if the file is not text. */
	text: string | undefined;
	/** Whether the file must be written back (only ever when `fix`). */
	changed: boolean;
	/** What was done, or what is wrong, one line each (Chinese, English beside it). */
	notes: { line: number; message: string; fixed: boolean }[];
}

/**
 * `lint:content`'s first step for one file: recognise another encoding and control characters,
 * and with `fix` convert to UTF-8 and remove them. Nothing else is rewritten.
 */
export function fixBytes(bytes: Uint8Array, fix: boolean): ByteFix {
	const decoded = decodeArticleBytes(bytes);
	const notes: ByteFix['notes'] = [];
	let text: string;
	let changed = false;
	if (decoded.ok) text = decoded.text;
	else if (decoded.encoding) {
		if (!fix) {
			notes.push({ line: decoded.line, message: lintEncoding(decoded.encoding, false), fixed: false });
			return { text: undefined, changed: false, notes };
		}
		text = decoded.text;
		changed = true;
		notes.push({ line: 1, message: lintEncoding(decoded.encoding, true), fixed: true });
	} else {
		notes.push({ line: decoded.line, message: LINT_NOT_TEXT, fixed: false });
		return { text: undefined, changed: false, notes };
	}
	const controls = findControlChars(text).filter((c) => c.code !== 'U+FFFD');
	if (controls.length && fix) {
		text = removeControlChars(text);
		changed = true;
	}
	for (const c of controls) {
		notes.push({ line: c.line, message: lintControlChar(c.code, c.column, fix), fixed: fix });
	}
	for (const c of findControlChars(text).filter((c) => c.code === 'U+FFFD')) {
		notes.push({ line: c.line, message: lintReplacementChar(c.column), fixed: false });
	}
	return { text, changed, notes };
}
