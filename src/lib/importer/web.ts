/**
 * Web / PDF text → pieces: what an editor gets by copying a page of a 数字报 web edition or
 * running `pdftotext` on the page PDF. Unlike the layout export, a headline comes before its
 * story and a paragraph is one line, indented with full-width spaces (　　):
 *
 *     第5版：职工生活                       ← page header (the date may stand beside it)
 *     ■ 聚焦一线                            ← column label above a headline
 *     西安市总工会开展“冬送温暖”活动        ← 引题 (kicker)
 *     五千名快递小哥领到暖心包              ← 主题 (title)
 *     ——新就业形态劳动者服务阵地全覆盖      ← 副题 (subtitle), often opening with ——
 *     本报记者 刘强 通讯员 贺婷             ← byline line (or 本报讯（…） in the first paragraph)
 *     　　本报讯 近日，……                   ← paragraphs, indented
 *     　　一线服务更贴心                    ← a short indented line without a sentence end: a subhead
 *     □何应洋                               ← signature; （X县总工会） an attribution
 *
 * A piece starts at a headline block (unindented short lines followed by a paragraph), at a
 * dateline, after a signature or attribution, and at a photo caption. A single unindented line
 * inside a piece that has not ended is a subhead, unless what follows starts a piece.
 */
import { extractLeadByline, extractTrailingCredit, isCaptionText, parseCreditLine, startsWithByline } from './bylines.ts';
import { genreOfLabel } from './genre.ts';
import type { Headline } from './headlines.ts';
import { cleanHeadlineText, displayWidth, endsSentence, readLines, type RawLine } from './lines.ts';
import { isMastheadLine, isPageChrome, isPageCredit, isPaperName, parseWebHeader, printedDate } from './masthead.ts';
import { splitAtSecondByline } from './split.ts';
import type { PageHeader, PieceDraft, StartReason } from './types.ts';

/** Bullets and brackets that mark a column label: ■ 聚焦一线, 【基层动态】, ◆工会论坛. */
const LABEL_MARK = /^[■□●◆◇▲△★☆◎▶►]\s*|^【(.+)】$/u;

/**
 * Whether a line above a headline is a column label rather than a kicker: it carries a label
 * mark, or it is a short phrase (短评, 工会论坛) with no punctuation above a longer line.
 */
export function isColumnLabel(line: string, next: string | undefined): boolean {
	const t = line.trim();
	if (LABEL_MARK.test(t)) return true;
	if (next === undefined || /[，、“”《》\s—：:]/.test(t) || [...t].length > 5) return false;
	// 短评, 图片新闻, 身边榜样 name a kind of piece; other short phrases stand above a longer headline.
	return genreOfLabel(t) !== undefined || displayWidth(next) >= displayWidth(t) + 3;
}

export function cleanLabel(line: string): string {
	const t = line.trim();
	const bracket = /^【(.+)】$/u.exec(t);
	return (bracket ? bracket[1]! : t.replace(LABEL_MARK, '')).trim();
}

const isSubtitleLine = (line: string) => /^\s*(?:——|—|－－|--|─{1,2})/.test(line);
const dropDash = (line: string) => line.replace(/^\s*(?:——|—|－－|--|─{1,2})\s*/, '');

/**
 * A headline block as printed: [label] [kicker…] title [——subtitle]. Without a dash, two lines
 * are kicker and title (the 引题 is printed above), three are kicker, title and subtitle.
 */
