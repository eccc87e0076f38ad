/**
 * Our own copy rules, for what AutoCorrect does not check or checks the other way round.
 * Each rule reads the masked text (see `prose.ts`), so Markdown syntax, code, URLs and YAML
 * keys can never be flagged, and reports offsets into the file.
 */
import { BRACKET_PAIRS as PAIRS, CLOSING_TO_OPENING as CLOSERS, hasHan, isCjk, isCjkPunct, isHan, isOpener } from '../zh/chars.ts';
import { isBlank, isLatinLetter, isLatinOrDigit } from './chars.ts';
import type { Block } from './prose.ts';
import type { RawProblem, Rule } from './types.ts';

/** A few characters either side of a spot, from the same line: what the editor searches for. */
export function excerpt(text: string, start: number, end: number, replacement?: string, radius = 3): string {
	let from = start;
	let to = end;
	for (let n = 0; n < radius && from > 0 && text[from - 1] !== '\n'; n++) from--;
	for (let n = 0; n < radius && to < text.length && text[to] !== '\n' && text[to] !== '\r'; n++) to++;
	const middle = replacement === undefined ? text.slice(start, end) : replacement;
	return (text.slice(from, start) + middle + text.slice(end, to)).replace(/\n/g, '⏎');
}

/** `“为 46名”改为“为46名”`: the change as the editor will see it. */
function change(text: string, start: number, end: number, replacement: string): string {
	return `“${excerpt(text, start, end)}”改为“${excerpt(text, start, end, replacement)}”`;
}

/** Fields where a space is meaningful: `记者 刘强` separates a role from a name, as printed. */
const SPACED_FIELDS = new Set(['authors', 'photographers']);

function blockAt(blocks: Block[], offset: number): Block | undefined {
	return blocks.find((b) => offset >= b.start && offset < b.end);
}

/** Headlines set their phrases apart with one space: `走访慰问 为快递小哥送上关爱`. */
const HEADLINE_FIELDS = new Set(['title', 'kicker', 'subtitle']);

/**
 * Whether a space in a headline separates two phrases rather than splitting a word: one
 * space, with at least two characters of text either side (`工 会组织` still splits 工会).
 */
function isHeadlineSeparator(masked: string, start: number, end: number, blocks: Block[]): boolean {
	if (end - start !== 1 || !HEADLINE_FIELDS.has(blockAt(blocks, start)?.field ?? '')) return false;
	const word = (ch: string | undefined) => isHan(ch) || isLatinOrDigit(ch);
	let left = 0;
	while (word(masked[start - 1 - left])) left++;
	let right = 0;
	while (word(masked[end + right])) right++;
	return left >= 2 && right >= 2;
}

/** Every run of blanks (see `isBlank`) as `[start, end)` offsets. */
function* blankRuns(masked: string): Generator<[start: number, end: number]> {
	for (const hit of masked.matchAll(/[ \t\u3000\u00a0]+/g)) yield [hit.index, hit.index + hit[0].length];
}

/** `工 会`, `。 “`: a space between two Chinese characters is always a layout or OCR leftover. */
export const straySpace: Rule = ({ text, masked, blocks }) => {
	const out: RawProblem[] = [];
	for (const [start, end] of blankRuns(masked)) {
		if (!isCjk(masked[start - 1]) || !isCjk(masked[end])) continue;
		if (SPACED_FIELDS.has(blockAt(blocks, start)?.field ?? '') || isHeadlineSeparator(masked, start, end, blocks)) continue;
		out.push({
			rule: 'stray-space',
			offset: start,
			length: end - start,
			message: `中文之间多了空格 (stray space in Chinese text)：${change(text, start, end, '')}，删去空格。`,
			fix: '',
		});
	}
	return out;
};

