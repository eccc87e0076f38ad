/**
 * The importer's shared types: what the form readers (layout export, web/PDF text, Word) hand
 * to the common steps, and what the importer hands to the renderer and the command.
 */
import type { Person } from '../authors.ts';
import type { Genre } from '../schemas/article.ts';
import type { Headline } from './headlines.ts';

/** The forms a page or a manuscript comes in; see docs/editing.md. */
export const FORMATS = ['layout', 'web', 'docx'] as const;
export type InputFormat = (typeof FORMATS)[number];

export interface PageHeader {
	page: number;
	column: string;
	line: number;
	/** 见报日期 when the header prints it (2024年3月5日), `YYYY-MM-DD`. */
	date?: string;
}

/**
 * Why a piece starts where it does: `byline` a dateline; `signature` the piece before ended
 * with one; `photo` it is a photo caption or follows one; `headline` a headline comes first.
 * `indent`, `width` and `bylines` (a second, different byline) are inferences the report
 * flags; `file` one manuscript per file.
 */
export type StartReason = 'first' | 'byline' | 'signature' | 'photo' | 'indent' | 'width' | 'headline' | 'bylines' | 'file';

export type DraftBlock =
	| { kind: 'paragraph'; text: string; line: number }
	| { kind: 'subhead'; lines: string[]; line: number }
	/** An image written beside the draft (`file` relative to it), with its caption as alt text. */
	| { kind: 'image'; file: string; alt?: string; line: number }
	| { kind: 'table'; rows: string[][]; line: number };

export interface PieceDraft {
	/** Paragraphs as raw joined text (bylines not yet taken off), subheads, images, tables. */
	blocks: DraftBlock[];
	/** A credit line that closed the piece (□韩江 曹文琦, 文／刘强). */
	signature?: string;
	/** A byline line printed under the headline (本报记者 刘强 通讯员 贺婷). */
	credit?: string;
	/** The piece is a photo caption. */
	photo: boolean;
	start: StartReason;
	firstLine: number;
	lastLine: number;
	/** The headline printed with the piece (web and Word forms; the layout form matches later). */
	headline?: Headline;
	/** A column label printed above the headline (短评, 工会论坛, ■ 聚焦一线). */
	label?: string;
}

export type ArticleBlock =
	| { kind: 'paragraph'; text: string }
	| { kind: 'subhead'; lines: string[] }
	| { kind: 'image'; file: string; alt?: string }
	| { kind: 'table'; rows: string[][] };

export interface ImportedArticle {
	/** Place on the page, 1-based, top to bottom as exported. */
	order: number;
	firstLine: number;
	lastLine: number;
	start: StartReason;
	/** The headline, or `undefined` when the page has none for this piece. */
	headline?: Headline;
	/** Column label above the headline, when printed. */
	label?: string;
	source?: string;
	authors: Person[];
	photographers: Person[];
	/** 供稿单位: the unit label above the headline or the attribution （X县总工会） at the end. */
	unit?: string;
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
	format: InputFormat;
	/** Why this form was chosen (detected or forced), for the report. */
	formatReason: string;
	header?: PageHeader;
	page?: number;
	column?: string;
	/** 见报日期 printed on the page, if any. */
	date?: string;
	articles: ImportedArticle[];
	/** Headline-shaped lines that fit no piece: column titles, photo titles, or a miss. */
	unassigned: { line: number; text: string }[];
	/** Lines that belong to nothing else (a signature with no story). */
	stray: { line: number; text: string }[];
	notes: string[];
}
