/** Shared shapes of the copy lint (`npm run lint:content`). */
import type { HouseStyle } from '../schemas/site.ts';
import type { Block } from './prose.ts';

/** Site setting `houseStyle`: `newspaper` prints 为46名, `spaced` writes 为 46 名. */
export type { HouseStyle };

export type RuleId =
	| 'stray-space'
	| 'no-space'
	| 'line-break'
	| 'half-width-punctuation'
	| 'straight-quote'
	| 'duplicate-punctuation'
	| 'unbalanced'
	| 'autocorrect';

export interface Problem {
	rule: RuleId;
	/** Offset into the file's text (UTF-16 code units), and how many units the problem covers. */
	offset: number;
	length: number;
	/** 1-based line and column, filled in by `lintText`. */
	line: number;
	column: number;
	/** Chinese first, English term beside it, and what to change. */
	message: string;
	/** Replacement for `text.slice(offset, offset + length)` when `--fix` may apply it safely. */
	fix?: string;
}

export interface LintOptions {
	houseStyle: HouseStyle;
	/** `.mdx` file: `import`/`export` lines and `{expressions}` are code, not prose. */
	mdx?: boolean;
}

/** What every rule sees: the file, the same text with non-prose masked, and its paragraphs. */
export interface RuleContext {
	text: string;
	masked: string;
	blocks: Block[];
	options: LintOptions;
}

/** A rule reports offsets only; `lintText` adds line and column. */
export type RawProblem = Omit<Problem, 'line' | 'column'>;
export type Rule = (context: RuleContext) => RawProblem[];
