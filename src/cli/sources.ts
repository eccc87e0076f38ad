/**
 * Reads the article files the build will publish, exactly the set Astro's glob loader sees
 * (tinyglobby, same pattern and options), after refusing what would make that set wrong:
 * symbolic links that leave `content/`, loop, or point back into `articles/` (which publishes
 * the same story twice). Each file's bytes must be UTF-8 text without control characters.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { glob } from 'tinyglobby';
import { decodeArticleBytes, findControlChars } from '../lib/hygiene/text.ts';
import type { Diagnostic, SourceFile } from '../lib/validate.ts';

/** The loader's pattern (src/content.config.ts). */
export const ARTICLE_PATTERN = '**/*.{md,mdx}';

const ENCODING_NAMES = { gb18030: 'GBK/GB18030（Windows 中文“ANSI”）', 'utf-16le': 'UTF-16（Word“Unicode”）', 'utf-16be': 'UTF-16 BE' } as const;

const inside = (path: string, folder: string) => path === folder || path.startsWith(folder + sep);

/** Problems with symbolic links under the articles folder (walked without following links into trouble). */
export function symlinkProblems(contentDir: string, displayRoot: string): Diagnostic[] {
	const problems: Diagnostic[] = [];
	const articles = join(contentDir, 'articles');
	let realContent: string;
	let realArticles: string;
	try {
		realContent = realpathSync(contentDir);
		realArticles = realpathSync(articles);
	} catch {
		return [];
	}
	const seen = new Set<string>();
	const walk = (dir: string) => {
		let real: string;
		try {
			real = realpathSync(dir);
		} catch {
			return;
		}
		if (seen.has(real)) return;
		seen.add(real);
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			const file = relative(displayRoot, path) || path;
			const stat = lstatSync(path);
			if (!stat.isSymbolicLink()) {
				if (stat.isDirectory()) walk(path);
				continue;
			}
			let target: string;
			try {
				target = realpathSync(path);
			} catch (error) {
				const loop = (error as NodeJS.ErrnoException).code === 'ELOOP';
				problems.push({
					file,
					message: loop
						? '这个符号链接 (symlink) 指向自己，形成循环 (symlink loop)：请删除这个链接。'
						: '这个符号链接 (symlink) 指向的文件或文件夹不存在 (dangling symlink)：请删除这个链接，或把真正的文件放到这里。',
				});
				continue;
			}
			const isDir = statSync(path).isDirectory();
			if (!inside(target, realContent)) {
				problems.push({
					file,
					message: `这个符号链接 (symlink) 指向 content 文件夹以外的 ${target} (symlink leaves content/)：网站只发布 content 里的文件。请把文件复制进来，再删除这个链接。`,
				});
			} else if (isDir && inside(realpathSync(dir), target)) {
				problems.push({ file, message: '这个文件夹链接 (symlink) 指向它自己所在的上级文件夹，形成循环 (symlink loop)，会让每篇文章发布两次：请删除这个链接。' });
			} else if (inside(target, realArticles)) {
				problems.push({
					file,
					message: `这个符号链接 (symlink) 指向 articles 里的 ${relative(realArticles, target) || '.'}，同一篇文章会以两个网址发布两次 (duplicate via symlink)：请删除这个链接。`,
				});
			} else if (isDir) walk(path);
		}
	};
	walk(articles);
	return problems;
}

export interface ReadSources {
	sources: SourceFile[];
	diagnostics: Diagnostic[];
}

/** Every article under `<contentDir>/articles`, as Astro will read it, or why a file cannot be read. */
export async function readArticleSources(contentDir: string, displayRoot: string): Promise<ReadSources> {
	const base = join(contentDir, 'articles');
	const diagnostics = symlinkProblems(contentDir, displayRoot);
	if (diagnostics.length) return { sources: [], diagnostics };
	const entries = (await glob(ARTICLE_PATTERN, { cwd: base, expandDirectories: false })).sort();
	const sources: SourceFile[] = [];
	for (const entry of entries) {
		const abs = join(base, entry);
		const file = relative(displayRoot, abs) || abs;
		let bytes: Buffer;
		try {
			bytes = readFileSync(abs);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			diagnostics.push({
				file,
				message:
					code === 'EACCES' || code === 'EPERM'
						? '没有权限读取这个文件 (permission denied)：请检查文件权限（例如 chmod a+r），或请管理员处理。'
						: `无法读取这个文件 (cannot read file: ${code ?? 'error'})：请确认它是一个普通文件。`,
			});
			continue;
		}
		const decoded = decodeArticleBytes(bytes);
		if (!decoded.ok) {
			diagnostics.push({
				file,
				line: decoded.line,
				message: decoded.encoding
					? `文件不是 UTF-8 编码，而是 ${ENCODING_NAMES[decoded.encoding]} (file is ${decoded.encoding}, not UTF-8)：直接发布会变成乱码。运行 npm run lint:content -- --fix 可转换为 UTF-8（会改写这个文件），或在编辑器里“另存为 UTF-8”。`
					: '文件不是文本，或不是 UTF-8 编码 (not UTF-8 text)：请在编辑器里“另存为 UTF-8”；如果它是图片或 Word 文件，请不要用 .md 扩展名。',
			});
			continue;
		}
		// Kept with its BOM, as Astro's loader reads it (fs.readFile 'utf-8').
		const source = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
		const controls = findControlChars(source);
		for (const c of controls.slice(0, 5)) {
			diagnostics.push({
				file,
				line: c.line,
				message:
					c.code === 'U+FFFD'
						? `第 ${c.column} 列有乱码字符 � (U+FFFD, replacement character)：这里原来的字在某次转换时丢失了，请对照原稿补上。`
						: `第 ${c.column} 列有看不见的控制字符 ${c.code} (control character)：通常是从别处复制带来的。运行 npm run lint:content -- --fix 可删除它们。`,
			});
		}
		if (controls.length > 5) diagnostics.push({ file, message: `还有 ${controls.length - 5} 个控制字符 (more control characters)。` });
		sources.push({ file, entry, source });
	}
	return { sources, diagnostics };
}
