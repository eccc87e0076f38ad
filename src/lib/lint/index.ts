/**
 * Copy lint for articles: `lintText` reports, `fixText` applies the safe fixes. Pure functions
 * of a file's text and the house style; `src/cli/lint-content.ts` does the file handling.
 */
import { autocorrectRule } from './autocorrect.ts';
import { proseMap } from './prose.ts';
import { RULES, excerpt } from './rules.ts';
import type { LintOptions, Problem, RawProblem } from './types.ts';

export type { HouseStyle, LintOptions, Problem, RuleId } from './types.ts';

/** 1-based line and column of an offset, from the offsets where lines start. */
function locator(text: string): (offset: number) => { line: number; column: number } {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return (offset) => {
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - starts[lo]! + 1 };
	};
}

/** Whether two problems touch: an insertion right next to a replaced mark is the same spot. */
function touches(a: RawProblem, b: RawProblem): boolean {
	return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}

/** Every copy problem in an article file (frontmatter values and Markdown body), in file order. */
export function lintText(text: string, options: LintOptions): Problem[] {
	const { masked, blocks } = proseMap(text, { mdx: options.mdx });
	const context = { text, masked, blocks, options };
	const own = RULES.flatMap((rule) => rule(context));
	// Our rules say it in our words and know the house style; AutoCorrect fills in the rest.
	const extra = autocorrectRule(context).filter((p) => !own.some((o) => touches(o, p)));
	const locate = locator(text);
	return [...own, ...extra]
		.sort((a, b) => a.offset - b.offset || a.length - b.length)
		.map((p) => ({ ...p, ...locate(p.offset) }));
}

export interface AppliedFix {
	/** Where the change was, in the file as it was before `--fix`. */
	line: number;
	column: number;
	rule: Problem['rule'];
	before: string;
	after: string;
}

interface Edit {
	start: number;
	oldLength: number;
	newLength: number;
}

/** Maps an offset in a pass's output back to its input, so reports name the original lines. */
function mapBack(offset: number, edits: Edit[]): number {
	let shift = 0;
	for (const e of edits) {
		const outStart = e.start + shift;
		if (offset < outStart) break;
		if (offset < outStart + e.newLength) return e.start;
		shift += e.newLength - e.oldLength;
	}
	return offset - shift;
}

/**
 * Applies every safe fix (spaces, punctuation width, doubled marks), repeating while one fix
 * uncovers another (`工会 (筹)` → `工会 （筹）` → `工会（筹）`). Quotes and brackets are never
 * touched: pairing them needs a reader.
 */
export function fixText(text: string, options: LintOptions): { text: string; applied: AppliedFix[] } {
	const locateOriginal = locator(text);
	const history: Edit[][] = [];
	const applied: AppliedFix[] = [];
	let current = text;
	for (let pass = 0; pass < 5; pass++) {
		const chosen: Problem[] = [];
		for (const p of lintText(current, options)) {
			if (p.fix === undefined) continue;
			const last = chosen.at(-1);
			if (last && touches(last, p)) continue;
			chosen.push(p);
		}
		if (!chosen.length) break;
		const edits: Edit[] = [];
		for (const p of chosen) {
			let original = p.offset;
			for (const h of [...history].reverse()) original = mapBack(original, h);
			const { line, column } = locateOriginal(original);
			applied.push({ line, column, rule: p.rule, before: excerpt(current, p.offset, p.offset + p.length), after: excerpt(current, p.offset, p.offset + p.length, p.fix) });
			edits.push({ start: p.offset, oldLength: p.length, newLength: p.fix!.length });
		}
		for (const p of [...chosen].reverse()) current = current.slice(0, p.offset) + p.fix + current.slice(p.offset + p.length);
		history.push(edits);
	}
	applied.sort((a, b) => a.line - b.line || a.column - b.column);
	return { text: current, applied };
}

/** `file:line:col  message`, the form editors' tools (and VS Code's terminal) link to. */
export function formatProblem(file: string, p: Problem): string {
	return `${file}:${p.line}:${p.column}  ${p.message}${p.fix !== undefined ? '  [可自动修正 fixable: --fix]' : ''}`;
}
