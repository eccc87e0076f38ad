/**
 * Chinese line breaking for headlines, kickers and card titles.
 *
 * `breakUnits()` cuts a line of text into units that must not be broken inside; the page puts a
 * `<wbr>` between units and sets `word-break: keep-all`, so the browser breaks only there (and at
 * spaces). Units are unions of `Intl.Segmenter` words, so a break never falls inside one of its
 * words; on top of ICU, which leaves many words as single characters (关|爱, 复|工|复|产), the
 * rules below glue what a reader sees as one word, keep 禁则 (no line starts with closing or ends
 * with opening punctuation) and make sure the last line is never a single character.
 */

import { words } from './segment.ts';

/** Punctuation that must not start a line (closing brackets and quotes, stops, pauses, …). */
export const CLOSING = new Set([...'，。、；：？！…‥—–·・”’）》」』】〕〉〗〙〛）］｝>,.;:?!%％‰℃)]}'.split(''), '⋯']);
/** Punctuation that must not end a line (opening brackets and quotes). */
export const OPENING = new Set([...'“‘（《「『【〔〈〖〘〚（［｛<([{'.split('')]);
/** Inseparable marks: a pair of them (—— ……) stays on one line, and with the text before it. */
const INSEPARABLE = /^[—…⋯‥·・]+$/u;

/** Han characters (and the iteration mark 々, 〇). */
const HAN = /\p{Script=Han}|[々〇]/u;
const DIGITS = /^[0-9０-９.．,，%％]+$/u;

/**
 * Single characters that end a word with what comes before (规范|化, 劳动|者, 采油|厂, 碑林|区)
 * and ones that begin one with what follows (总|工会, 副|主席). ICU leaves them apart.
 */
const SUFFIXES = new Set([...'化性者们员家区县市镇乡村省局厂站所队部处委式型率度界级类业室科点户头边方']);
const PREFIXES = new Set([...'总副第各全非超新老小大初首']);
/** Measure words and units that belong to the number before them (2022|年, 120|万名). */
const MAX_UNIT_AFTER_NUMBER = 2;
/** A glued run of single characters longer than this is cut into pairs (李钊赵毅被追授 → 李钊|赵毅|被追授). */
const MAX_RUN = 4;
/** Quoted terms up to this many characters are never broken (“六有”); longer quotes break between words. */
const MAX_QUOTED = 6;

export interface LineBreakOptions {
	/**
	 * Words ICU does not know that must stay whole (place names such as 宁陕县, 碑林区): a run of
	 * segments that spells one of them becomes one unit.
	 */
	lexicon?: Set<string> | Iterable<string>;
}

interface Piece {
	text: string;
	kind: 'han' | 'space' | 'punct' | 'other';
}

function kindOf(text: string): Piece['kind'] {
	if (/^\s+$/u.test(text)) return 'space';
	if ([...text].every((c) => CLOSING.has(c) || OPENING.has(c) || /\p{P}/u.test(c))) return 'punct';
	if ([...text].every((c) => HAN.test(c))) return 'han';
	return 'other';
}

const length = (s: string) => [...s].length;
/** Han characters in a unit (punctuation does not make a line less of a widow). */
const hanLength = (s: string) => [...s].filter((c) => HAN.test(c)).length;

function isClosing(text: string): boolean {
	return [...text].every((c) => CLOSING.has(c)) || INSEPARABLE.test(text);
}
function isOpening(text: string): boolean {
	return [...text].every((c) => OPENING.has(c));
}

/** Segments, with runs that spell a lexicon word merged into one piece. */
function segments(text: string, lexicon: Set<string>, maxWord: number): Piece[] {
	const raw = words(text);
	const out: Piece[] = [];
	for (let i = 0; i < raw.length; i++) {
		let merged = '';
		let end = i;
		if (lexicon.size > 0) {
			let acc = '';
			for (let j = i; j < raw.length && length(acc) < maxWord; j++) {
				acc += raw[j];
				if (j > i && lexicon.has(acc)) {
					merged = acc;
					end = j;
				}
			}
		}
		if (merged) {
			out.push({ text: merged, kind: kindOf(merged) });
			i = end;
		} else {
			out.push({ text: raw[i]!, kind: kindOf(raw[i]!) });
		}
	}
	return out;
}

const longest = new WeakMap<Set<string>, number>();

