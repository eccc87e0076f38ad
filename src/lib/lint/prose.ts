/**
 * Finds the prose in an article file: frontmatter string values and the Markdown text an
 * editor wrote, without code, URLs, HTML tags, YAML keys or Markdown syntax. Everything else
 * is replaced by {@link MASK}, character for character and keeping line breaks, so that an
 * offset into the masked text is the same offset into the file and line numbers stay right.
 */
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { findFrontmatter, parseFrontmatterYaml } from '../frontmatter.ts';
import { MASK } from './chars.ts';

/** A paragraph of prose: one frontmatter value, or one Markdown paragraph, heading or list item. */
export interface Block {
	start: number;
	end: number;
	/** Frontmatter key the value belongs to; `undefined` in the body. */
	field?: string;
}

export interface ProseMap {
	/** The file's text with everything that is not prose replaced by MASK (newlines kept). */
	masked: string;
	blocks: Block[];
	/** Offset of the first body character (after the frontmatter). */
	bodyStart: number;
}

/** Values that are paths or identifiers, not copy. */
const NOT_PROSE_FIELDS = new Set(['image', 'date', 'draft', 'page', 'order']);

class Masker {
	readonly chars: string[];
	constructor(text: string) {
		this.chars = text.split('');
	}
	mask(start: number, end: number) {
		for (let i = start; i < end; i++) if (this.chars[i] !== '\n') this.chars[i] = MASK;
	}
	unmaskFrom(text: string, start: number, end: number) {
		for (let i = start; i < end; i++) this.chars[i] = text[i]!;
	}
	toString() {
		return this.chars.join('');
	}
}

export function proseMap(text: string, options: { mdx?: boolean } = {}): ProseMap {
	const m = new Masker(text);
	const blocks: Block[] = [];
	let bodyStart = 0;
	if (text.startsWith('\uFEFF')) {
		m.mask(0, 1);
		bodyStart = 1;
	}
	const fm = findFrontmatter(text.slice(bodyStart));
	if (fm) {
		const yamlStart = text.indexOf('\n', bodyStart) + 1;
		const yamlText = fm.yaml;
		m.mask(bodyStart, bodyStart + fm.length);
		for (const b of frontmatterValues(yamlText)) {
			m.unmaskFrom(text, yamlStart + b.start, yamlStart + b.end);
			blocks.push({ start: yamlStart + b.start, end: yamlStart + b.end, field: b.field });
		}
		bodyStart += fm.length;
	}
	blocks.push(...maskMarkdown(text, bodyStart, m, options.mdx ?? false));
	// Windows line ends: the \r is part of the line break, not of the text.
	for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) m.mask(i, i + 1);
	return { masked: m.toString(), blocks, bodyStart };
}

