/**
 * Which text on a printed page belongs to which article. The articles' text is known (the
 * Markdown), so each line of the page is matched by the character n-grams it shares with each
 * article: that survives line wrapping and CJK lines joined without spaces (punctuation and
 * spaces are dropped first), headline-after-body stream order (nothing depends on order), and
 * small edits between print and web (a changed word costs a few n-grams, not the line).
 */
import { buildBlocks, gap, overlap1d, right, type Block, type Line } from './geometry.ts';

/** N-gram length: 4 CJK characters rarely repeat across the pieces of one page, 3 often do (总工会). */
export const GRAM = 4;

/** Letters, digits and Han characters only, NFKC-folded (全角 → 半角) and lower-cased. */
export function normalizeText(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]/gu, '');
}

export interface ArticleText {
	id: string;
	/** Headline lines, kicker, subtitle, byline, paragraphs, captions: every piece printed on the page. */
	parts: string[];
}

export interface LabelledLine extends Line {
	/** Normalized text of the line. */
	text: string;
	/** Index into the articles, or -1 for text of no article (masthead, page furniture, ads). */
	article: number;
	/** Match strength: weighted n-grams shared with the chosen article. */
	score: number;
	block: number;
	/** Articles the line matched equally well, left for its block to decide. */
	ambiguous?: number[];
	/** Weighted n-grams shared with each article. */
	scores: Map<number, number>;
}

export interface MatchResult {
	lines: LabelledLine[];
	blocks: Block[];
	/** Per article: normalized characters of its text, and of the page text matched to it. */
	coverage: { id: string; expected: number; matched: number; ratio: number }[];
	/** Articles whose text was not found on the page (below `minCoverage`). */
	unmatched: string[];
}

export interface MatchOptions {
	/** Share of an article's characters that must be found for it to count as matched. */
	minCoverage?: number;
}

function grams(text: string, n = GRAM): string[] {
	const chars = [...text];
	if (chars.length < n) return chars.length ? [chars.join('')] : [];
	const out: string[] = [];
	for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
	return out;
}

/** N-gram → the articles containing it; short parts (a 3-character byline) count as whole grams. */
function gramIndex(articles: ArticleText[]): Map<string, Set<number>> {
	const index = new Map<string, Set<number>>();
	articles.forEach((article, i) => {
		for (const part of article.parts) {
			for (const g of grams(normalizeText(part))) {
				let set = index.get(g);
				if (!set) index.set(g, (set = new Set()));
				set.add(i);
			}
		}
	});
	return index;
}

/** Labels each line of a page (see `buildLines`) with the article it belongs to. */
export function matchArticles(lines: Line[], articles: ArticleText[], options: MatchOptions = {}): MatchResult {
	const minCoverage = options.minCoverage ?? 0.3;
	const index = gramIndex(articles);
	const blocks = buildBlocks(lines);
	const labelled: LabelledLine[] = [];

	blocks.forEach((block, b) => {
		const texts = block.lines.map((line) => normalizeText(line.str));
		// Grams may run across a line end into the next line of the block (the text wraps there).
		const chars = [...texts.join('')];
		let offset = 0;
		block.lines.forEach((line, l) => {
			const text = texts[l]!;
			const len = [...text].length;
			const scores = new Map<number, number>();
			const starts = len ? Array.from({ length: len }, (_, k) => offset + k) : [];
			for (const start of starts) {
				const g = chars.slice(start, start + GRAM).join('');
				const owners = index.get(g.length === GRAM ? g : text);
				if (!owners) continue;
				for (const owner of owners) scores.set(owner, (scores.get(owner) ?? 0) + 1 / owners.size);
			}
			offset += len;
			let best = -1;
			let bestScore = 0;
			for (const [owner, score] of scores) if (score > bestScore) [best, bestScore] = [owner, score];
			// A line must share a fair part of its grams with the article, not one stray phrase.
			const enough = bestScore >= Math.max(1, len * 0.25);
			// Text two pieces share (获得感、幸福感、安全感) decides nothing: the line's block will.
			const rivals = [...scores].filter(([, score]) => score >= bestScore * 0.8).map(([owner]) => owner);
			const ambiguous = enough && rivals.length > 1 ? rivals : undefined;
			labelled.push({ ...line, text, article: enough && !ambiguous ? best : -1, score: enough ? bestScore : 0, block: b, ambiguous, scores });
		});
	});

	followBlocks(labelled);
	smoothBlocks(labelled);
	attachJumpNotes(labelled);

	const coverage = articles.map((article, i) => {
		const expected = [...normalizeText(article.parts.join(''))].length;
		const matched = labelled.filter((l) => l.article === i).reduce((n, l) => n + [...l.text].length, 0);
		return { id: article.id, expected, matched, ratio: expected ? Math.min(1, matched / expected) : 0 };
	});
	return {
		lines: labelled,
		blocks,
		coverage,
		unmatched: coverage.filter((c) => c.ratio < minCoverage).map((c) => c.id),
	};
}

