/**
 * The page-text importer: a raw page exported by the layout system in, one draft article per
 * piece out, with everything the page itself tells (headline, byline, unit, places, genre)
 * and a list of what it could not decide. Pure: no file system, no Astro.
 */
import type { City, County, Gazetteer } from '../gazetteer.ts';
import type { Genre } from '../schemas/article.ts';
import { slugify } from '../slug.ts';
import { extractLeadByline, extractTrailingCredit, parseSignature } from './bylines.ts';
import { guessGenre } from './genre.ts';
import { assignHeadlines, unitStem, type Headline, type StoryProfile } from './headlines.ts';
import { cleanBodyText, cleanHeadlineText } from './lines.ts';
import { findPlaceMentions, placesOfText } from './places.ts';
import { splitPage, type PageHeader, type PieceDraft, type StartReason } from './split.ts';

export type ArticleBlock = { kind: 'paragraph'; text: string } | { kind: 'subhead'; lines: string[] };

export interface ImportedArticle {
	/** Place on the page, 1-based, top to bottom as exported. */
	order: number;
	firstLine: number;
	lastLine: number;
	start: StartReason;
	/** The matched headline, or `undefined` when the page has none for this piece. */
	headline?: Headline;
	source?: string;
	authors: string[];
	photographers: string[];
	genre: Genre;
	genreReason: string;
	/** Shortest unambiguous labels (紫阳县), as the schema accepts them. */
	counties: string[];
	cities: string[];
	/** ASCII stem for the file name: pinyin of the first place, else of the unit, else of the author. */
	slug: string;
	blocks: ArticleBlock[];
	/** What the importer could not decide, in Chinese with the English term beside. */
	notes: string[];
}

export interface ImportResult {
	header?: PageHeader;
	page?: number;
	column?: string;
	articles: ImportedArticle[];
	/** Headline-shaped lines that fit no piece: column titles, photo titles, or a miss. */
	unassigned: { line: number; text: string }[];
	/** Lines that belong to nothing else (a signature with no story). */
	stray: { line: number; text: string }[];
	notes: string[];
}

export interface ImportOptions {
	gazetteer: Gazetteer;
	/** Page number from the command line; wins over the page header. */
	page?: number;
}

interface Prepared {
	draft: PieceDraft;
	blocks: ArticleBlock[];
	source?: string;
	authors: string[];
	photographers: string[];
	signed: boolean;
	text: string;
}

const unique = (names: string[]) => [...new Set(names)];

/** Takes the bylines off a piece's first and last paragraphs and cleans its text. */
function prepare(draft: PieceDraft): Prepared {
	const raw = draft.blocks.map((b) => ({ ...b }));
	const paragraphs = raw.filter((b): b is Extract<typeof b, { kind: 'paragraph' }> => b.kind === 'paragraph');
	let source: string | undefined;
	let authors: string[] = [];
	let photographers: string[] = [];
	let signed = false;

	const first = paragraphs[0];
	const lead = first ? extractLeadByline(first.text) : undefined;
	if (first && lead) {
		source = lead.source;
		authors = lead.authors;
		first.text = lead.rest;
	}
	const last = paragraphs.at(-1);
	const trail = last ? extractTrailingCredit(last.text) : undefined;
	if (last && trail) {
		last.text = trail.rest;
		source ??= trail.source;
		photographers.push(...trail.credit.photographers);
		if (trail.credit.authors.length) signed = true;
		authors.push(...trail.credit.authors);
	}
	const signature = draft.signature ? parseSignature(draft.signature) : undefined;
	if (signature) {
		if (signature.authors.length) signed = true;
		authors.push(...signature.authors);
		photographers.push(...signature.photographers);
	}
	authors = unique(authors);
	photographers = unique(photographers);

	const blocks: ArticleBlock[] = raw
		.map((b): ArticleBlock => (b.kind === 'paragraph' ? { kind: 'paragraph', text: cleanBodyText(b.text) } : { kind: 'subhead', lines: b.lines.map(cleanHeadlineText) }))
		.filter((b) => b.kind === 'subhead' || b.text !== '');
	const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.lines.join(' '))).join('\n');
	return { draft, blocks, ...(source ? { source } : {}), authors, photographers, signed, text };
}

