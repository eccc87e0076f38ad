/**
 * Imported piece → Markdown file text: YAML frontmatter with the schema's keys (empty ones
 * left out), comments where the importer could not decide, and the body as paragraphs and
 * `##` subheads.
 */
import type { Person } from '../authors.ts';
import { writeArticleFile } from '../frontmatter.ts';
import { PLACEHOLDER_TITLE } from '../schemas/article.ts';
import type { ImportedArticle } from './types.ts';

/** Title placeholder for a piece without a headline; the build refuses it once draft is off. */
export const NO_TITLE = PLACEHOLDER_TITLE;

export interface RenderOptions {
	/** 见报日期, `YYYY-MM-DD`. */
	date: string;
	page?: number;
	column?: string;
	/** Name of the page file, for the comment at the top. */
	origin?: string;
	/** Whether the piece has a place on a page (`order`); a Word manuscript has none. Default true. */
	order?: boolean;
	/** Images are written beside the draft as `<stem>-<file>`: the stem to reference them by. */
	imageStem?: string;
}

/** A person as editors write one: the bare name, or `{ name, role }` when a role is printed. */
const personValue = (p: Person) => (p.role ? { name: p.name, role: p.role } : p.name);

/** Frontmatter values in the schema's key order (src/lib/schemas/article.ts); empty keys left out. */
export function frontmatterOf(article: ImportedArticle, options: RenderOptions): Record<string, unknown> {
	const h = article.headline;
	const data: Record<string, unknown> = {
		kicker: h?.kicker,
		title: h ? (h.title.length === 1 ? h.title[0] : h.title) : NO_TITLE,
		subtitle: h?.subtitle,
		date: options.date,
		genre: article.genre,
		source: article.source,
		authors: article.authors.map(personValue),
		photographers: article.photographers.map(personValue),
		unit: article.unit,
		counties: article.counties,
		cities: article.cities,
		page: options.page,
		order: options.order === false ? undefined : article.order,
		column: options.column,
		draft: true,
	};
	for (const [key, value] of Object.entries(data)) {
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete data[key];
	}
	return data;
}

/** Comments placed above a key, where the editor has something to do. */
function keyComments(article: ImportedArticle): Record<string, string> {
	const comments: Record<string, string> = {};
	const h = article.headline;
	if (!h) {
		comments.title =
			article.genre === '图片新闻'
				? ' 图片新闻，版面上无标题属正常 (photo caption): 请补写主题，并加 image 与 imageAlt'
				: ' 版面上没有找到这篇的标题 (no headline on the page): 请补写主题';
	} else if (h.how === 'position') {
		comments.title = ' 标题按版面位置归属 (matched by position): 请核对';
	}
	comments.genre = ` 体裁为推测 (guessed): ${article.genreReason}`;
	if (article.label) comments.genre += `；版面栏目 (column label): ${article.label}`;
	return comments;
}

/**
 * Escapes what Markdown would read as markup in running Chinese text: a paragraph starting like
 * a heading, quote or list, and the few inline characters (`*_\`[]<>\\`) that start emphasis,
 * code, links or HTML.
 */
export function escapeMarkdown(text: string): string {
	return text
		.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`)
		.replace(/^(#{1,6}\s|[-+]\s|=+$|-+$)/, (m) => `\\${m}`)
		.replace(/^(\d+)([.)]\s)/, '$1\\$2');
}

const cell = (text: string) => escapeMarkdown(text).replace(/\|/g, '\\|') || ' ';

/**
 * Paragraphs separated by blank lines; a subhead of two printed lines as `## line1<br>line2`;
 * an image as `![caption](./<stem>-1.png)` beside the draft; a table as a GFM table (its first
 * row the header, as Word tables are written).
 */
export function renderBody(blocks: ImportedArticle['blocks'], imageStem = ''): string {
	return blocks
		.map((block) => {
			if (block.kind === 'paragraph') return escapeMarkdown(block.text);
			if (block.kind === 'subhead') return `## ${block.lines.map(escapeMarkdown).join('<br>')}`;
			if (block.kind === 'image') return `![${escapeMarkdown(block.alt ?? '图片')}](./${imageStem ? `${imageStem}-` : ''}${block.file})`;
			const width = Math.max(...block.rows.map((r) => r.length));
			const rows = block.rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
			const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
			return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
		})
		.join('\n\n');
}

export function renderArticle(article: ImportedArticle, options: RenderOptions): string {
	const lines = options.origin ? `${options.origin} 第 ${article.firstLine}–${article.lastLine} 行` : `第 ${article.firstLine}–${article.lastLine} 行`;
	return writeArticleFile(frontmatterOf(article, options), renderBody(article.blocks, options.imageStem), {
		keyComments: keyComments(article),
		commentBefore: ` 由 npm run import 自 ${lines} 生成的草稿 (draft): 核对后把 draft 改为 false`,
		comment: ' 专题未定 (tags): 需要时加一行 tags: [专题名]',
	});
}

/** `<MMDD>-<NN>-<slug>`: the file name without `.md`, e.g. `0209-03-ziyang`. */
export function fileStem(article: ImportedArticle, date: string): string {
	const [, month, day] = date.split('-');
	return `${month}${day}-${String(article.order).padStart(2, '0')}-${article.slug}`;
}
