/**
 * A new article's skeleton for `npm run new`: what each answer means, how it is checked
 * (with the article schema itself, so the command and the build can never disagree), the
 * file name, and the frontmatter text. Pure: `src/cli/new.ts` does the asking and writing.
 */
import { parseIsoDate } from './dates.ts';
import { writeArticleFile } from './frontmatter.ts';
import type { Gazetteer } from './gazetteer.ts';
import { expectedWholeNumber, invalidDate, unknownGenre } from './messages.ts';
import { GENRES, articleSchema, type Genre } from './schemas/article.ts';
import { syllables as pinyinSyllables } from './zh/pinyin.ts';
import { wordLike } from './zh/segment.ts';

/** What the command collects; every key is a frontmatter key. */
export interface SkeletonFields {
	title: string[];
	date: string;
	genre?: Genre;
	kicker?: string;
	subtitle?: string;
	source?: string;
	authors?: string[];
	unit?: string;
	counties?: string[];
	cities?: string[];
	tags?: string[];
	page?: number;
	order?: number;
}

export type FieldKey = keyof SkeletonFields;

export interface FieldSpec {
	key: FieldKey;
	/** The question, Chinese first; `{default}` is shown when there is one. */
	prompt: string;
	required?: boolean;
	kind: 'text' | 'lines' | 'list' | 'date' | 'genre' | 'number';
}

/** The questions, most important first; piped answers (one per line) follow this order. */
export const FIELDS: FieldSpec[] = [
	{ key: 'title', kind: 'lines', required: true, prompt: '主题 title（必填；两行标题用 | 分隔）' },
	{ key: 'date', kind: 'date', required: true, prompt: '见报日期 date（年-月-日，例如 2022-02-09）' },
	{ key: 'genre', kind: 'genre', prompt: `体裁 genre（${GENRES.map((g, i) => `${i + 1} ${g}`).join('、')}）` },
	{ key: 'counties', kind: 'list', prompt: '县区 counties（例如 紫阳县,靖边县；外省写全称，如 盐城市滨海县；可空）' },
	{ key: 'cities', kind: 'list', prompt: '市 cities（整个市的报道才填，例如 西安市；可空）' },
	{ key: 'source', kind: 'text', prompt: '稿源 source（例如 本报讯、据《工人日报》；可空）' },
	{ key: 'authors', kind: 'list', prompt: '作者 authors（几位作者用逗号分隔，例如 记者 刘强,王山功；可空）' },
	{ key: 'unit', kind: 'text', prompt: '供稿单位 unit（例如 紫阳县总工会；可空）' },
	{ key: 'tags', kind: 'list', prompt: '专题 tags（用逗号分隔，例如 送温暖,新就业形态；可空）' },
	{ key: 'page', kind: 'number', prompt: '版次 page（例如 3；可空）' },
	{ key: 'order', kind: 'number', prompt: '版内顺序 order（本版第几篇，例如 1；可空）' },
	{ key: 'kicker', kind: 'text', prompt: '引题 kicker（主题上方的一行；可空）' },
	{ key: 'subtitle', kind: 'text', prompt: '副题 subtitle（主题下方的一行；可空）' },
];

/**
 * `2022-2-9`, `2022/02/09`, `2022年2月9日` → `2022-02-09`; `undefined` when it is no real day.
 * Editors type dates every way; the file always gets the one form the schema wants.
 */