export function parseHeadBlock(lines: readonly string[]): { headline?: Headline; label?: string } {
	let rest = lines.map((l) => l.trim()).filter(Boolean);
	let label: string | undefined;
	if (rest.length >= 2 && isColumnLabel(rest[0]!, rest[1])) {
		label = cleanLabel(rest[0]!);
		rest = rest.slice(1);
	} else if (rest.length === 1 && LABEL_MARK.test(rest[0]!)) {
		return { label: cleanLabel(rest[0]!) };
	}
	if (!rest.length) return label ? { label } : {};
	let subtitle: string | undefined;
	const dash = rest.findIndex((l, i) => i > 0 && isSubtitleLine(l));
	if (dash > 0) {
		subtitle = rest.slice(dash).map(dropDash).join(' ');
		rest = rest.slice(0, dash);
	} else if (rest.length >= 3) {
		subtitle = rest.at(-1);
		rest = rest.slice(0, -1);
	}
	const title = rest.at(-1)!;
	const kicker = rest.slice(0, -1).join(' ');
	const headline: Headline = {
		...(kicker ? { kicker: cleanHeadlineText(kicker) } : {}),
		title: [cleanHeadlineText(title)],
		...(subtitle ? { subtitle: cleanHeadlineText(subtitle) } : {}),
		score: 1,
		how: 'printed',
		items: [],
	};
	return { headline, ...(label ? { label } : {}) };
}

/** What a line of web text is, before context decides. */
type Kind = 'paragraph' | 'short' | 'indented-short' | 'credit' | 'bracket' | 'dateline';

/** Sentence punctuation: a line with it inside is running text, not a headline. */
const SENTENCE = /[。；！？][”’」』）)]*./u;

function kindOf(line: RawLine): Kind {
	const t = line.text;
	if (/^[（(][^（()）]*[）)]$/.test(t) && extractTrailingCredit(t)) return 'bracket';
	// （作者系中铁一局职工）, （作者单位：…）: a note on the author that ends the piece; it stays in the text.
	if (/^[（(]作者[^（()）]*[）)]$/.test(t)) return 'bracket';
	const lead = extractLeadByline(t);
	if (lead && !lead.rest) return 'dateline';
	if (!startsWithByline(t) && parseCreditLine(t) && !line.indented) return 'credit';
	if (/^[■□◆]/.test(t) && parseCreditLine(t)) return 'credit';
	const short = displayWidth(t) <= 36 && !SENTENCE.test(t) && !/[。，；：]$/.test(t) && !endsSentence(t) && !startsWithByline(t);
	if (short) return line.indented ? 'indented-short' : 'short';
	return 'paragraph';
}

export interface WebSplit {
	header?: PageHeader;
	pieces: PieceDraft[];
	/** Lines that belong to nothing (a label with no headline, a signature with no story). */
	stray: { line: number; text: string }[];
	/** 见报日期 printed on the page, `YYYY-MM-DD`. */
	date?: string;
}

