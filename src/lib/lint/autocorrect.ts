/**
 * AutoCorrect (autocorrect-node) as one more rule. It is given each run of prose between
 * masked syntax, its rewrite is diffed against the run, and every difference becomes a
 * problem with its own column and a Chinese message naming what kind of change it is.
 *
 * Its spacing rules follow the site's `houseStyle`: `spaced` is AutoCorrect's default
 * (为 46 名); `newspaper` switches its space rules off, and `rules.ts` asks for the reverse.
 */
import autocorrect from 'autocorrect-node';
import { MASK } from './chars.ts';
import { excerpt } from './rules.ts';
import type { HouseStyle, RawProblem, Rule } from './types.ts';

/** AutoCorrect's rule switches per house style (0 off, 1 error); see its `.autocorrectrc.default`. */
const SPACED_RULES: Record<string, 0 | 1> = {
	'space-word': 1,
	'space-punctuation': 1,
	'space-bracket': 1,
	'space-backticks': 1,
	'space-dash': 1,
	fullwidth: 1,
	'no-space-fullwidth': 1,
	'no-space-fullwidth-quote': 1,
	'halfwidth-word': 1,
	'halfwidth-punctuation': 1,
	spellcheck: 0,
};

export const AUTOCORRECT_RULES: Record<HouseStyle, Record<string, 0 | 1>> = {
	spaced: SPACED_RULES,
	// As printed: AutoCorrect must never ask for spaces between Chinese and Latin/digits.
	newspaper: { ...SPACED_RULES, 'space-word': 0, 'space-punctuation': 0, 'space-bracket': 0, 'space-backticks': 0, 'space-dash': 0 },
};

// AutoCorrect keeps one global configuration per process; load it only when the style changes.
let loadedStyle: HouseStyle | undefined;
function useStyle(style: HouseStyle) {
	if (loadedStyle === style) return;
	autocorrect.loadConfig(JSON.stringify({ rules: AUTOCORRECT_RULES[style], context: { codeblock: 0 } }));
	loadedStyle = style;
}

/** AutoCorrect's rewrite of one run of prose, under a house style. */
export function autocorrectFormat(text: string, style: HouseStyle): string {
	useStyle(style);
	return autocorrect.format(text);
}

export interface Hunk {
	start: number;
	end: number;
	insert: string;
}

/**
 * Where `after` differs from `before`, as replacements of `before`'s code units. AutoCorrect
 * changes a few characters per line, so trimming the common ends first keeps the table small.
 */
export function diffHunks(before: string, after: string): Hunk[] {
	let head = 0;
	while (head < before.length && head < after.length && before[head] === after[head]) head++;
	let tail = 0;
	while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
	const a = before.slice(head, before.length - tail);
	const b = after.slice(head, after.length - tail);
	if (!a.length || !b.length || a.length * b.length > 4_000_000) return a === b ? [] : [{ start: head, end: head + a.length, insert: b }];
	// Longest common subsequence table, then walk it from the start collecting edits.
	const w = b.length + 1;
	const lcs = new Uint16Array((a.length + 1) * w);
	for (let i = a.length - 1; i >= 0; i--) {
		for (let j = b.length - 1; j >= 0; j--) {
			lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
		}
	}
	const hunks: Hunk[] = [];
	let open: Hunk | undefined;
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			open = undefined;
			i++;
			j++;
			continue;
		}
		if (!open) hunks.push((open = { start: head + i, end: head + i, insert: '' }));
		if (j < b.length && (i === a.length || lcs[i * w + j + 1]! >= lcs[(i + 1) * w + j]!)) open.insert += b[j++];
		else open.end = head + ++i;
	}
	return hunks;
}

/** `为46名` → `为 46 名` is one change to an editor, not two: join nearby space-only hunks. */
function mergeSpacing(text: string, hunks: Hunk[]): Hunk[] {
	const spaceOnly = (h: Hunk) => !text.slice(h.start, h.end).trim() && !h.insert.trim();
	const out: Hunk[] = [];
	for (const h of hunks) {
		const last = out.at(-1);
		if (last && spaceOnly(last) && spaceOnly(h) && h.start - last.end <= 6 && !/\s/.test(text.slice(last.end, h.start))) {
			out[out.length - 1] = { start: last.start, end: h.end, insert: last.insert + text.slice(last.end, h.start) + h.insert };
		} else out.push(h);
	}
	return out;
}

const HALF_TO_FULL_PUNCT = /^[,.;:?!()]$/;
const FULL_PUNCT = /^[，。；：？！（）]$/;

/** What kind of change AutoCorrect made, in the editor's words. */
function describe(text: string, start: number, end: number, insert: string, style: HouseStyle): { message: string; fix?: string } {
	const old = text.slice(start, end);
	const shown = `“${excerpt(text, start, end)}”改为“${excerpt(text, start, end, insert)}”`;
	const blanks = (s: string) => s.replace(/[^\s\u3000]/g, '').length;
	if (old.replace(/[\s\u3000]/g, '') === insert.replace(/[\s\u3000]/g, '')) {
		return blanks(insert) > blanks(old)
			? { message: `中文与英文、数字之间加空格 (missing space; houseStyle: ${style})：${shown}。`, fix: insert }
			: { message: `多余的空格 (extra space)：${shown}。`, fix: insert };
	}
	if (HALF_TO_FULL_PUNCT.test(old) && FULL_PUNCT.test(insert)) {
		return { message: `中文里用了半角标点“${old}” (half-width punctuation in Chinese text)：${shown}。`, fix: insert };
	}
	if (FULL_PUNCT.test(old) && HALF_TO_FULL_PUNCT.test(insert)) {
		return { message: `英文里用了全角标点“${old}” (full-width punctuation in English)：${shown}。`, fix: insert };
	}
	if (/^[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+$/.test(old) && /^[0-9A-Za-z]+$/.test(insert)) {
		return { message: `全角字母或数字“${old}” (full-width letters/digits)：改为半角，${shown}。`, fix: insert };
	}
	return { message: `排版建议 (AutoCorrect)：${shown}，请确认后手工修改。` };
}

export const autocorrectRule: Rule = ({ text, masked, options }) => {
	const out: RawProblem[] = [];
	// Runs of prose between masked syntax, without their leading and trailing blanks: a
	// paragraph's pasted indent (　　) is layout the page strips, not AutoCorrect's business.
	for (const run of masked.matchAll(new RegExp(`[^${MASK}\\n\\s\u3000]+(?:[^${MASK}\\n]*[^${MASK}\\n\\s\u3000])?`, 'g'))) {
		const formatted = autocorrectFormat(run[0], options.houseStyle);
		if (formatted === run[0]) continue;
		for (const hunk of mergeSpacing(run[0], diffHunks(run[0], formatted))) {
			const start = run.index + hunk.start;
			const end = run.index + hunk.end;
			const { message, fix } = describe(text, start, end, hunk.insert, options.houseStyle);
			out.push({ rule: 'autocorrect', offset: start, length: end - start, message, ...(fix === undefined ? {} : { fix }) });
		}
	}
	return out;
};