export function normalizeDate(raw: string): string | undefined {
	const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(raw);
	if (!m) return undefined;
	return parseIsoDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

/** Lists typed on one line: commas of either width, 、 or ; separate; spaces inside a name stay (记者 刘强). */
export function splitList(raw: string): string[] {
	return raw
		.split(/[,，、;；]/)
		.map((item) => item.trim())
		.filter(Boolean);
}

export type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

/** Turns one typed answer into the frontmatter value, or says why it cannot be one. */
export function parseAnswer(spec: FieldSpec, raw: string): Parsed {
	const text = raw.trim();
	switch (spec.kind) {
		case 'lines':
			return { ok: true, value: text.split('|').map((line) => line.trim()).filter(Boolean) };
		case 'list':
			return { ok: true, value: splitList(text) };
		case 'date': {
			const day = normalizeDate(text);
			return day ? { ok: true, value: day } : { ok: false, message: invalidDate(text) };
		}
		case 'genre': {
			const byNumber = /^\d+$/.test(text) ? GENRES[Number(text) - 1] : undefined;
			const genre = byNumber ?? GENRES.find((g) => g === text);
			return genre ? { ok: true, value: genre } : { ok: false, message: unknownGenre(text, GENRES, true) };
		}
		case 'number':
			return /^\d+$/.test(text) && Number(text) > 0
				? { ok: true, value: Number(text) }
				: { ok: false, message: expectedWholeNumber(spec.key, '3') };
		default:
			return { ok: true, value: text };
	}
}

export interface SchemaContext {
	gazetteer: Gazetteer;
	defaultColumn: string;
}

/**
 * Checks one answer with the article schema, so that a place name gets the same suggestions
 * here as in the build (紫杨县 → 紫阳县). Returns the messages for that key, if any.
 */
export function checkField(key: FieldKey, value: unknown, context: SchemaContext): string[] {
	const probe: Record<string, unknown> = { title: '标题', date: '2022-02-09', [key]: value };
	const result = articleSchema(context).safeParse(probe);
	if (result.success) return [];
	return result.error.issues.filter((issue) => issue.path[0] === key).map((issue) => issue.message);
}

/** Empty answers and empty lists are left out of the file rather than written as blanks. */
function isEmpty(value: unknown): boolean {
	return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * A short ASCII slug from a title: pinyin of its first words, about five syllables, words
 * joined by hyphens (走访慰问 为快递小哥送上关爱 → `zoufang-weiwen-wei`). Runs of one-character
 * words are written together (李钊赵毅 → `lizhaozhaoyi`) so the slug does not become l-z-z-y.
 */
export function titleSlug(title: string, maxSyllables = 5): string {
	const tokens: { text: string; syllables: number; single: boolean }[] = [];
	for (const segment of wordLike(title.normalize('NFKC'))) {
		if (/^[A-Za-z0-9]+$/.test(segment)) {
			tokens.push({ text: segment.toLowerCase(), syllables: 1, single: false });
			continue;
		}
		const syllables = pinyinSyllables(segment)
			.map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
			.filter(Boolean);
		if (syllables.length) tokens.push({ text: syllables.join(''), syllables: syllables.length, single: syllables.length === 1 });
	}
	const words: string[] = [];
	let count = 0;
	let previousSingle = false;
	for (const token of tokens) {
		if (count >= maxSyllables || count + token.syllables > maxSyllables + 1) break;
		if (token.single && previousSingle) words[words.length - 1] += token.text;
		else words.push(token.text);
		previousSingle = token.single;
		count += token.syllables;
	}
	return words.join('-') || 'wenzhang';
}

/**
 * `2022/0209-zoufang-weiwen-wei.md`: year folder, month and day, slug of the headline's first
 * line. With a place on the page (`order`) it comes after the day, `0209-03-…`, as in the
 * sample articles, so a page's pieces list in print order.
 */
export function articleEntry(fields: Pick<SkeletonFields, 'title' | 'date' | 'order'>): string {
	const [year, month, day] = fields.date.split('-');
	const order = fields.order ? `-${String(fields.order).padStart(2, '0')}` : '';
	return `${year}/${month}${day}${order}-${titleSlug(fields.title[0] ?? '')}.md`;
}

/** Frontmatter in the order the printed page reads: kicker, title, subtitle, then the facts. */
const ORDER: FieldKey[] = ['kicker', 'title', 'subtitle', 'date', 'genre', 'source', 'authors', 'unit', 'counties', 'cities', 'tags', 'page', 'order'];

export const BODY_PLACEHOLDER =
	'<!-- 在这里写正文：每段一行，段与段之间空一行；小标题用 ## 开头。写完后运行 npm run lint:content 检查排版，定稿时把上面的 draft: true 改为 draft: false。 -->';

/** The whole new file: frontmatter in page order with `draft: true`, then a placeholder for the body. */
export function renderSkeleton(fields: SkeletonFields): string {
	const data: Record<string, unknown> = {};
	for (const key of ORDER) {
		const value = key === 'title' && fields.title.length === 1 ? fields.title[0] : fields[key];
		if (!isEmpty(value)) data[key] = value;
	}
	data.draft = true;
	return writeArticleFile(data, BODY_PLACEHOLDER);
}
