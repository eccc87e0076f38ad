/**
 * The importer: a page (layout-system export, or web/PDF text) or a Word manuscript in, one
 * draft article per piece out, with everything the page itself tells (headline, byline, unit,
 * places, genre) and a list of what it could not decide. Pure: no file system, no Astro.
 *
 * Each form has its own reader (split.ts, web.ts, docx.ts) that cuts the input into pieces;
 * the steps after that are shared: bylines off the first and last paragraphs, headlines
 * matched (layout form only: there they are printed after their stories), places, genre.
 */
import type { City, County, Gazetteer } from '../gazetteer.ts';
import { type Person } from '../authors.ts';
import { slugify } from '../slug.ts';
import { extractLeadByline, extractTrailingCredit, parseCreditLine } from './bylines.ts';
import { detectFormat } from './detect.ts';
import { readDocx, type DocxImage } from './docx.ts';
import { findPlaceMentions, placesOfText } from './find-places.ts';
import { genreOfLabel, guessGenre } from './genre.ts';
import { assignHeadlines, unitStem, type Headline, type StoryProfile } from './headlines.ts';
import { cleanBodyText, cleanHeadlineText } from './lines.ts';
import { splitPage } from './split.ts';
import type { ArticleBlock, ImportedArticle, ImportResult, InputFormat, PageHeader, PieceDraft } from './types.ts';
import { splitWebPage } from './web.ts';

export interface ImportOptions {
	gazetteer: Gazetteer;
	/** Page number from the command line; wins over the page header. */
	page?: number;
	/** Force a form instead of detecting it. */
	format?: Exclude<InputFormat, 'docx'>;
}

interface Prepared {
	draft: PieceDraft;
	blocks: ArticleBlock[];
	source?: string;
	unit?: string;
	authors: Person[];
	photographers: Person[];
	signed: boolean;
	text: string;
}

/** The same person credited twice (byline and signature) is one person. */
function uniquePeople(people: Person[]): Person[] {
	const seen = new Map<string, Person>();
	for (const p of people) if (!seen.has(p.name)) seen.set(p.name, p);
	return [...seen.values()];
}

/** Takes the bylines off a piece's first and last paragraphs and cleans its text. */
function prepare(draft: PieceDraft): Prepared {
	const raw = draft.blocks.map((b) => ({ ...b }));
	const paragraphs = raw.filter((b): b is Extract<typeof b, { kind: 'paragraph' }> => b.kind === 'paragraph');
	let source: string | undefined;
	let unit: string | undefined;
	const authors: Person[] = [];
	const photographers: Person[] = [];
	let signed = false;

	if (draft.credit) {
		const lead = extractLeadByline(draft.credit);
		if (lead?.source) source = lead.source;
		const credit = lead ? { authors: lead.authors, photographers: [] } : parseCreditLine(draft.credit);
		if (credit) {
			authors.push(...credit.authors);
			photographers.push(...credit.photographers);
			// 文／高原 under the headline signs the piece as □高原 at its end would.
			if (!lead && credit.authors.length) signed = true;
		}
	}
	const first = paragraphs[0];
	const lead = first ? extractLeadByline(first.text) : undefined;
	if (first && lead && lead.rest) {
		source ??= lead.source;
		authors.push(...lead.authors);
		first.text = lead.rest;
	}
	// Credits may close the last paragraph, or stand as paragraphs of their own at the end.
	for (let k = paragraphs.length - 1; k >= 0; k--) {
		const last = paragraphs[k]!;
		const trail = extractTrailingCredit(last.text);
		if (!trail) break;
		last.text = trail.rest;
		source ??= trail.source;
		unit ??= trail.unit;
		photographers.push(...trail.credit.photographers);
		if (trail.credit.authors.length) signed = true;
		authors.push(...trail.credit.authors);
		if (trail.rest) break;
	}
	for (const line of draft.signature?.split('\n') ?? []) {
		const credit = parseCreditLine(line);
		if (!credit) continue;
		if (credit.authors.length) signed = true;
		authors.push(...credit.authors);
		photographers.push(...credit.photographers);
	}

	const blocks: ArticleBlock[] = raw
		.map((b): ArticleBlock => {
			if (b.kind === 'paragraph') return { kind: 'paragraph', text: cleanBodyText(b.text) };
			if (b.kind === 'subhead') return { kind: 'subhead', lines: b.lines.map(cleanHeadlineText) };
			if (b.kind === 'image') return { kind: 'image', file: b.file, ...(b.alt ? { alt: cleanBodyText(b.alt) } : {}) };
			return { kind: 'table', rows: b.rows };
		})
		.filter((b) => b.kind !== 'paragraph' || b.text !== '');
	const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.kind === 'subhead' ? b.lines.join(' ') : '')).join('\n');
	return {
		draft,
		blocks,
		...(source ? { source } : {}),
		...(unit ? { unit } : {}),
		authors: uniquePeople(authors),
		photographers: uniquePeople(photographers),
		signed,
		text,
	};
}

/** The ASCII stem of a file name (see {@link ImportedArticle.slug}). */
function slugOf(first: County | City | undefined, unit: string | undefined, authors: Person[]): string {
	if (first) return first.pinyin;
	if (unit) return slugify(unitStem(unit) || unit);
	const author = authors[0]?.name;
	return author ? slugify(author) : 'gao';
}

interface Split {
	header?: PageHeader;
	pieces: PieceDraft[];
	runs?: Parameters<typeof assignHeadlines>[0];
	stray: { line: number; text: string }[];
	date?: string;
}

