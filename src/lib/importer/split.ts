/**
 * Page → pieces. Works in three passes over the exported lines:
 *
 * 1. Segments: runs of lines between blank lines, cut again where a line must start a new
 *    paragraph although no blank line precedes it: a dateline (本报讯（…）), a signature (□…),
 *    and after a sentence end a line opening a quote (“…) or an indented line.
 * 2. Items: a segment that follows a paragraph cut mid-sentence continues it (the blank line
 *    was a column break); otherwise it is the page header, a signature, a headline-shaped block
 *    or a paragraph. A headline-shaped block in running text whose first line fills the column
 *    is a paragraph start cut at the column end, not a subhead.
 * 3. Pieces: a new piece starts at a dateline, after a signature or a photo caption, at a photo
 *    caption, at an indented first line (when indents are rare enough on the page to mark frame
 *    starts rather than every paragraph), or where the column width changes (the next story is
 *    set in another column). Headline-shaped blocks between two paragraphs of one piece are its
 *    subheads; blocks where a piece ends form a headline run, matched to pieces later.
 */
import { extractLeadByline, extractTrailingCredit, isCaptionText, isSignatureLine, parseSignature, startsWithByline, UNIT_SUFFIX } from './bylines.ts';
import { looksLikeHeadline, type HeadlineRun } from './headlines.ts';
import { cleanHeadlineText, columnWidth, differentColumns, displayWidth, endsSentence, joinLines, readLines, type RawLine } from './lines.ts';
import { isPageCredit, mastheadAt, parseWebHeader } from './masthead.ts';
import type { PageHeader, PieceDraft, StartReason } from './types.ts';

export interface Segment {
	lines: RawLine[];
	/** A blank line (or the start of the page) precedes it. */
	blankBefore: boolean;
	/** It starts a paragraph by what it begins with, whatever precedes it. */
	forced: boolean;
}

export interface Paragraph {
	type: 'paragraph';
	segments: Segment[];
}

export type PageItem =
	| ({ type: 'header' } & PageHeader)
	| Paragraph
	| { type: 'title'; lines: string[]; line: number }
	| { type: 'signature'; text: string; line: number }
	/** A byline on a line of its own without a mark: 本报记者 杨帆. */
	| { type: 'credit'; text: string; line: number };

export interface SplitPage {
	header?: PageHeader;
	pieces: PieceDraft[];
	runs: HeadlineRun[];
	/** Lines that belong to nothing (a signature with no story above it, 本版责任编辑). */
	stray: { line: number; text: string }[];
	/** 见报日期 printed in the masthead, `YYYY-MM-DD`. */
	date?: string;
}

/** ` 3工运纵横`, `工运纵横 3`, `第3版 工运纵横`: page number and column name. */
export function parseHeader(text: string): { page: number; column: string; date?: string } | undefined {
	const t = text.trim();
	let m = /^第?\s*(\d{1,2})\s*版?\s*([\p{Script=Han}]{2,8})$/u.exec(t);
	if (m) return { page: Number(m[1]), column: m[2]! };
	m = /^([\p{Script=Han}]{2,8})\s*第?\s*(\d{1,2})\s*版?$/u.exec(t);
	if (m) return { page: Number(m[2]), column: m[1]! };
	// 第3版：工运纵横, or 2024年3月5日 星期二 第3版 工运纵横 on one line.
	return displayWidth(t) <= 40 && !/[。，]/.test(t) ? parseWebHeader(t) : undefined;
}

/**
 * Indents mark frame starts only where they are rare (the seed page has three: the header and
 * two stories that begin without a blank line); on a page that indents every paragraph they
 * mark nothing more than a paragraph.
 */
export function indentsMarkFrames(lines: RawLine[]): boolean {
	const indented = lines.filter((l) => l.indented).length;
	const paragraphs = lines.filter((l, i) => l.text !== '' && (i === 0 || lines[i - 1]!.text === '')).length;
	return indented <= Math.max(1, paragraphs / 4);
}