/** The unbreakable units of `text`, in order; joined they give `text` back unchanged. */
export function breakUnits(text: string, options: LineBreakOptions = {}): string[] {
	const lexicon = options.lexicon instanceof Set ? options.lexicon : new Set(options.lexicon ?? []);
	let maxWord = longest.get(lexicon);
	if (maxWord === undefined) {
		maxWord = 0;
		for (const w of lexicon) maxWord = Math.max(maxWord, length(w));
		longest.set(lexicon, maxWord);
	}
	const pieces = segments(text, lexicon, maxWord);

	// 0. A short quoted or bracketed term stays whole: “六有”, “十四五”, 《工人日报》.
	for (let i = 0; i < pieces.length; i++) {
		if (pieces[i]!.kind !== 'punct' || !isOpening(pieces[i]!.text)) continue;
		let inner = 0;
		for (let j = i + 1; j < pieces.length && pieces[j]!.kind !== 'space'; j++) {
			const q = pieces[j]!;
			if (q.kind === 'punct' && isClosing(q.text) && !INSEPARABLE.test(q.text)) {
				if (inner > 0 && inner <= MAX_QUOTED) pieces.splice(i, j - i + 1, { text: pieces.slice(i, j + 1).map((x) => x.text).join(''), kind: 'other' });
				break;
			}
			if (q.kind === 'punct') break;
			inner += length(q.text);
		}
	}
	// 1. Numbers keep their unit: 2022年, 120万名, 3月.
	for (let i = 0; i + 1 < pieces.length; i++) {
		const a = pieces[i]!;
		const b = pieces[i + 1]!;
		if (a.kind === 'other' && DIGITS.test(a.text) && b.kind === 'han' && length(b.text) <= MAX_UNIT_AFTER_NUMBER) {
			pieces.splice(i, 2, { text: a.text + b.text, kind: 'han' });
		}
	}
	// 2. Affixes join their word: 规范化, 总工会.
	for (let i = 0; i < pieces.length; i++) {
		const p = pieces[i]!;
		if (p.kind !== 'han' || length(p.text) !== 1) continue;
		const prev = pieces[i - 1];
		const next = pieces[i + 1];
		if (SUFFIXES.has(p.text) && prev?.kind === 'han' && length(prev.text) >= 2) {
			pieces.splice(i - 1, 2, { text: prev.text + p.text, kind: 'han' });
			i--;
		} else if (PREFIXES.has(p.text) && next?.kind === 'han' && length(next.text) >= 2) {
			pieces.splice(i, 2, { text: p.text + next.text, kind: 'han' });
		}
	}
	// 3. Runs of single characters are words ICU did not know (关爱, 复工复产): glue them, cut long runs into pairs.
	const glued: Piece[] = [];
	for (let i = 0; i < pieces.length; ) {
		const p = pieces[i]!;
		if (p.kind === 'han' && length(p.text) === 1) {
			let j = i;
			while (j < pieces.length && pieces[j]!.kind === 'han' && length(pieces[j]!.text) === 1) j++;
			const chars = pieces.slice(i, j).map((q) => q.text);
			if (chars.length <= MAX_RUN) glued.push({ text: chars.join(''), kind: 'han' });
			else {
				for (let k = 0; k < chars.length; ) {
					const take = chars.length - k === 3 ? 3 : 2;
					glued.push({ text: chars.slice(k, k + take).join(''), kind: 'han' });
					k += take;
				}
			}
			i = j;
		} else {
			glued.push(p);
			i++;
		}
	}
	// 4. 禁则: closing punctuation stays with what precedes it, opening with what follows.
	const units: string[] = [];
	let pendingOpen = '';
	for (const p of glued) {
		if (p.kind === 'space') {
			if (pendingOpen) {
				units.push(pendingOpen);
				pendingOpen = '';
			}
			units.push(p.text);
		} else if (p.kind === 'punct' && isOpening(p.text)) {
			pendingOpen += p.text;
		} else if (p.kind === 'punct' && isClosing(p.text) && units.length > 0 && !pendingOpen && !/^\s+$/u.test(units.at(-1)!)) {
			units[units.length - 1] += p.text;
		} else {
			units.push(pendingOpen + p.text);
			pendingOpen = '';
		}
	}
	if (pendingOpen) {
		if (units.length > 0 && !/^\s+$/u.test(units.at(-1)!)) units[units.length - 1] += pendingOpen;
		else units.push(pendingOpen);
	}
	// 5. No widow: a last unit of one character goes with the unit before it (across a space, kept unbroken).
	while (units.length > 1 && hanLength(units.at(-1)!) <= 1 && length(units.at(-1)!.replace(/[\p{P}\s]/gu, '')) <= 1) {
		const last = units.pop()!;
		units[units.length - 1] += last;
	}
	return units.filter((u) => u.length > 0);
}

/** Whether a unit holds a space and so needs `white-space: nowrap` to stay whole. */
export function unitHasSpace(unit: string): boolean {
	return /\s/u.test(unit) && !/^\s+$/u.test(unit);
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * The markup for wrapped text: units joined by `<wbr>`, a unit that holds a space inside
 * `<span class="nowrap">`. Text is escaped, so content never becomes markup.
 */
export function unitsToHtml(units: string[]): string {
	return units
		.map((u, i) => {
			const html = unitHasSpace(u) ? `<span class="nowrap">${escapeHtml(u)}</span>` : escapeHtml(u);
			const prev = units[i - 1];
			// A space is a break already; no <wbr> next to one.
			return i === 0 || /^\s+$/u.test(u) || (prev !== undefined && /^\s+$/u.test(prev)) ? html : `<wbr>${html}`;
		})
		.join('');
}

const wrapped = new WeakMap<Set<string>, Map<string, string>>();

/**
 * `unitsToHtml(breakUnits(text, { lexicon }))`, remembered per lexicon: a headline is printed on
 * its page and in every listing it is in (five or six times), and cutting it is the same each time.
 */
export function wrappedHtml(text: string, lexicon: Set<string>): string {
	let memo = wrapped.get(lexicon);
	if (!memo) wrapped.set(lexicon, (memo = new Map()));
	let html = memo.get(text);
	if (html === undefined) memo.set(text, (html = unitsToHtml(breakUnits(text, { lexicon }))));
	return html;
}

/** A lexicon from names (places, organisations): only names of two or more characters matter. */
export function lexiconOf(...lists: Iterable<string>[]): Set<string> {
	const out = new Set<string>();
	for (const list of lists) for (const name of list) if ([...name].length >= 2) out.add(name);
	return out;
}