/** The ASCII stem of a file name (see {@link ImportedArticle.slug}). */
function slugOf(first: County | City | undefined, unit: string | undefined, authors: string[]): string {
	if (first) return first.pinyin;
	if (unit) return slugify(unitStem(unit) || unit);
	const author = authors[0]?.split(' ').at(-1);
	return author ? slugify(author) : 'gao';
}

export { NO_TITLE, fileStem, renderArticle, type RenderOptions } from './render.ts';

export function importPage(raw: string, options: ImportOptions): ImportResult {
	const { gazetteer } = options;
	const split = splitPage(raw);
	const prepared = split.pieces.map(prepare);

	const stories: StoryProfile[] = prepared.map((p) => ({
		text: p.text,
		places: findPlaceMentions(p.text, gazetteer).map((m) => m.name),
	}));
	const { headlines, unassigned } = assignHeadlines(split.runs, stories, {
		placesIn: (text) => findPlaceMentions(text, gazetteer).map((m) => m.name),
		known: (text) => stories.some((s) => s.text.includes(text)),
	});

	const articles = prepared.map((p, i): ImportedArticle => {
		const headline = headlines.get(i);
		const headText = headline ? [headline.kicker, headline.title.join(''), headline.subtitle, headline.unit].filter(Boolean).join('\n') : '';
		const places = placesOfText(`${headText}\n${p.text}`, gazetteer);
		const subheads = p.blocks.filter((b) => b.kind === 'subhead').length;
		const { genre, reason } = guessGenre({ ...(p.source ? { source: p.source } : {}), signed: p.signed, photographers: p.photographers, subheads, text: p.text });

		const notes: string[] = [];
		if (!headline) {
			notes.push(
				genre === '图片新闻'
					? '图片新闻无标题，属正常 (photo caption: no headline is normal)：请补写主题，并补图片 image 与 imageAlt'
					: '版面上没有它的标题 (no headline on the page)：请补写主题 title',
			);
		} else if (headline.how === 'position') {
			notes.push('标题按版面位置归属，内容无重合 (headline matched by position only)：请核对');
		} else if (headline.score < 0.6) {
			notes.push(`标题归属把握不大 (weak headline match, ${headline.score.toFixed(2)})：请核对`);
		}
		if (p.draft.start === 'width') notes.push('与上一篇的分界按栏宽变化推断 (boundary inferred from column width)：请核对');
		if (p.draft.start === 'indent') notes.push('与上一篇的分界按段首空格推断 (boundary inferred from indent)：请核对');
		if (!p.authors.length && !p.photographers.length && !p.source) notes.push('未见署名 (no byline)');
		if (places.ambiguous.length) notes.push(`地名有歧义 (ambiguous place)：${places.ambiguous.join('、')}，请写明所属地区`);
		if (!places.ordered.length) notes.push('未找到县区或市 (no place found)');
		notes.push('专题未定 (tags)');

		return {
			order: i + 1,
			firstLine: p.draft.firstLine,
			lastLine: p.draft.lastLine,
			start: p.draft.start,
			...(headline ? { headline } : {}),
			...(p.source ? { source: p.source } : {}),
			authors: p.authors,
			photographers: p.photographers,
			genre,
			genreReason: reason,
			counties: places.counties.map((c) => gazetteer.countyLabel(c)),
			cities: places.cities.map((c) => c.name),
			slug: slugOf(places.ordered[0], headline?.unit, p.authors),
			blocks: p.blocks,
			notes,
		};
	});

	const page = options.page ?? split.header?.page;
	const notes: string[] = [];
	if (options.page !== undefined && split.header && split.header.page !== options.page) {
		notes.push(`版头写的是第 ${split.header.page} 版，按 --page 用第 ${options.page} 版 (page header says ${split.header.page})`);
	}
	if (!split.header && options.page === undefined) notes.push('没有找到版头，版次未定 (no page header; use --page N)');

	return {
		...(split.header ? { header: split.header } : {}),
		...(page !== undefined ? { page } : {}),
		...(split.header ? { column: split.header.column } : {}),
		articles,
		unassigned: unassigned.map((item) => ({ line: item.line, text: [item.unit, ...item.lines].filter(Boolean).join(' / ') })),
		stray: split.stray,
		notes,
	};
}
