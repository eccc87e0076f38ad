/**
 * Reads the article files the build will publish, exactly the set Astro's glob loader sees
 * (`articleEntries`: tinyglobby, same pattern and options), after refusing what would make that set wrong:
 * symbolic links that leave `content/`, loop, or point back into `articles/` (which publishes
 * the same story twice). Each file's bytes must be UTF-8 text without control characters.
 */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeArticleBytes, findControlChars } from '../lib/hygiene/text.ts';
import { NOT_TEXT, SYMLINK_DANGLING, SYMLINK_LOOP, SYMLINK_SELF_LOOP, controlChar, moreControlChars, symlinkDuplicate, symlinkOutside, unreadable, wrongEncoding } from '../lib/messages.ts';
import type { Diagnostic, SourceFile } from '../lib/validate.ts';
import { articleEntries } from './context.ts';

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
					message: loop ? SYMLINK_SELF_LOOP : SYMLINK_DANGLING,
				});
				continue;
			}
			const isDir = statSync(path).isDirectory();
			if (!inside(target, realContent)) {
				problems.push({
					file,
					message: symlinkOutside(target),
				});
			} else if (isDir && inside(realpathSync(dir), target)) {
				problems.push({ file, message: SYMLINK_LOOP });
			} else if (inside(target, realArticles)) {
				problems.push({
					file,
					message: symlinkDuplicate(relative(realArticles, target) || '.'),
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
	const entries = articleEntries(base);
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
				message: unreadable(code),
			});
			continue;
		}
		const decoded = decodeArticleBytes(bytes);
		if (!decoded.ok) {
			diagnostics.push({
				file,
				line: decoded.line,
				message: decoded.encoding ? wrongEncoding(decoded.encoding) : NOT_TEXT,
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
				message: controlChar(c.column, c.code),
			});
		}
		if (controls.length > 5) diagnostics.push({ file, message: moreControlChars(controls.length - 5) });
		sources.push({ file, entry, source });
	}
	return { sources, diagnostics };
}
