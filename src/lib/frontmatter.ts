/**
 * The one reader and writer of article files' YAML frontmatter. Reads it the way Astro does,
 * but keeps line numbers so that every message can point an editor at the line to change;
 * writes it so that Astro reads back exactly what was meant.
 */
import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type Scalar } from 'yaml';

export interface FrontmatterError {
	/** 1-based line in the file. */
	line: number;
	/** The `yaml` package's error code, or `MISSING_FRONTMATTER`. */
	code: string;
	message: string;
}

export interface ParsedArticleFile {
	/** Parsed frontmatter (plain JS values, YAML timestamps as Date like Astro's parser). */
	data: Record<string, unknown>;
	/** Markdown after the closing `---`. */
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
	/** 1-based line of a frontmatter key or list item (`counties.1`), when known. */
	lineOf(path: (string | number)[]): number | undefined;
	/** The YAML between the fences, as typed. */
	yaml: string;
	/** YAML syntax errors (or a missing frontmatter), with their file lines and the parser's codes. */
	errors: FrontmatterError[];
}

/** The frontmatter fence, as Astro reads it: `---` lines, the closing one may end the file. */
const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

/**
 * Where a file's frontmatter is: the whole fenced block (`length`, from the file's start)
 * and the YAML between the fences. `undefined` when the file does not start with one.
 */
export function findFrontmatter(text: string): { length: number; yaml: string } | undefined {
	const match = text.startsWith('---') ? FENCE.exec(text) : null;
	return match && match.index === 0 ? { length: match[0].length, yaml: match[1] ?? '' } : undefined;
}

/** YAML as Astro's frontmatter parser reads it (1.1: unquoted 2022-02-09 becomes a Date). */
export function parseFrontmatterYaml(yaml: string, lineCounter?: LineCounter) {
	return parseDocument(yaml, { version: '1.1', customTags: ['timestamp'], prettyErrors: false, ...(lineCounter ? { lineCounter } : {}) });
}

export function parseArticleFile(source: string): ParsedArticleFile {
	const text = source.replace(/^\uFEFF/, '');
	const match = findFrontmatter(text);
	if (!match) {
		return { data: {}, body: text, bodyLine: 1, yaml: '', lineOf: () => undefined, errors: [{ line: 1, code: 'MISSING_FRONTMATTER', message: 'missing-frontmatter' }] };
	}
	const yamlText = match.yaml;
	const lineCounter = new LineCounter();
	const doc = parseFrontmatterYaml(yamlText, lineCounter);
	// LineCounter counts from 1 within the YAML; the opening fence is line 1 of the file.
	const errors = doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line + 1, code: e.code, message: e.message }));
	const raw = errors.length ? {} : doc.toJS();
	const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const bodyStart = match.length;
	const bodyLine = text.slice(0, bodyStart).split('\n').length;

	function lineOf(path: (string | number)[]): number | undefined {
		let node: unknown = doc.contents;
		let line: number | undefined;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
				if (!pair) break;
				const range = (pair.key as Node).range;
				if (range) line = lineCounter.linePos(range[0]).line;
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				const item = node.items[key] as Node | undefined;
				if (!item) break;
				if (item.range) line = lineCounter.linePos(item.range[0]).line;
				node = item;
			} else break;
		}
		// LineCounter counts from 1 within the YAML; the opening fence is line 1 of the file.
		return line === undefined ? undefined : line + 1;
	}

	return { data, body: text.slice(bodyStart), bodyLine, yaml: yamlText, lineOf, errors };
}

export interface StringifyOptions {
	/** Comments written above a key (`# …` lines), by key. */
	keyComments?: Record<string, string>;
	/** Comment at the top of the frontmatter, and at its end. */
	commentBefore?: string;
	comment?: string;
	/** `[ a, b ]` rather than `[a, b]` in one-line lists (the `yaml` package's default). */
	flowPadding?: boolean;
}

/**
 * Frontmatter YAML (without fences, ending in a newline) for a plain object, keys in the
 * object's order. Quoting is the `yaml` package's, for YAML 1.1 as Astro reads it (`yes`,
 * `on`, `1:2` come out quoted); lists other than a multi-line `title` go on one line as
 * editors write them (`authors: [记者 刘强]`); a day is written bare (`date: 2022-02-09`).
 */
export function stringifyFrontmatter(data: Record<string, unknown>, options: StringifyOptions = {}): string {
	const doc = new Document(data, { version: '1.1' });
	visit(doc, {
		Pair(_, pair) {
			const key = String((pair.key as Scalar | null)?.value);
			if (isSeq(pair.value) && key !== 'title') pair.value.flow = true;
			const comment = options.keyComments?.[key];
			if (comment && isScalar(pair.key)) pair.key.commentBefore = comment;
		},
	});
	if (options.commentBefore) doc.commentBefore = options.commentBefore;
	if (options.comment) doc.comment = options.comment;
	const yaml = doc
		.toString({ lineWidth: 0, flowCollectionPadding: options.flowPadding ?? false })
		// YAML 1.1 quotes a date-like string; editors write the day bare, and the schema reads both alike.
		.replace(/^date: "(\d{4}-\d{2}-\d{2})"$/m, 'date: $1');
	return yaml.endsWith('\n') ? yaml : `${yaml}\n`;
}

/** A whole article file: fenced frontmatter, a blank line, the body, a final newline. */
export function writeArticleFile(data: Record<string, unknown>, body: string, options: StringifyOptions = {}): string {
	return `---\n${stringifyFrontmatter(data, options)}---\n\n${body}\n`;
}