/** Pass 1. */
export function segmentLines(lines: RawLine[]): Segment[] {
	const runs: RawLine[][] = [];
	let run: RawLine[] = [];
	for (const line of lines) {
		if (line.text === '') {
			if (run.length) runs.push(run);
			run = [];
		} else run.push(line);
	}
	if (run.length) runs.push(run);

	const segments: Segment[] = [];
	for (const run of runs) {
		let current: Segment = { lines: [], blankBefore: true, forced: false };
		run.forEach((line, i) => {
			const prev = run[i - 1];
			const opens = startsWithByline(line.text) || isSignatureLine(line.text);
			const cut =
				prev !== undefined &&
				(opens ||
					isSignatureLine(prev.text) ||
					(endsSentence(prev.text) && (/^[“"]/.test(line.text) || line.indented)));
			if (cut) {
				segments.push(current);
				current = { lines: [], blankBefore: false, forced: true };
			} else if (i === 0) current.forced = opens || line.indented;
			current.lines.push(line);
		});
		segments.push(current);
	}
	return segments;
}

const texts = (segment: Segment) => segment.lines.map((l) => l.text);
const lastText = (p: Paragraph) => p.segments.at(-1)!.lines.at(-1)!.text;
/** A paragraph cut mid-sentence goes on after a column break; one ending in a credit (□王辉 摄, （X县总工会）) does not. */
const isOpen = (p: Paragraph) => !endsSentence(lastText(p)) && !extractTrailingCredit(joinLines(p.segments.flatMap(texts)));

/**
 * Column widths measured in a paragraph, one per segment, `undefined` for a segment with fewer
 * than two full lines (one line is too noisy: a line beside a picture or full of digits is
 * short). A paragraph may run from one column into a wider one, so the start of a paragraph
 * is its first segment and its end its last measurable one.
 */
function widths(p: Paragraph): (number | undefined)[] {
	return p.segments.map((segment, i) => {
		const lines = texts(segment);
		const options = { startsParagraph: i === 0, endsParagraph: i === p.segments.length - 1 && !isOpen(p) };
		const full = lines.length - (options.endsParagraph ? 1 : 0) - (options.startsParagraph ? 1 : 0);
		return full >= 2 ? columnWidth(lines, options) : undefined;
	});
}

const widthAtEnd = (p: Paragraph) => widths(p).findLast((w) => w !== undefined);

/** A rougher measure for short paragraphs: the longest line of the last segment, if it has two. */
function longestLine(p: Paragraph): number | undefined {
	const lines = texts(p.segments.at(-1)!);
	return lines.length >= 2 ? Math.max(...lines.map(displayWidth)) : undefined;
}

/** Pass 2. */
export function pageItems(segments: Segment[]): PageItem[] {
	const items: PageItem[] = [];
	segments.forEach((segment, s) => {
		const lines = texts(segment);
		const last = items.at(-1);
		if (last?.type === 'paragraph' && isOpen(last) && segment.blankBefore && !segment.forced) {
			last.segments.push(segment);
			return;
		}
		const header = lines.length === 1 && !items.some((i) => i.type !== 'header') ? parseHeader(lines[0]!) : undefined;
		if (header) {
			items.push({ type: 'header', ...header, line: segment.lines[0]!.no });
			return;
		}
		if (lines.length === 1 && isSignatureLine(lines[0]!)) {
			items.push({ type: 'signature', text: lines[0]!, line: segment.lines[0]!.no });
			return;
		}
		const credit = lines.length === 1 && !startsWithByline(lines[0]!) ? parseSignature(lines[0]!) : undefined;
		if (credit) {
			// 本报记者 王辉 摄 under a caption closes it like a signature; 本报记者 杨帆 is a byline.
			items.push({ type: credit.photographers.length ? 'signature' : 'credit', text: lines[0]!, line: segment.lines[0]!.no });
			return;
		}
		if (looksLikeHeadline(lines) && !segment.forced && !(last?.type === 'paragraph' && isOpen(last))) {
			// In running text (a paragraph before, a paragraph after) a line as wide as the column
			// is a paragraph's first line cut at the column end, not a subhead.
			const next = segments[s + 1];
			// A caption (图为…) cannot continue a cut sentence, so what precedes it is no cut line.
			const inFlow = last?.type === 'paragraph' && next !== undefined && !next.forced && !looksLikeHeadline(texts(next)) && !isCaptionText(texts(next)[0]!);
			const width = inFlow ? (widthAtEnd(last) ?? longestLine(last)) : undefined;
			if (width === undefined || displayWidth(lines[0]!) < 0.85 * width) {
				items.push({ type: 'title', lines, line: segment.lines[0]!.no });
				return;
			}
		}
		items.push({ type: 'paragraph', segments: [segment] });
	});
	return items;
}

/** 紫阳县总工会, 西安昆仑公司: a unit label on a line of its own, never a subhead. */
const isUnitLine = (line: string) => !/[\s“”"《》，、！？]/.test(line.trim()) && [...line.trim()].length <= 14 && UNIT_SUFFIX.test(line.trim());

const paragraphText = (p: Paragraph) => joinLines(p.segments.flatMap(texts));
const isPhotoCaption = (p: Paragraph) => isCaptionText(paragraphText(p));

/** Pass 3. */
export function splitPage(raw: string): SplitPage {
	const lines = readLines(raw);
	// The masthead of a front page and the editors' credits are no article: blank them out.
	const masthead = mastheadAt(lines.map((l) => l.text));
	const furniture: SplitPage['stray'] = [];
	for (const i of masthead.indexes) lines[i] = { ...lines[i]!, text: '', indented: false };
	for (const [i, line] of lines.entries()) {
		if (!isPageCredit(line.text)) continue;
		furniture.push({ line: line.no, text: line.text });
		lines[i] = { ...line, text: '', indented: false };
	}
	const segments = segmentLines(lines);
	const items = pageItems(segments);
	const indentMeans = indentsMarkFrames(lines);

	// `width`: the column the piece was last measured in (see `widths`).
	type Open = PieceDraft & { closed: boolean; lastParagraph?: Paragraph; width?: number };
	const pieces: Open[] = [];
	const runs: HeadlineRun[] = [];
	const stray: SplitPage['stray'] = [...furniture];
	let header: PageHeader | undefined;
	let current: Open | undefined;
	let pending: { line: number; lines: string[] }[] = [];
	let pendingCredit: string | undefined;

	const flushRun = (after: number | undefined) => {
		if (!pending.length) return;
		runs.push({ blocks: pending, ...(current ? { before: pieces.length - 1 } : {}), ...(after !== undefined ? { after } : {}) });
		pending = [];
	};

	for (const item of items) {
		if (item.type === 'header') {
			header ??= { page: item.page, column: item.column, line: item.line, ...(item.date ? { date: item.date } : {}) };
			continue;
		}
		if (item.type === 'title') {
			pending.push({ line: item.line, lines: item.lines });
			continue;
		}
		if (item.type === 'credit') {
			// Under a headline (or where a piece has ended) it is the next piece's byline; after
			// the paragraphs of a running piece, with no headline between, it closes that piece.
			if (pending.length || !current || current.closed) pendingCredit = item.text;
			else {
				current.signature = item.text;
				current.closed = true;
				current.lastLine = item.line;
			}
			continue;
		}
		if (item.type === 'signature') {
			flushRun(undefined);
			// A piece closed by a credit at its end may still carry a signature line under it.
			if (current && (!current.closed || (!current.signature && !current.photo))) {
				current.signature = item.text;
				current.closed = true;
				current.lastLine = item.line;
			} else stray.push({ line: item.line, text: item.text });
			continue;
		}
		const firstLine = item.segments[0]!.lines[0]!;
		const photo = isPhotoCaption(item);
		let start: StartReason | undefined;
		if (!current) start = pending.length ? 'headline' : 'first';
		else if (startsWithByline(firstLine.text)) start = 'byline';
		else if (current.closed) start = current.photo ? 'photo' : 'signature';
		else if (photo) start = 'photo';
		else if (indentMeans && firstLine.indented && current.lastParagraph && !isOpen(current.lastParagraph)) start = 'indent';
		else if (differentColumns(current.width, widths(item)[0])) start = 'width';
		// Subheads come one block at a time; several blocks, or a unit label, are the headline
		// frames of the story before (or after): the paragraph after them starts another piece.
		else if (pending.length >= 2 || (pending.length === 1 && pending[0]!.lines.length === 1 && isUnitLine(pending[0]!.lines[0]!))) start = 'headline';
		else if (pendingCredit) start = 'headline';

		if (start) {
			flushRun(pieces.length);
			current = { blocks: [], photo, start, firstLine: firstLine.no, lastLine: firstLine.no, closed: photo, ...(pendingCredit ? { credit: pendingCredit } : {}) };
			pendingCredit = undefined;
			pieces.push(current);
		} else if (pending.length) {
			for (const block of pending) current!.blocks.push({ kind: 'subhead', lines: block.lines, line: block.line });
			pending = [];
		}
		current!.blocks.push({ kind: 'paragraph', text: paragraphText(item), line: firstLine.no });
		// A credit at the end (（据《贵州日报》）, （X县总工会）, （本报记者 X）) closes the piece like a signature.
		if (extractTrailingCredit(paragraphText(item))) current!.closed = true;
		current!.lastParagraph = item;
		current!.width = widthAtEnd(item) ?? current!.width;
		current!.lastLine = item.segments.at(-1)!.lines.at(-1)!.no;
	}
	flushRun(undefined);
	const drafts: PieceDraft[] = pieces.map(({ closed: _closed, lastParagraph: _last, width: _width, ...piece }) => piece);
	splitAtSecondByline(drafts, runs);

	return {
		...(header ? { header } : {}),
		pieces: drafts,
		runs,
		stray,
		...((header?.date ?? masthead.date) ? { date: header?.date ?? masthead.date } : {}),
	};
}

/**
 * One piece cannot carry two different bylines: a story whose dateline names its authors
 * (本报讯（记者 郑宇）) and that ends with a signature of other people (□秦风) is two pieces, and
 * the last subhead-looking block between them is the second one's headline, printed above it.
 * Headline runs keep pointing at the same stories.
 */
export function splitAtSecondByline(pieces: PieceDraft[], runs: HeadlineRun[]): void {
	for (let k = 0; k < pieces.length; k++) {
		const piece = pieces[k]!;
		const signed = piece.signature ? parseSignature(piece.signature) : undefined;
		const firstParagraph = piece.blocks.find((b) => b.kind === 'paragraph');
		const lead = firstParagraph?.kind === 'paragraph' ? extractLeadByline(firstParagraph.text) : undefined;
		if (!signed?.authors.length || !lead?.authors.length) continue;
		if (signed.authors.some((a) => lead.authors.some((b) => b.name === a.name))) continue;
		const at = piece.blocks.findLastIndex((b) => b.kind === 'subhead');
		const head = piece.blocks[at];
		if (at <= 0 || head?.kind !== 'subhead' || !piece.blocks.slice(at + 1).some((b) => b.kind === 'paragraph')) continue;
		const { signature, ...rest } = piece;
		const first: PieceDraft = { ...rest, blocks: piece.blocks.slice(0, at), lastLine: head.line - 1 };
		const second: PieceDraft = {
			blocks: piece.blocks.slice(at + 1),
			...(signature ? { signature } : {}),
			photo: false,
			start: 'bylines',
			firstLine: head.line,
			lastLine: piece.lastLine,
			headline: { title: head.lines.map(cleanHeadlineText), score: 1, how: 'printed', items: [] },
		};
		pieces.splice(k, 1, first, second);
		for (const run of runs) {
			if (run.before !== undefined && (run.before > k || (run.before === k && run.blocks[0]!.line > head.line))) run.before++;
			if (run.after !== undefined && run.after > k) run.after++;
		}
		k++;
	}
}
