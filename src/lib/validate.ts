/**
 * Checks every article before Astro sees it, so that one run reports every mistake with file,
 * line, field and fix, and a failed build never touches the published `dist/`.
 */
import { parseIsoDate } from './dates.ts';
import { articleSchema, type ArticleData } from './schemas/article.ts';
import { articleIdFromEntry } from './ids.ts';
import { MISSING_FRONTMATTER, duplicateId, duplicateKey, futureDate, imageProblemMessage, invalidDate, unknownField, yamlSyntaxError } from './messages.ts';
import { parseArticleFile, type ParsedArticleFile } from './frontmatter.ts';
import type { Gazetteer } from './gazetteer.ts';

export interface Diagnostic {
	/** Path as the editor knows it, e.g. `content/articles/2022/0209-01-binhai.md`. */
	file: string;
	line?: number;
	/** Frontmatter key path, e.g. `counties.0`. */
	field?: string;
	message: string;
}

export interface SourceFile {
	/** Display path (relative to the project). */
	file: string;
	/** Path relative to the articles folder, e.g. `2022/0209-01-binhai.md`; decides the URL. */
	entry: string;
	source: string;
}

export interface ValidateOptions {
	gazetteer: Gazetteer;
	defaultColumn: string;
	/** Whether a path (relative to the article file) exists; images are checked with it. */
	fileExists?: (entry: string, relative: string) => boolean;
	/**
	 * What is wrong with an image path (relative to the article file), if anything; replaces
	 * `fileExists` when given. The build's version reads the file (src/cli/images.ts).
	 */
	inspectImage?: (entry: string, relative: string) => ImageProblem | undefined;
	/** Today in China time (`YYYY-MM-DD`); with `maxFutureDays`, later 见报日期 are refused. */
	today?: string;
	maxFutureDays?: number;
	/** Extra per-file checks (e.g. MDX syntax), run after the frontmatter parsed. */
	extraChecks?: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[];
}

export type ImageProblem = 'missing' | 'outside' | 'empty' | 'not-image';

/** Days from one `YYYY-MM-DD` to another. */
function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface ValidArticle {
	id: string;
	file: SourceFile;
	data: ArticleData;
	body: string;
	/** The frontmatter as YAML gave it, before the schema: what Astro's loader reads too. */
	frontmatter: unknown;
}

/**
 * The first YAML error of a frontmatter, with a Chinese hint. Only the first: the rest are
 * usually the same mistake seen again further down. An unclosed quote or bracket is reported
 * where it was opened, not at the line where the parser gave up.
 */