function finish(split: Split, format: InputFormat, formatReason: string, options: ImportOptions): ImportResult {
	const { gazetteer } = options;
	const prepared = split.pieces.map(prepare);

	const headlines = new Map<number, Headline>();
	prepared.forEach((p, i) => p.draft.headline && headlines.set(i, p.draft.headline));
	let unassigned: ImportResult['unassigned'] = [];
	if (split.runs?.length) {
		const stories: StoryProfile[] = prepared.map((p) => ({ text: p.text, places: findPlaceMentions(p.text, gazetteer).map((m) => m.name) }));
		const assigned = assignHeadlines(split.runs, stories, {
			placesIn: (text) => findPlaceMentions(text, gazetteer).map((m) => m.name),
			known: (text) => stories.some((s) => s.text.includes(text)),
		});
		for (const [i, h] of assigned.headlines) if (!headlines.has(i)) headlines.set(i, h);
		unassigned = assigned.unassigned.map((item) => ({ line: item.line, text: [item.unit, ...item.lines].filter(Boolean).join(' / ') }));
	}

	const articles = prepared.map((p, i): ImportedArticle => {
		const headline = headlines.get(i);
		const unit = headline?.unit ?? p.unit;
		const headText = headline ? [headline.kicker, headline.title.join(''), headline.subtitle, unit].filter(Boolean).join('\n') : (unit ?? '');
		const places = placesOfText(`${headText}\n${p.text}`, gazetteer);
		const subheads = p.blocks.filter((b) => b.kind === 'subhead').length;
		const label = p.draft.label;
		const byLabel = label ? genreOfLabel(label) : undefined;
		const guessed = guessGenre({ ...(p.source ? { source: p.source } : {}), ...(headline ? { headline: headline.title.join('') } : {}), signed: p.signed, photographers: p.photographers, subheads, text: p.text, photo: p.draft.photo, images: p.blocks.filter((b) => b.kind === 'image').length });
		const { genre, reason } = byLabel ? { genre: byLabel, reason: `栏目“${label}”` } : guessed;

		const notes: string[] = [];
		if (!headline) {
			notes.push(
				genre === '图片新闻'
					? '图片新闻无标题，属正常 (photo caption: no headline is normal)：请补写主题，并补图片 image 与 imageAlt'
					: '版面上没有它的标题 (no headline on the page)：请补写主题 title',
			);
		} else if (headline.how === 'position') {
			notes.push('标题按版面位置归属，内容无重合 (headline matched by position only)：请核对');
		} else if (headline.how === 'content' && headline.score < 0.6) {
			notes.push(`标题归属把握不大 (weak headline match, ${headline.score.toFixed(2)})：请核对`);
		}
		if (p.draft.start === 'width') notes.push('与上一篇的分界按栏宽变化推断 (boundary inferred from column width)：请核对');
		if (p.draft.start === 'indent') notes.push('与上一篇的分界按段首空格推断 (boundary inferred from indent)：请核对');
		if (p.draft.start === 'bylines') notes.push('与上一篇的分界按两处不同署名推断 (boundary inferred from a second byline)：请核对标题和分界');
		if (!p.authors.length && !p.photographers.length && !p.source) notes.push('未见署名 (no byline)');
		if (p.blocks.some((b) => b.kind === 'image' && !b.alt)) notes.push('图片没有说明 (image without caption)：请补写图片说明');
		if (places.ambiguous.length) notes.push(`地名有歧义 (ambiguous place)：${places.ambiguous.join('、')}，请写明所属地区`);
		if (!places.ordered.length) notes.push('未找到县区或市 (no place found)');
		notes.push('专题未定 (tags)');

		return {
			order: i + 1,
			firstLine: p.draft.firstLine,
			lastLine: p.draft.lastLine,
			start: p.draft.start,
			...(headline ? { headline } : {}),
			...(label ? { label } : {}),
			...(p.source ? { source: p.source } : {}),
			authors: p.authors,
			photographers: p.photographers,
			...(unit ? { unit } : {}),
			genre,
			genreReason: reason,
			counties: places.counties.map((c) => gazetteer.countyLabel(c)),
			cities: places.cities.map((c) => c.name),
			slug: slugOf(places.ordered[0], unit, p.authors),
			blocks: p.blocks,
			notes,
		};
	});

	const header = split.header;
	const page = options.page ?? header?.page;
	const notes: string[] = [];
	if (options.page !== undefined && header && header.page !== options.page) {
		notes.push(`版头写的是第 ${header.page} 版，按 --page 用第 ${options.page} 版 (page header says ${header.page})`);
	}
	if (!header && options.page === undefined && format !== 'docx') notes.push('没有找到版头，版次未定 (no page header; use --page N)');

	return {
		format,
		formatReason,
		...(header ? { header } : {}),
		...(page !== undefined ? { page } : {}),
		...(header ? { column: header.column } : {}),
		...((header?.date ?? split.date) ? { date: header?.date ?? split.date } : {}),
		articles,
		unassigned,
		stray: split.stray,
		notes,
	};
}

/** A page as text: the layout-system export or a web/PDF copy, detected unless forced. */
export function importPage(raw: string, options: ImportOptions): ImportResult {
	const detected = detectFormat(raw);
	const format = options.format ?? detected.format;
	const reason = options.format ? `按 --format ${options.format} (forced)` : detected.reason;
	if (format === 'web') return finish(splitWebPage(raw), 'web', reason, options);
	return finish(splitPage(raw), 'layout', reason, options);
}

/** A Word manuscript: one piece, with the images to write beside the draft. */
export async function importDocx(buffer: Uint8Array, options: ImportOptions): Promise<ImportResult & { images: DocxImage[]; warnings: string[] }> {
	const read = await readDocx(buffer);
	const result = finish({ pieces: [read.piece], stray: [] }, 'docx', 'Word 文件 (.docx)', options);
	return { ...result, images: read.images, warnings: read.warnings };
}

export type { ImportedArticle, ImportResult, InputFormat } from './types.ts';