/** String values of the frontmatter, by top-level key, as offsets into the YAML text. */
function frontmatterValues(yamlText: string): { start: number; end: number; field: string }[] {
	// A YAML syntax error is the build's to report (with its own message); lint what parses.
	const doc = parseFrontmatterYaml(yamlText);
	if (doc.errors.length || !isMap(doc.contents)) return [];
	const out: { start: number; end: number; field: string }[] = [];
	const collect = (node: unknown, field: string) => {
		if (isSeq(node) || isMap(node)) {
			for (const item of node.items) collect(isMap(node) ? (item as { value: unknown }).value : item, field);
			return;
		}
		if (!isScalar(node) || typeof node.value !== 'string' || !(node as Node).range) return;
		const [start, end] = (node as Node).range!;
		switch (node.type) {
			case 'QUOTE_DOUBLE':
			case 'QUOTE_SINGLE':
				out.push({ start: start + 1, end: end - 1, field });
				break;
			case 'BLOCK_LITERAL':
			case 'BLOCK_FOLDED': {
				// Skip the `|` / `>` header line; indentation at line starts is never flagged.
				const first = yamlText.indexOf('\n', start) + 1;
				if (first > 0 && first < end) out.push({ start: first, end, field });
				break;
			}
			default:
				out.push({ start, end, field });
		}
	};
	for (const pair of doc.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
		if (key && !NOT_PROSE_FIELDS.has(key)) collect(pair.value, key);
	}
	return out;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const BLOCK_START = /^ {0,3}(?:#{1,6}(?:[ \t]|$)|>|[-*+][ \t]|\d{1,9}[.)][ \t])/;
const WHOLE_LINE_SYNTAX = [
	/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/, // thematic break
	/^ {0,3}(?:=+|-+)[ \t]*$/, // setext underline
	/^ {0,3}\[[^\]]+\]:[ \t]*\S/, // link reference definition
	/^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/, // table separator
];
const LINE_MARKERS = /^(?: {0,3}>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t]))?(?: {0,3}#{1,6}(?=[ \t]|$))?/;
const INLINE_SYNTAX: RegExp[] = [
	/(`+)[^`]*?\1/g, // code span (before anything that could match inside it)
	/<!--[\s\S]*?-->/g, // comment on one line
	/<\/?[A-Za-z][^<>\n]*>/g, // HTML / JSX tag, autolink <https://…>
	/(?:https?|ftp):\/\/[^\s<>"'()（）\p{Script=Han}，。；：！？、“”‘’《》]+/gu, // bare URL
	/\bwww\.[A-Za-z0-9-]+\.[^\s<>"'()（）\p{Script=Han}，。；：！？、“”‘’《》]+/gu,
	/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, // e-mail
	/&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/g, // HTML entity
	/\\(?=[\\`*_{}[\]()#+\-.!|<>~])/g, // Markdown escape (the backslash only)
	/\\$/g, // hard line break
	/\*+|_{1,3}(?![A-Za-z0-9])|(?<![A-Za-z0-9])_{1,3}|~~/g, // emphasis, strikethrough
	/\[\^[^\]]+\]/g, // footnote reference
];
/** `[text](url)`, `![alt](src)`, `[text][ref]`: the text is prose, the rest is syntax. */
const LINK = /(!?\[)([^\]\n]*)(\]\([^)\n]*\)|\]\[[^\]\n]*\])/g;

/** Masks Markdown syntax in the body; returns its paragraphs. */
function maskMarkdown(text: string, from: number, m: Masker, mdx: boolean): Block[] {
	const blocks: Block[] = [];
	// Multi-line comments (e.g. the body placeholder `npm run new` writes) are not prose.
	for (const c of text.slice(from).matchAll(/<!--[\s\S]*?(?:-->|$)/g)) m.mask(from + c.index, from + c.index + c[0].length);
	// Tags written over several lines (`<Photo\n  alt="…"\n/>`): attributes are code, not prose.
	for (const c of text.slice(from).matchAll(/<\/?[A-Za-z][^<>]*>/g)) m.mask(from + c.index, from + c.index + c[0].length);
	if (mdx) for (const c of text.slice(from).matchAll(/\{\/\*[\s\S]*?\*\/\}/g)) m.mask(from + c.index, from + c.index + c[0].length);

	let fence: string | undefined;
	let prevBlank = true;
	let current: Block | undefined;
	const close = () => {
		if (current) blocks.push(current);
		current = undefined;
	};
	for (let start = from; start < text.length; ) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		const line = text.slice(start, end).replace(/\r$/, '');
		const next = nl === -1 ? text.length + 1 : nl + 1;
		const lineEnd = start + line.length;

		if (fence !== undefined) {
			m.mask(start, end);
			if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
			start = next;
			continue;
		}
		const open = FENCE_OPEN.exec(line);
		const maskedLine = m.chars.slice(start, lineEnd).join('');
		const blank = !line.trim() || !maskedLine.replace(new RegExp(`[\\s${MASK}]`, 'g'), '');
		if (open) {
			close();
			fence = open[1]!;
			m.mask(start, end);
		} else if (blank) {
			close();
		} else if (
			(prevBlank && /^(?: {4}|\t)/.test(line) && !current) || // indented code block
			(mdx && prevBlank && /^(?:import|export)\s/.test(line)) ||
			WHOLE_LINE_SYNTAX.some((re) => re.test(line))
		) {
			close();
			m.mask(start, end);
		} else {
			if (BLOCK_START.test(line)) close();
			maskLine(text, start, lineEnd, m, mdx);
			if (!current) current = { start, end: lineEnd };
			current.end = lineEnd;
			// A heading is a block of its own, even when a paragraph follows without a blank line.
			if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) close();
		}
		prevBlank = blank;
		start = next;
	}
	close();
	return blocks;
}

function maskLine(text: string, start: number, end: number, m: Masker, mdx: boolean) {
	const line = text.slice(start, end);
	const markers = LINE_MARKERS.exec(line);
	if (markers?.[0]) m.mask(start, start + markers[0].length);
	const closingHashes = /^ {0,3}#{1,6}[ \t].*?([ \t]+#+[ \t]*)$/.exec(line);
	if (closingHashes) m.mask(end - closingHashes[1]!.length, end);
	if (line.trimStart().startsWith('|')) for (const p of line.matchAll(/\|/g)) m.mask(start + p.index, start + p.index + 1);
	for (const re of INLINE_SYNTAX) {
		// Match on the partly masked line, so that nothing inside a code span or URL matches again.
		const current = m.chars.slice(start, end).join('');
		for (const hit of current.matchAll(re)) m.mask(start + hit.index, start + hit.index + hit[0].length);
	}
	for (const link of m.chars.slice(start, end).join('').matchAll(LINK)) {
		const at = start + link.index;
		m.mask(at, at + link[1]!.length);
		const tail = at + link[1]!.length + link[2]!.length;
		m.mask(tail, tail + link[3]!.length);
	}
	if (mdx) for (const expr of m.chars.slice(start, end).join('').matchAll(/\{[^{}\n]*\}/g)) m.mask(start + expr.index, start + expr.index + expr[0].length);
}