/** House style `newspaper`: 为46名、用Astro构建, as printed; AutoCorrect would ask the opposite. */
export const noSpace: Rule = ({ text, masked, blocks, options }) => {
	if (options.houseStyle !== 'newspaper') return [];
	const out: RawProblem[] = [];
	for (const [start, end] of blankRuns(masked)) {
		const before = masked[start - 1];
		const after = masked[end];
		if (!((isHan(before) && isLatinOrDigit(after)) || (isLatinOrDigit(before) && isHan(after)))) continue;
		if (isHeadlineSeparator(masked, start, end, blocks)) continue;
		out.push({
			rule: 'no-space',
			offset: start,
			length: end - start,
			message: `中文与数字、英文之间不加空格 (no space between Chinese and Latin/digits; houseStyle: newspaper)：${change(text, start, end, '')}。`,
			fix: '',
		});
	}
	return out;
};

/**
 * A line break inside a paragraph, between Chinese characters, is a column break from the
 * printed page: browsers show it as a space (工会 组织). Only in the body; YAML folds lines.
 */
export const lineBreak: Rule = ({ text, masked, blocks }) => {
	const out: RawProblem[] = [];
	for (const block of blocks) {
		if (block.field !== undefined) continue;
		// Matched on the text, not the masked copy: there a Windows \r is masked like syntax.
		for (const hit of text.slice(block.start, block.end).matchAll(/[ \t\u3000\u00a0]*\r?\n[ \t\u3000\u00a0]*/g)) {
			const start = block.start + hit.index;
			const end = start + hit[0].length;
			// Two trailing spaces or a backslash make a deliberate <br>: leave those alone.
			if (/ {2}\r?\n/.test(text.slice(start, end))) continue;
			if (!isCjk(masked[start - 1]) || !isCjk(masked[end])) continue;
			out.push({
				rule: 'line-break',
				offset: start,
				length: end - start,
				message: `段落中间断行 (line break inside a paragraph)：网页上会在“${masked[start - 1]}”和“${masked[end]}”之间显示一个空格。把这两行接成一行；分段请空一行。`,
				fix: '',
			});
		}
	}
	return out;
};

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

/** The character before `at` on the same line, skipping spaces (OCR puts them around punctuation). */
function previousChar(masked: string, at: number): string | undefined {
	for (let i = at - 1; i >= 0 && masked[i] !== '\n'; i--) if (!isBlank(masked[i])) return masked[i];
	return undefined;
}

function nextChar(masked: string, at: number): string | undefined {
	for (let i = at + 1; i < masked.length && masked[i] !== '\n'; i++) if (!isBlank(masked[i])) return masked[i];
	return undefined;
}

/**
 * `他说,我们` `工会(筹)`: half-width punctuation after Chinese. A mark belongs to the sentence
 * it follows, so `年,100多名` is Chinese and `Hello, 世界` is not; parentheses go by pair.
 */
export const halfWidthPunctuation: Rule = ({ text, masked }) => {
	const out: RawProblem[] = [];
	const report = (at: number) => {
		const ch = masked[at]!;
		out.push({
			rule: 'half-width-punctuation',
			offset: at,
			length: 1,
			message: `中文里用了半角标点“${ch}” (half-width punctuation in Chinese text)：${change(text, at, at + 1, FULL_WIDTH[ch]!)}。`,
			fix: FULL_WIDTH[ch],
		});
	};
	for (const hit of masked.matchAll(/[,;:?!]/g)) {
		const before = previousChar(masked, hit.index);
		if (isHan(before) || (isCjkPunct(before) && !isOpener(before))) report(hit.index);
	}
	let lineStart = 0;
	for (const line of masked.split('\n')) {
		const stack: number[] = [];
		const pairs: [number, number | undefined][] = [];
		for (let i = 0; i < line.length; i++) {
			if (line[i] === '(') stack.push(i);
			else if (line[i] === ')') pairs.push([stack.pop() ?? -1, i]);
		}
		for (const open of stack) pairs.push([open, undefined]);
		for (const [open, closeAt] of pairs) {
			const o = open >= 0 ? open : undefined;
			const inner = o !== undefined && closeAt !== undefined ? line.slice(o + 1, closeAt) : '';
			const chinese =
				(o !== undefined && (isHan(line[o - 1]) || isHan(line[o + 1]))) ||
				(closeAt !== undefined && (isHan(line[closeAt - 1]) || isHan(line[closeAt + 1]))) ||
				hasHan(inner);
			if (!chinese) continue;
			if (o !== undefined) report(lineStart + o);
			if (closeAt !== undefined) report(lineStart + closeAt);
		}
		lineStart += line.length + 1;
	}
	return out;
};

