/**
 * The one reader and writer of article files' YAML frontmatter. Reads it exactly as Astro does,
 * but keeps line numbers so that every message can point an editor at the line to change;
 * writes it so that Astro reads back exactly what was meant.
 *
 * The values come from the same parser Astro 7 uses for Markdown and MDX frontmatter
 * (`@astrojs/internal-helpers/frontmatter`: the same fence pattern, js-yaml 4 `load`, YAML 1.2
 * with timestamps), so the checker can never accept what the build then rejects (`draft: yes` is
 * the string "yes" to both). The `yaml` package is used only for positions and its error codes.
 * tests/unit/safety/hygiene.test.ts compares both readers on tricky input.
 */
import { load as loadYaml, YAMLException } from 'js-yaml';
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
	/** The YAML between the fences, as typed; its first line is the rest of the opening fence's line. */
	yaml: string;
	/** 1-based file line of the opening `---`. */
	fenceLine: number;
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

/**
 * The YAML's syntax tree, for positions (which scalar is where, quoted or not) and the `yaml`
 * package's error codes. Values are never taken from it: `parseArticleFile` reads them as Astro.
 */
export function parseFrontmatterYaml(yaml: string, lineCounter?: LineCounter) {
	return parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, ...(lineCounter ? { lineCounter } : {}) });
}

/** Astro's fence pattern (`@astrojs/internal-helpers/frontmatter`), with the YAML fence only. */
const ASTRO_FENCE = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

function missing(text: string, message = 'missing-frontmatter'): ParsedArticleFile {
	return { data: {}, body: text, bodyLine: 1, yaml: '', fenceLine: 1, lineOf: () => undefined, errors: [{ line: 1, code: 'MISSING_FRONTMATTER', message }] };
}

export function parseArticleFile(source: string): ParsedArticleFile {
	const match = ASTRO_FENCE.exec(source);
	// TOML (`+++`) frontmatter Astro would read too, but editors are taught YAML only.
	if (!match || match[0].trimStart().replace(/^\uFEFF/, '').startsWith('+++')) return missing(source.replace(/^\uFEFF/, ''));
	const yamlText = match[1]!;
	// Lines: the YAML text starts on the opening fence's line (after the `---`).
	const fenceLine = source.slice(0, match.index + match[0].length - 3 - yamlText.length).split('\n').length;
	// The syntax tree only when a line or an error code is asked for: parsing with the `yaml`
	// package costs three times js-yaml's load, and most files have nothing to point at.
	let tree: { doc: ReturnType<typeof parseFrontmatterYaml>; lineCounter: LineCounter } | undefined;
	const syntax = () => {
		if (!tree) {
			const lineCounter = new LineCounter();
			tree = { doc: parseFrontmatterYaml(yamlText, lineCounter), lineCounter };
		}
		return tree;
	};
	const toFile = (yamlLine: number) => yamlLine + fenceLine - 1;
	let raw: unknown;
	let errors: FrontmatterError[] = [];
	try {
		raw = loadYaml(yamlText);
	} catch (error) {
		if (!(error instanceof YAMLException)) throw error;
		// Astro would stop here: report it, with the `yaml` package's code and wording when it
		// saw the same mistake (its messages are the ones the hints know), else js-yaml's own.
		const line = toFile((error.mark?.line ?? 0) + 1);
		const code = /duplicated mapping key/.test(error.reason) ? 'DUPLICATE_KEY' : 'YAML';
		const { doc, lineCounter } = syntax();
		const lineErrors = doc.errors.map((e) => ({ line: toFile(lineCounter.linePos(e.pos[0]).line), code: e.code, message: e.message }));
		const same = lineErrors.find((e) => e.code === code) ?? (code === 'YAML' ? lineErrors[0] : undefined);
		errors = [same ?? { line, code, message: error.reason }];
	}
	const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const bodyStart = match.index + match[0].length;
	// The closing fence's line is part of the frontmatter; the body starts on the next line.
	const rest = source.slice(bodyStart);
	const newline = rest.indexOf('\n');
	const bodyFrom = newline === -1 ? source.length : bodyStart + newline + 1;
	const bodyLine = source.slice(0, bodyFrom).split('\n').length;

	function lineOf(path: (string | number)[]): number | undefined {
		const { doc, lineCounter } = syntax();
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
		return line === undefined ? undefined : toFile(line);
	}

	return { data, body: source.slice(bodyFrom), bodyLine, yaml: yamlText, fenceLine, lineOf, errors };
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
