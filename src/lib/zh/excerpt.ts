/**
 * Summaries and excerpts cut where a Chinese reader expects: at the end of a sentence, else of
 * a clause, else between words; never inside a word, never just after an opening bracket or
 * quote (有效利用“工……), never inside a short quotation, and marked with “……” when the text
 * goes on. Datelines and bylines (本报讯（记者 刘强）, □韩江 曹文琦) are taken off the lead first.
 */
import { BRACKET_PAIRS } from './chars.ts';
import { CLOSING, OPENING } from './linebreak.ts';
import { words } from './segment.ts';

export const ELLIPSIS = '……';
const SENTENCE_END = new Set([...'。！？!?；;']);
const CLAUSE_END = new Set([...'，、：,:']);
const PAIRS: Record<string, string> = { ...BRACKET_PAIRS, '(': ')' };
const CLOSERS = new Set(Object.values(PAIRS));


/** Datelines and bylines a lead may start with: 本报讯（记者 刘强）, 据《工人日报》报道, 新华社西安2月9日电, □韩江 曹文琦. */
const LEAD_FURNITURE: RegExp[] = [
	/^(本报讯|本报[\p{Script=Han}]{0,8}电|新华社[\p{Script=Han}\d]{0,12}电|据《[^》]{1,20}》(报道|消息)?)(\s*[（(][^）)]{0,40}[）)])?\s*[，,：:]?\s*/u,
	/^[（(]\s*(记者|通讯员|实习记者|特约记者|见习记者|本报记者)[^）)]{0,36}[）)]\s*/u,
	/^(记者|通讯员|实习记者|特约记者|见习记者|本报记者)\s*[\p{Script=Han}·]{2,5}(\s+[\p{Script=Han}·]{2,5})*\s+/u,
	/^□[\p{Script=Han}·]{2,5}(\s+[\p{Script=Han}·]{2,5})*(\s+摄)?\s+/u,
];

/** The lead without its dateline and byline; text that is all furniture is returned as is. */
export function stripLeadFurniture(text: string): string {
	let out = text.trim();
	for (let changed = true; changed; ) {
		changed = false;
		for (const pattern of LEAD_FURNITURE) {
			const next = out.replace(pattern, '');
			if (next !== out && next.trim()) {
				out = next.trim();
				changed = true;
			}
		}
	}
	return out;
}

/**
 * For each offset from 0 to `end`, where the outermost quotation or bracket still open there
 * began, or -1: made in one pass, since a cut tries dozens of offsets.
 */
function outermostOpen(chars: readonly string[], end: number): Int32Array {
	const open = new Int32Array(end + 1);
	const stack: number[] = [];
	open[0] = -1;
	for (let i = 0; i < end; i++) {
		const c = chars[i]!;
		if (PAIRS[c]) stack.push(i);
		else if (stack.length && CLOSERS.has(c)) stack.pop();
		open[i + 1] = stack.length ? stack[0]! : -1;
	}
	return open;
}

/**
 * `text` cut to at most `max` characters (plus “……”). Order of preference: a sentence end past 40 %
 * of the room, a clause end in the second half (the clause mark becomes “……”), a word boundary.
 * A cut never leaves a bracket or quotation open: it moves to just before the opening mark.
 */
export function cutExcerpt(text: string, max: number): string {
	const clean = text.replace(/\s+/gu, ' ').trim();
	const chars = [...clean];
	if (chars.length <= max) return clean;
	const min = Math.floor(max / 2);
	const open = outermostOpen(chars, max);
	const ok = (cut: number, least = min) => cut >= least && open[cut] === -1;

	for (let i = max - 1; i >= Math.floor(max * 0.4); i--) {
		if (!SENTENCE_END.has(chars[i]!)) continue;
		// Keep a closing quote that ends the quoted sentence: 。”
		let end = i + 1;
		while (end < chars.length && end < max && CLOSERS.has(chars[end]!)) end++;
		if (ok(end, Math.floor(max * 0.4))) return chars.slice(0, end).join('');
	}
	for (let i = max - 1; i >= min; i--) {
		if (CLAUSE_END.has(chars[i]!) && ok(i)) return chars.slice(0, i).join('') + ELLIPSIS;
	}
	// Word boundaries (segmenter offsets turned into character offsets), last first.
	const boundaries: number[] = [];
	let count = 0;
	for (const word of words(clean)) {
		if (count > 0 && count <= max) boundaries.push(count);
		count += [...word].length;
		if (count > max) break;
	}
	boundaries.reverse();
	const back = (cut: number) => {
		while (cut > 0 && (OPENING.has(chars[cut - 1]!) || /\s/u.test(chars[cut - 1]!))) cut--;
		return cut;
	};
	// Before a quotation that would be left open, if that keeps a third of the room.
	for (const b of boundaries) {
		const cut = back(open[b]! >= 0 ? open[b]! : b);
		if (cut >= Math.floor(max / 3)) return trimEnd(chars.slice(0, cut).join('')) + ELLIPSIS;
	}
	// A long quotation: cut inside it, at a clause mark or between words, never right after the opening mark.
	for (let i = max - 1; i >= min; i--) {
		if (CLAUSE_END.has(chars[i]!)) return chars.slice(0, i).join('') + ELLIPSIS;
	}
	for (const b of boundaries) {
		const cut = back(b);
		if (cut >= Math.floor(max / 3)) return trimEnd(chars.slice(0, cut).join('')) + ELLIPSIS;
	}
	return trimEnd(chars.slice(0, max).join('')) + ELLIPSIS;
}

/** No clause mark or space right before “……”. */
function trimEnd(text: string): string {
	return text.replace(/[\s，、：；,:;]+$/u, '');
}

/**
 * A search engine's excerpt (escaped HTML with <mark>) made to read like a cut: no closing
 * punctuation at its start, no opening mark at its end, “……” where the text goes on.
 * `atStart`/`atEnd`: whether the excerpt begins/ends where the indexed text does.
 */
export function polishExcerpt(html: string, atStart: boolean, atEnd: boolean): string {
	let out = html.trim();
	// Leading closing marks or a stray byline scrap's bracket: 功） 春节前夕 → 春节前夕.
	out = out.replace(/^(<mark>)?[^<>（(“‘《\s]{0,6}[）)]\s*/u, '$1').replace(new RegExp(`^(<mark>)?[${[...CLOSING].map(escapeClass).join('')}\\s]+`, 'u'), '$1');
	out = out.replace(new RegExp(`[${[...OPENING].map(escapeClass).join('')}\\s，、：；]+(</mark>)?$`, 'u'), '$1');
	if (!atStart) out = ELLIPSIS + out;
	if (!atEnd && !/[。！？]$/u.test(out.replace(/<\/mark>$/, ''))) out += ELLIPSIS;
	return out;
}

function escapeClass(c: string): string {
	return /[\]\\^\-[]/.test(c) ? `\\${c}` : c;
}