/**
 * A line of a block that matches another article only a little better than the block's own
 * (a phrase two pieces share: 全区各级工会组织) stays with its block.
 */
function followBlocks(lines: LabelledLine[]): void {
	for (const group of Map.groupBy(lines, (l) => l.block).values()) {
		const totals = new Map<number, number>();
		for (const line of group) for (const [owner, score] of line.scores) totals.set(owner, (totals.get(owner) ?? 0) + score);
		let dominant = -1;
		for (const [owner, total] of totals) if (dominant < 0 || total > totals.get(dominant)!) dominant = owner;
		if (dominant < 0) continue;
		for (const line of group) {
			if (line.article === dominant || line.article < 0) continue;
			if ((line.scores.get(dominant) ?? 0) >= 0.5 * (line.scores.get(line.article) ?? 0)) line.article = dominant;
		}
	}
}

/**
 * Lines of a block that matched nothing (a line of only punctuation, a line rewritten for the
 * web) take the article of their neighbours in the block when those agree.
 */
function smoothBlocks(lines: LabelledLine[]): void {
	const byBlock = Map.groupBy(lines, (l) => l.block);
	for (const group of byBlock.values()) {
		group.sort((a, b) => a.y - b.y);
		for (let i = 0; i < group.length; i++) {
			const line = group[i]!;
			if (line.article >= 0) continue;
			const above = group.slice(0, i).findLast((l) => l.article >= 0);
			const below = group.slice(i + 1).find((l) => l.article >= 0);
			const candidate = above && below ? (above.article === below.article ? above.article : -1) : (above ?? below)?.article ?? -1;
			// A block is one run of same-size text: captions and notes, set smaller, are blocks of their own.
			if (candidate >= 0 && (!line.ambiguous || line.ambiguous.includes(candidate))) line.article = candidate;
		}
	}
}

/** 转版/转栏 notes: （下转第2版）, （上接第1版）, (转下栏), 下转右栏. */
const JUMP_NOTE = /^[（(［\[]?\s*(上接|下转|接上|转下|转|接)\s*(第?\s*[\d一二三四五六七八九十]+\s*[版栏]|[上下左右本]?\s*[版栏])\s*[)）］\]]?$/;

/**
 * A jump note belongs to the article it is printed under or above: the nearest matched line in
 * its own column. A line of the next column can be as near across the column gap (a note set a
 * line below its text), so side neighbours count only when nothing is above or below.
 */
function attachJumpNotes(lines: LabelledLine[]): void {
	for (const line of lines) {
		if (line.article >= 0 || !JUMP_NOTE.test(line.str.trim())) continue;
		const near = lines.filter((other) => other.article >= 0 && gap(line, other) <= line.size * 3);
		const stacked = near.filter((other) => overlap1d(line.x, right(line), other.x, right(other)) > 0);
		let best: LabelledLine | undefined;
		for (const other of stacked.length ? stacked : near) if (!best || gap(line, other) < gap(line, best)) best = other;
		if (best) line.article = best.article;
	}
}
