/**
 * Reads an article's YAML frontmatter the way Astro does, but keeps line numbers so that
 * every message can point an editor at the line to change.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

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

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?^---[ \t]*(?:\r?\n|$)/m;

export function parseArticleFile(source: string): ParsedArticleFile {
	const text = source.replace(/^\uFEFF/, '');
	const match = text.startsWith('---') ? FENCE.exec(text) : null;
	if (!match || match.index !== 0) {
		return { data: {}, body: text, bodyLine: 1, yaml: '', lineOf: () => undefined, errors: [{ line: 1, code: 'MISSING_FRONTMATTER', message: 'missing-frontmatter' }] };
	}
	const yamlText = match[1] ?? '';
	const lineCounter = new LineCounter();
	// YAML 1.1 turns unquoted 2022-02-09 into a Date, as Astro's frontmatter parser does.
	const doc = parseDocument(yamlText, { lineCounter, version: '1.1', customTags: ['timestamp'], prettyErrors: false });
	// LineCounter counts from 1 within the YAML; the opening fence is line 1 of the file.
	const errors = doc.errors.map((e) => ({ line: lineCounter.linePos(e.pos[0]).line + 1, code: e.code, message: e.message }));
	const raw = errors.length ? {} : doc.toJS();
	const data = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
	const bodyStart = match[0].length;
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
