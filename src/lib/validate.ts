/**
 * Checks every article before Astro sees it, so that one run reports every mistake with file,
 * line, field and fix, and a failed build never touches the published `dist/`.
 */
import { FIELD_LABELS, articleSchema, type ArticleData } from './schemas/article.ts';
import { parseArticleFile } from './frontmatter.ts';
import type { Gazetteer } from './places.ts';

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
	/** Extra per-file checks (e.g. MDX syntax), run after the frontmatter parsed. */
	extraChecks?: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[];
}

export interface ValidArticle {
	id: string;
	file: SourceFile;
	data: ArticleData;
	body: string;
}

/**
 * The entry id, and so the URL: the path without extension, lower-cased, spaces as hyphens.
 * Also the glob loader's `generateId`, so both agree on which files collide.
 */
export function articleIdFromEntry(entry: string): string {
	return entry
		.replace(/\\/g, '/')
		.replace(/\.(md|mdx)$/i, '')
		.split('/')
		.map((segment) =>
			segment
				.normalize('NFKC')
				.toLowerCase()
				.replace(/\s+/g, '-')
				.replace(/[^\p{L}\p{N}_-]/gu, ''),
		)
		.join('/');
}

export function formatDiagnostic(d: Diagnostic): string {
	const where = d.line ? `${d.file}:${d.line}` : d.file;
	return `${where}${d.field ? `  [${d.field}]` : ''}\n    ${d.message}`;
}

export function validateArticles(files: SourceFile[], options: ValidateOptions): { articles: ValidArticle[]; diagnostics: Diagnostic[] } {
	const schema = articleSchema({ gazetteer: options.gazetteer, defaultColumn: options.defaultColumn });
	const diagnostics: Diagnostic[] = [];
	const articles: ValidArticle[] = [];
	const byId = new Map<string, SourceFile>();

	for (const file of files) {
		const id = articleIdFromEntry(file.entry);
		const twin = byId.get(id);
		if (twin) {
			diagnostics.push({
				file: file.file,
				message: `与 ${twin.file} 的网址相同 (duplicate article id/URL “${id}”)：两篇文章不能同名，请给其中一个文件改名。`,
			});
			continue;
		}
		byId.set(id, file);

		const parsed = parseArticleFile(file.source);
		if (parsed.errors.length) {
			for (const error of parsed.errors) {
				diagnostics.push(
					error.message === 'missing-frontmatter'
						? { file: file.file, line: 1, message: '文件开头缺少 frontmatter (missing frontmatter)：第一行应是 ---，写完字段后再用一行 --- 结束。可用 npm run new 生成模板。' }
						: { file: file.file, line: error.line, message: `frontmatter 的 YAML 格式有误 (YAML syntax error)：${error.message.split('\n')[0]}。常见原因：冒号后缺空格、引号不成对、缩进不齐。` },
				);
			}
			continue;
		}
		const result = schema.safeParse(parsed.data);
		if (!result.success) {
			for (const issue of result.error.issues) {
				const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
				const key = issue.code === 'unrecognized_keys' ? issue.keys[0] : path[0];
				diagnostics.push({
					file: file.file,
					line: parsed.lineOf(key === undefined ? path : [key, ...path.slice(1)]) ?? (key === 'title' || key === 'date' ? 2 : undefined),
					field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : path.join('.') || undefined,
					message: issue.message,
				});
			}
			continue;
		}
		const data = result.data;
		if (data.image !== undefined && options.fileExists && !options.fileExists(file.entry, String(data.image))) {
			diagnostics.push({
				file: file.file,
				line: parsed.lineOf(['image']),
				field: 'image',
				message: `图片 image “${String(data.image)}”不存在 (image not found)：路径相对于文章文件，例如 ./photo.jpg；请检查文件名和位置。`,
			});
		}
		for (const check of options.extraChecks ?? []) diagnostics.push(...check(file, parsed.body, parsed.bodyLine));
		articles.push({ id, file, data, body: parsed.body });
	}
	return { articles, diagnostics };
}

export { FIELD_LABELS };