export function splitWebPage(raw: string): WebSplit {
	const lines = readLines(raw).filter((l) => l.text !== '');
	const pieces: (PieceDraft & { closed: boolean })[] = [];
	const stray: WebSplit['stray'] = [];
	let header: PageHeader | undefined;
	let current: (PieceDraft & { closed: boolean }) | undefined;
	let head: RawLine[] = [];
	let dateline: string | undefined;
	let mastheadDate: string | undefined;

	const kinds = lines.map(kindOf);
	const paragraphLines = lines.filter((_, i) => kinds[i] === 'paragraph');
	const indentsParagraphs = paragraphLines.length > 0 && paragraphLines.filter((l) => l.indented).length / paragraphLines.length >= 0.6;
	const newPiece = (start: StartReason, first: number, extra: Partial<PieceDraft> = {}) => {
		current = { blocks: [], photo: false, start, firstLine: first, lastLine: first, closed: false, ...extra };
		pieces.push(current);
		return current;
	};

	lines.forEach((line, i) => {
		let kind = kinds[i]!;
		const text = line.text;
		if (!pieces.length && !head.length) {
			const h = parseWebHeader(text);
			if (h && !header && displayWidth(text) <= 40) {
				header = { ...h, line: line.no };
				return;
			}
			if (isMastheadLine(text) || (isPaperName(text) && lines[i + 1] && isMastheadLine(lines[i + 1]!.text))) {
				mastheadDate ??= printedDate(text);
				return;
			}
		}
		if (isPageChrome(text)) return;
		if (isPageCredit(text)) {
			stray.push({ line: line.no, text });
			return;
		}
		if (kind === 'short' || (kind === 'indented-short' && head.length)) {
			head.push(line);
			return;
		}
		if (kind === 'credit' && head.length) {
			// A byline line right under the headline.
			const { headline, label } = parseHeadBlock(head.map((l) => l.text));
			newPiece('headline', head[0]!.no, { ...(headline ? { headline } : {}), ...(label ? { label } : {}), credit: text });
			current!.lastLine = line.no;
			head = [];
			return;
		}
		if (kind === 'credit') {
			if (current && !current.closed && current.blocks.length) {
				current.signature = current.signature ? `${current.signature}\n${text}` : text;
				current.lastLine = line.no;
				current.closed = true;
			} else if (current && !current.blocks.length && !current.credit) {
				current.credit = text;
				current.lastLine = line.no;
			} else if (current?.closed && current.blocks.length) {
				// A second credit line (□王辉 摄 after □何应洋).
				current.signature = current.signature ? `${current.signature}\n${text}` : text;
				current.lastLine = line.no;
			} else stray.push({ line: line.no, text });
			return;
		}
		if (kind === 'bracket') {
			if (current && current.blocks.length) {
				current.blocks.push({ kind: 'paragraph', text, line: line.no });
				current.lastLine = line.no;
				current.closed = true;
			} else stray.push({ line: line.no, text });
			return;
		}
		if (kind === 'dateline') {
			// 本报讯（记者 刘强） on a line of its own: it opens the next paragraph.
			dateline = text;
			return;
		}
		// A paragraph (or an indented short line with no headline pending).
		let body = text;
		if (dateline) {
			body = `${dateline}${body}`;
			dateline = undefined;
		}
		const opensWithDateline = startsWithByline(body);
		const caption = isCaptionText(body);
		if (head.length) {
			const blockLines = head.map((l) => l.text);
			const open = current && !current.closed && current.blocks.length > 0;
			// One short line inside a running piece is its subhead, unless what follows opens a new
			// piece, or the page indents its paragraphs (then subheads are indented too, and an
			// unindented line is a headline).
			if (open && !indentsParagraphs && blockLines.length === 1 && !opensWithDateline && !LABEL_MARK.test(blockLines[0]!) && !isSubtitleLine(blockLines[0]!)) {
				current!.blocks.push({ kind: 'subhead', lines: [cleanHeadlineText(blockLines[0]!)], line: head[0]!.no });
			} else {
				const { headline, label } = parseHeadBlock(blockLines);
				newPiece('headline', head[0]!.no, { ...(headline ? { headline } : {}), ...(label ? { label } : {}) });
			}
			head = [];
		} else if (kind === 'indented-short' && current && !current.closed && current.blocks.length) {
			current.blocks.push({ kind: 'subhead', lines: [cleanHeadlineText(body)], line: line.no });
			current.lastLine = line.no;
			return;
		} else if (!current) {
			newPiece(pieces.length ? (opensWithDateline ? 'byline' : 'signature') : 'first', line.no);
		} else if (opensWithDateline && current.blocks.some((b) => b.kind === 'paragraph')) {
			newPiece('byline', line.no);
		} else if (current.closed) {
			newPiece(current.photo ? 'photo' : caption ? 'photo' : 'signature', line.no);
		} else if (caption && current.blocks.length) {
			newPiece('photo', line.no);
		}
		const piece = current!;
		piece.blocks.push({ kind: 'paragraph', text: body, line: line.no });
		piece.lastLine = line.no;
		if (caption && piece.blocks.filter((b) => b.kind === 'paragraph').length === 1) {
			piece.photo = true;
			// A caption without a headline is the whole piece; under a headline, text may follow.
			piece.closed = !piece.headline;
		}
	});
	for (const line of head) stray.push({ line: line.no, text: line.text });
	if (header && !header.date && mastheadDate) header.date = mastheadDate;

	const drafts: PieceDraft[] = pieces.map(({ closed: _closed, ...piece }) => piece);
	splitAtSecondByline(drafts, []);
	return {
		...(header ? { header } : {}),
		pieces: drafts,
		stray,
		...((header?.date ?? mastheadDate) ? { date: header?.date ?? mastheadDate } : {}),
	};
}