export function describeYamlError(parsed: ParsedArticleFile): { line: number; field?: string; message: string } | undefined {
	const error = parsed.errors[0];
	if (!error || error.code === 'MISSING_FRONTMATTER') return undefined;
	const reason = error.message.split(/ at line \d+/)[0]!.split('\n')[0]!;
	// Index into the YAML text, whose first line is the opening fence's.
	const lines = parsed.yaml.split('\n');
	let index = error.line - parsed.fenceLine;
	const opened = (re: RegExp) => {
		for (let i = Math.min(index, lines.length - 1); i >= 0; i--) if (re.test(lines[i]!)) return i;
		return index;
	};
	if (/quote/i.test(reason)) index = opened(/^[^"]*"[^"]*$|^[^']*'[^']*$/);
	else if (/flow sequence/i.test(reason)) index = opened(/\[[^\]]*$/);
	const line = parsed.fenceLine + index;
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^\s*['"]?([^'":]+?)['"]?\s*:/.exec(lines[index] ?? '')?.[1];
		return {
			line,
			...(key ? { field: key } : {}),
			message: duplicateKey(key),
		};
	}
	return { line, message: yamlSyntaxError(error.code, reason) };
}

/**
 * YAML reads an unquoted `date: 2022-02-30` as a Date and rolls it over to 2 March without
 * a word; the text as typed is the only place the mistake is still visible.
 */
function impossibleDate(source: string, line: number | undefined): string | undefined {
	if (line === undefined) return undefined;
	return impossibleDay(source.replace(/^\uFEFF/, '').split('\n')[line - 1] ?? '');
}

/** The day typed on a `date:` line, when no such day exists (2022-02-30). */
function impossibleDay(line: string): string | undefined {
	const typed = /^date:\s*['"]?(\d{4}-\d{1,2}-\d{1,2})\b/.exec(line)?.[1];
	return typed && !parseIsoDate(typed) ? typed : undefined;
}

/** Markdown `![说明](./photo.jpg)` and HTML `<img src="…">` pointing at files beside the article. */
function bodyImages(body: string): { path: string; index: number }[] {
	const found: { path: string; index: number }[] = [];
	for (const m of body.matchAll(/!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*)?\)|<img\b[^>]*\bsrc=["']([^"']+)["']/g)) {
		const path = m[1] ?? m[2]!;
		// Web addresses and site-absolute paths are not files next to the article.
		if (!/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(path)) found.push({ path, index: m.index });
	}
	return found;
}

export function formatDiagnostic(d: Diagnostic): string {
	return `${placeOf(d)}\n    ${d.message}`;
}

function placeOf(d: Diagnostic): string {
	const where = d.line ? `${d.file}:${d.line}` : d.file;
	return `${where}${d.field ? `  [${d.field}]` : ''}`;
}

/**
 * Warnings for the terminal, one block per message: a message that applies to several files is
 * said once, above their places, and after `limit` places the rest are counted (`more`). An
 * archive import can warn about a thousand photo stories at once; a wall of the same sentence
 * hides whatever else was said.
 */
export function formatWarnings(list: Diagnostic[], options: { limit?: number; more: (n: number) => string }): string[] {
	const limit = options.limit ?? Infinity;
	return [...Map.groupBy(list, (d) => d.message)].map(([message, group]) => {
		if (group.length === 1) return formatDiagnostic(group[0]!);
		const shown = group.slice(0, limit).map((d) => `  ${placeOf(d)}`);
		if (group.length > limit) shown.push(`  ${options.more(group.length - limit)}`);
		return [message, ...shown].join('\n');
	});
}

/** Per gazetteer and column, the article schema: the preview checks one file at a time, and a new schema compiles its parser again on its first parse (zod's JIT), 0.3 ms a file. */
const schemas = new WeakMap<Gazetteer, Map<string, ReturnType<typeof articleSchema>>>();

function schemaFor(gazetteer: Gazetteer, defaultColumn: string): ReturnType<typeof articleSchema> {
	let byColumn = schemas.get(gazetteer);
	if (!byColumn) schemas.set(gazetteer, (byColumn = new Map()));
	let schema = byColumn.get(defaultColumn);
	if (!schema) byColumn.set(defaultColumn, (schema = articleSchema({ gazetteer, defaultColumn })));
	return schema;
}

export function validateArticles(files: SourceFile[], options: ValidateOptions): { articles: ValidArticle[]; diagnostics: Diagnostic[] } {
	const schema = schemaFor(options.gazetteer, options.defaultColumn);
	const diagnostics: Diagnostic[] = [];
	const articles: ValidArticle[] = [];
	const byId = new Map<string, SourceFile>();

	for (const file of files) {
		const id = articleIdFromEntry(file.entry);
		const twin = byId.get(id);
		if (twin) {
			diagnostics.push({
				file: file.file,
				message: duplicateId(twin.file, id),
			});
			continue;
		}
		byId.set(id, file);

		const parsed = parseArticleFile(file.source);
		if (parsed.errors.length) {
			const yaml = describeYamlError(parsed);
			diagnostics.push(
				yaml
					? { file: file.file, ...yaml }
					: { file: file.file, line: 1, message: MISSING_FRONTMATTER },
			);
			continue;
		}
		// Frontmatter and body are checked independently, so one run lists every mistake in a file.
		const found: Diagnostic[] = [];
		// Only a date YAML turned into a Date can have been rolled over; a quoted one the schema checks.
		// The key's line is one of the lines that start with `date:`; only when one of those has an
		// impossible day is the key's line looked up (which needs the YAML's syntax tree).
		const maybeImpossible = parsed.data.date instanceof Date && [...parsed.yaml.matchAll(/^date:.*$/gm)].some(([line]) => impossibleDay(line));
		const typedDate = maybeImpossible ? impossibleDate(file.source, parsed.lineOf(['date'])) : undefined;
		if (typedDate) {
			found.push({
				file: file.file,
				line: parsed.lineOf(['date']),
				field: 'date',
				message: invalidDate(typedDate),
			});
		}
		const result = schema.safeParse(parsed.data);
		for (const issue of result.success ? [] : result.error.issues) {
			const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
			if (issue.code === 'unrecognized_keys') {
				// One message per unknown key, each on its own line: a typo is fixed where it was made.
				for (const key of issue.keys) found.push({ file: file.file, line: parsed.lineOf([key]), field: key, message: unknownField(key) });
				continue;
			}
			// A missing key has no line of its own: point at the frontmatter (or, for imageAlt, at image).
			const line = parsed.lineOf(path) ?? (path[0] === 'imageAlt' ? parsed.lineOf(['image']) : undefined) ?? 2;
			found.push({ file: file.file, line, field: path.join('.') || undefined, message: issue.message });
		}
		const inspect =
			options.inspectImage ?? (options.fileExists ? (entry: string, rel: string) => (options.fileExists!(entry, rel) ? undefined : ('missing' as const)) : undefined);
		const image = parsed.data.image;
		const imageProblem = typeof image === 'string' && image && inspect ? inspect(file.entry, image) : undefined;
		if (imageProblem) {
			found.push({ file: file.file, line: parsed.lineOf(['image']), field: 'image', message: imageProblemMessage(imageProblem, String(image), 'frontmatter') });
		}
		for (const bodyImage of inspect ? bodyImages(parsed.body) : []) {
			const problem = inspect?.(file.entry, bodyImage.path);
			if (!problem) continue;
			found.push({
				file: file.file,
				line: parsed.bodyLine + parsed.body.slice(0, bodyImage.index).split('\n').length - 1,
				message: imageProblemMessage(problem, bodyImage.path, 'body'),
			});
		}
		if (result.success && !result.data.draft && options.today && options.maxFutureDays !== undefined) {
			const ahead = daysBetween(options.today, result.data.date);
			if (ahead > options.maxFutureDays) {
				found.push({
					file: file.file,
					line: parsed.lineOf(['date']),
					field: 'date',
					message: futureDate(result.data.date, options.today, ahead, options.maxFutureDays),
				});
			}
		}
		for (const check of options.extraChecks ?? []) found.push(...check(file, parsed.body, parsed.bodyLine));
		// Top to bottom, as the editor reads the file (the schema reports in its own key order).
		diagnostics.push(...found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
		if (result.success && !found.length) articles.push({ id, file, data: result.data, body: parsed.body, frontmatter: parsed.data });
	}
	return { articles, diagnostics };
}

