/**
 * The folders an editor command works on, resolved once: the project root, the content folder
 * (the site config's, unless `--content` names another), its `articles/`, the output folder;
 * and how a path is shown to the editor. The file-system helpers the commands share live here
 * too; the pure logic lives in src/lib.
 */
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { join, relative, resolve } from 'node:path';
import type { SourceFile } from '../lib/validate.ts';
import { contentDir, siteConfig } from '../site.config.ts';
import type { CliIO } from './io.ts';

/** The repository: the folder with package.json and astro.config.mjs. */
export const projectRoot = resolve(import.meta.dirname, '../..');

export interface CliContext {
	root: string;
	/** Folder holding `articles/`. */
	contentDir: string;
	articlesDir: string;
	/** Where `npm run build` publishes the site. */
	outDir: string;
	site: typeof siteConfig;
	/** A path as the editor would type it: relative to the working folder when inside it. */
	display(path: string): string;
}

export function cliContext(io: CliIO, folders: { content?: string | undefined; out?: string | undefined } = {}): CliContext {
	const content = folders.content !== undefined ? resolve(io.cwd, folders.content) : contentDir(projectRoot);
	return {
		root: projectRoot,
		contentDir: content,
		articlesDir: join(content, 'articles'),
		outDir: folders.out !== undefined ? resolve(io.cwd, folders.out) : join(projectRoot, 'dist'),
		site: siteConfig,
		display(path) {
			const rel = relative(io.cwd, path);
			return rel && !rel.startsWith('..') ? rel : path;
		},
	};
}

/** The content collection's file pattern (src/content.config.ts). */
export const ARTICLE_PATTERN = '**/*.{md,mdx}';

/**
 * Article files (`.md`, `.mdx`) below a folder, as paths relative to it, sorted: exactly the
 * list Astro's glob loader makes (tinyglobby, same pattern and options: hidden files skipped,
 * symbolic links followed). src/cli/sources.ts refuses the links that would make it wrong.
 */
export function articleEntries(dir: string): string[] {
	return globSync(ARTICLE_PATTERN, { cwd: dir, expandDirectories: false }).sort();
}

/** Every article under `articlesDir`, sorted, with paths relative to `displayRoot`. */
export function collectArticleSources(articlesDir: string, displayRoot: string): SourceFile[] {
	return articleEntries(articlesDir).map((entry) => {
		const abs = join(articlesDir, entry);
		return { file: relative(displayRoot, abs), entry, source: readFileSync(abs, 'utf8') };
	});
}
