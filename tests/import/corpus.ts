/**
 * The importer's test corpus (tests/fixtures/import/*.txt with their answer keys, the sample
 * page, and Word manuscripts generated in memory) and how an import is scored against a key.
 * Used by `npm run import:report` and by the unit test that holds the importer to 100%.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Person } from '../../src/lib/authors.ts';
import { importDocx, importPage } from '../../src/lib/importer/index.ts';
import type { ImportedArticle, ImportResult, InputFormat } from '../../src/lib/importer/types.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { docxFixtures } from './docx-fixtures.ts';

export const fixtures = join(import.meta.dirname, '../fixtures/import');

/** What a page's answer key says of one piece. Absent fields mean “none”. */
export interface KeyPiece {
	/** The body's first words (after the dateline) and last words (before any credit). */
	first: string;
	last: string;
	label?: string;
	kicker?: string;
	title?: string[];
	subtitle?: string;
	source?: string;
	authors: Person[];
	photographers: Person[];
	unit?: string;
	subheads: string[];
	counties: string[];
	cities: string[];
	genre: string;
}

export interface Key {
	paper: string;
	form: InputFormat;
	/** The page text, when it is not `<name>.txt` beside the key (the sample page). */
	text?: string;
	page?: number;
	column?: string;
	date?: string;
	pieces: KeyPiece[];
}

export interface CorpusPage {
	name: string;
	key: Key;
	run(): Promise<ImportResult>;
}

const gazetteer = getGazetteer('陕西省');

export function corpus(): CorpusPage[] {
	const pages: CorpusPage[] = readdirSync(fixtures)
		.filter((f) => f.endsWith('.key.json'))
		.sort()
		.map((file) => {
			const name = file.replace(/\.key\.json$/, '');
			const key = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as Key;
			const raw = readFileSync(join(fixtures, key.text ?? `${name}.txt`), 'utf8');
			return { name, key, run: async () => importPage(raw, { gazetteer }) };
		});
	for (const doc of docxFixtures()) {
		pages.push({ name: doc.name, key: doc.key, run: async () => importDocx(await doc.build(), { gazetteer }) });
	}
	return pages;
}

/** The fields scored besides the split, with their names in the report. */
export const FIELDS = {
	headline: '标题',
	label: '栏目',
	source: '稿源',
	people: '署名',
	unit: '单位',
	places: '地区',
	genre: '体裁',
	subheads: '小标题',
} as const;
export type Field = keyof typeof FIELDS;

export interface PieceScore {
	key: KeyPiece;
	article?: ImportedArticle;
	split: boolean;
	fields: Record<Field, boolean>;
	/** What differed, for the report. */
	misses: string[];
}

export interface PageScore {
	name: string;
	form: InputFormat;
	detected: InputFormat;
	pieces: PieceScore[];
	/** Drafts that match no piece of the key. */
	extra: number;
	pageRight: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const paragraphs = (a: ImportedArticle) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const people = (list: Person[]) => list.map((p) => (p.role ? { name: p.name, role: p.role } : { name: p.name }));

export function scorePage(page: CorpusPage, result: ImportResult): PageScore {
	const used = new Set<ImportedArticle>();
	const pieces = page.key.pieces.map((key): PieceScore => {
		const article = result.articles.find((a) => !used.has(a) && (paragraphs(a)[0] ?? '').startsWith(key.first));
		if (article) used.add(article);
		const misses: string[] = [];
		const check = (field: string, got: unknown, want: unknown) => {
			const ok = same(got, want);
			if (!ok) misses.push(`${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
			return ok;
		};
		if (!article) {
			misses.push(`没有以“${key.first}”开头的稿件 (no draft starts with it)`);
			const none = Object.fromEntries(Object.keys(FIELDS).map((f) => [f, false])) as Record<Field, boolean>;
			return { key, split: false, fields: none, misses };
		}
		const h = article.headline;
		const split = check('last', (paragraphs(article).at(-1) ?? '').endsWith(key.last) ? key.last : paragraphs(article).at(-1)?.slice(-20), key.last);
		const fields: Record<Field, boolean> = {
			headline: check('headline', { kicker: h?.kicker, title: h?.title, subtitle: h?.subtitle }, { kicker: key.kicker, title: key.title, subtitle: key.subtitle }),
			label: check('label', article.label, key.label),
			source: check('source', article.source, key.source),
			people: check('people', { authors: people(article.authors), photographers: people(article.photographers) }, { authors: key.authors, photographers: key.photographers }),
			unit: check('unit', article.unit, key.unit),
			places: check('places', { counties: article.counties, cities: article.cities }, { counties: key.counties, cities: key.cities }),
			genre: check('genre', article.genre, key.genre),
			subheads: check(
				'subheads',
				article.blocks.filter((b) => b.kind === 'subhead').map((b) => b.lines.join(' ')),
				key.subheads,
			),
		};
		return { key, article, split, fields, misses };
	});
	const extra = result.articles.filter((a) => !used.has(a)).length;
	const pageRight =
		(page.key.page === undefined || result.page === page.key.page) &&
		(page.key.column === undefined || result.column === page.key.column) &&
		(page.key.date === undefined || result.date === page.key.date);
	return { name: page.name, form: page.key.form, detected: result.format, pieces, extra, pageRight };
}