/**
 * The straight double quotes of one line that pair up obviously: an even number of them, taken
 * in order as open/close, each pair around Chinese text with no blank just inside the marks.
 * Those `--fix` turns into “ and ”; anything less clear-cut (an odd count, `"` around English
 * only) is left for a person. Offsets of the opening and closing marks.
 */
export function obviousQuotePairs(masked: string): Map<number, '“' | '”'> {
	const result = new Map<number, '“' | '”'>();
	let lineStart = 0;
	for (const line of masked.split('\n')) {
		const at = [...line.matchAll(/"/g)].map((m) => m.index);
		const pairs: [number, number][] = [];
		for (let i = 0; i + 1 < at.length; i += 2) pairs.push([at[i]!, at[i + 1]!]);
		const obvious =
			at.length > 0 &&
			at.length % 2 === 0 &&
			pairs.every(([open, close]) => {
				const inner = line.slice(open + 1, close);
				return inner.length > 0 && hasHan(inner) && !isBlank(inner[0]) && !isBlank(inner.at(-1));
			});
		if (obvious) {
			for (const [open, close] of pairs) {
				result.set(lineStart + open, '“');
				result.set(lineStart + close, '”');
			}
		}
		lineStart += line.length + 1;
	}
	return result;
}

/**
 * `他说"好的"`: straight quotes in Chinese text. Double quotes that pair up obviously are fixed
 * (`他说“好的”`); single quotes and unclear cases are not: which side opens is for a person to read.
 */
export const straightQuote: Rule = ({ text, masked }) => {
	const out: RawProblem[] = [];
	const pairs = obviousQuotePairs(masked);
	for (const hit of masked.matchAll(/["']/g)) {
		const before = previousChar(masked, hit.index);
		const after = nextChar(masked, hit.index);
		const paired = pairs.get(hit.index);
		if (!paired && !isCjk(before) && !isCjk(after)) continue;
		if (hit[0] === "'" && isLatinLetter(masked[hit.index - 1]) && isLatinLetter(masked[hit.index + 1])) continue; // it's
		if (paired) {
			if (out.at(-1)?.offset === hit.index - 1 && out.at(-1)?.fix === '”') continue; // taken with the mark before
			// `"甲""乙"`: a closing and an opening mark side by side are one change, so --fix takes both at once.
			const next = pairs.get(hit.index + 1);
			const [length, fix] = paired === '”' && next === '“' ? [2, '”“'] : [1, paired];
			out.push({
				rule: 'straight-quote',
				offset: hit.index,
				length,
				message: `中文里用了直引号 " (straight quote)：${change(text, hit.index, hit.index + length, fix)}（${fix === '“' ? '前引号' : fix === '”' ? '后引号' : '后引号和前引号'}）。`,
				fix,
			});
			continue;
		}
		const [open, close] = hit[0] === '"' ? ['“', '”'] : ['‘', '’'];
		out.push({
			rule: 'straight-quote',
			offset: hit.index,
			length: 1,
			message: `中文里用了直引号 ${hit[0]} (straight quote)：“${excerpt(text, hit.index, hit.index + 1)}”中的 ${hit[0]} 应改为 ${open} 或 ${close}（前引号 ${open}，后引号 ${close}），请手工修改 (not auto-fixed)。`,
		});
	}
	return out;
};

/**
 * `，，` `。。`: a doubled mark is a slip. `……` and `——` are single marks written with two
 * characters, and GB/T 15834 allows repeating ！ and ？ for emphasis, so those are left alone.
 */
export const duplicatePunctuation: Rule = ({ text, masked }) => {
	const out: RawProblem[] = [];
	for (const hit of masked.matchAll(/([，。、；：])\1+/g)) {
		const mark = hit[1]!;
		const start = hit.index;
		const end = start + hit[0].length;
		// 。。。 is usually an ellipsis typed with full stops: a person has to choose.
		const ellipsis = mark === '。' && hit[0].length >= 3;
		out.push({
			rule: 'duplicate-punctuation',
			offset: start,
			length: end - start,
			message: ellipsis
				? `标点重复“${hit[0]}” (duplicated punctuation)：省略号应写作“……”(ellipsis)，句号只写一个“。”，请手工修改。`
				: `标点重复“${hit[0]}” (duplicated punctuation)：只留一个“${mark}”，${change(text, start, end, mark)}。`,
			...(ellipsis ? {} : { fix: mark }),
		});
	}
	return out;
};


/** `1）` `一）` at the start of a clause number a list; they have no opening bracket. */
function isEnumerator(masked: string, at: number): boolean {
	let i = at - 1;
	let n = 0;
	while (i >= 0 && n < 3 && /[0-9一二三四五六七八九十A-Za-z]/.test(masked[i]!)) {
		i--;
		n++;
	}
	return n > 0 && (i < 0 || /[\s\u3000。；：，、\uFFFC]/.test(masked[i]!));
}

/** First prose character of a block, for the multi-paragraph quotation convention. */
function firstChar(masked: string, block: Block): string | undefined {
	for (let i = block.start; i < block.end; i++) if (!/[\s\u3000\uFFFC]/.test(masked[i]!)) return masked[i];
	return undefined;
}

/**
 * Brackets and quotes must pair within a paragraph. One exception is the Chinese convention
 * for a quotation over several paragraphs: each paragraph opens with “ and only the last
 * closes it, so an open “ is fine when the next paragraph starts with “.
 */
export const unbalanced: Rule = ({ text, masked, blocks }) => {
	const out: RawProblem[] = [];
	const report = (at: number, message: string) => out.push({ rule: 'unbalanced', offset: at, length: 1, message });
	blocks.forEach((block, index) => {
		const stack: { ch: string; at: number }[] = [];
		for (let i = block.start; i < block.end; i++) {
			const ch = masked[i]!;
			if (PAIRS[ch]) {
				stack.push({ ch, at: i });
				continue;
			}
			const open = CLOSERS.get(ch);
			if (!open) continue;
			if (ch === '’' && isLatinLetter(masked[i - 1]) && (isLatinLetter(masked[i + 1]) || masked[i + 1] === ' ')) continue; // O’Brien
			const depth = stack.findLastIndex((s) => s.ch === open);
			if (depth === -1) {
				if (ch === '）' && isEnumerator(masked, i)) continue;
				report(i, `“${ch}”前面没有配对的“${open}” (unbalanced ${ch})：“${excerpt(text, i, i + 1)}”——补上“${open}”，或删掉多余的“${ch}”。`);
				continue;
			}
			for (const inner of stack.splice(depth).slice(1)) {
				report(inner.at, `“${inner.ch}”没有配对的“${PAIRS[inner.ch]}” (unbalanced ${inner.ch})：“${excerpt(text, inner.at, inner.at + 1)}”——在“${ch}”之前补上“${PAIRS[inner.ch]}”，或删掉多余的“${inner.ch}”。`);
			}
		}
		const next = blocks[index + 1];
		const continues = block.field === undefined && next?.field === undefined && next !== undefined && firstChar(masked, next) === '“';
		for (const left of stack) {
			if (left.ch === '“' && continues && stack.every((s) => s.ch === '“')) continue;
			report(
				left.at,
				`“${left.ch}”没有配对的“${PAIRS[left.ch]}” (unbalanced ${left.ch})：“${excerpt(text, left.at, left.at + 1)}”——本段找不到“${PAIRS[left.ch]}”，请补上，或删掉多余的“${left.ch}”。` +
					(left.ch === '“' ? '引文跨几段时，每段开头都用“，只在最后一段末尾用”。' : ''),
			);
		}
	});
	return out;
};

export const RULES: Rule[] = [straySpace, noSpace, lineBreak, halfWidthPunctuation, straightQuote, duplicatePunctuation, unbalanced];
