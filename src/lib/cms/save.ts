/**
 * The last gate before the web editor writes a file: the build's own checker runs on what the
 * editor is about to save, and a save it would reject is refused with its Chinese messages, so
 * the form can never put a file on disk that `npm run build` would fail on.
 */
import { posix } from 'node:path';
import type { Gazetteer } from '../gazetteer.ts';
import { saveRefused } from '../messages.ts';
import { formatDiagnostic, validateArticles, type Diagnostic } from '../validate.ts';

/** The part of Decap's `persistEntry` request (local backend protocol) that we read. */
export interface PersistParams {
	entry?: { path: string; raw: string; newPath?: string };
	dataFiles?: { path: string; raw: string; newPath?: string }[];
	assets?: { path: string }[];
}

export interface SaveCheckOptions {
	gazetteer: Gazetteer;
	defaultColumn: string;
	/** Articles folder, relative to the repository root, with forward slashes. */
	articlesFolder: string;
	/** Whether a repository-relative path exists on disk. */
	exists: (repoPath: string) => boolean;
	/** Today in China time and the site's `maxFutureDays`: a far-future 见报日期 is refused as the build refuses it. */
	today?: string;
	maxFutureDays?: number;
}

export function checkPersist(params: PersistParams, options: SaveCheckOptions): Diagnostic[] {
	const files = params.dataFiles ?? (params.entry ? [params.entry] : []);
	const uploaded = new Set((params.assets ?? []).map((a) => posix.normalize(a.path)));
	const prefix = `${options.articlesFolder.replace(/\/+$/, '')}/`;
	const sources = files
		.map((f) => ({ path: f.newPath ?? f.path, raw: f.raw }))
		.filter((f) => f.path.startsWith(prefix) && /\.mdx?$/i.test(f.path))
		.map((f) => ({ file: f.path, entry: f.path.slice(prefix.length), source: f.raw }));
	const { diagnostics } = validateArticles(sources, {
		gazetteer: options.gazetteer,
		defaultColumn: options.defaultColumn,
		fileExists: (entry, relative) => {
			const repoPath = posix.normalize(posix.join(prefix, posix.dirname(entry), relative));
			return uploaded.has(repoPath) || options.exists(repoPath);
		},
		...(options.today ? { today: options.today, maxFutureDays: options.maxFutureDays } : {}),
	});
	return diagnostics;
}

/** One message for the editor's error notice: every mistake, each with its line and fix. */
export function refusalMessage(diagnostics: Diagnostic[]): string {
	return `${saveRefused(diagnostics.length)}\n${diagnostics.map(formatDiagnostic).join('\n')}`;
}
