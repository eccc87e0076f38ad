/**
 * The bundle step: esbuild builds the browser side of search from src/client/search into
 * `pagefind/gongyun/`: `pagefind.js` (Pagefind's API with our query processing in front, the
 * site's search data inlined) and `ui.js` (the search UI). Both load next to Pagefind's files.
 */
import { fileURLToPath } from 'node:url';
import type { SearchData } from '../../lib/search/query.ts';

const ENTRIES = {
	pagefind: fileURLToPath(new URL('../../client/search/pagefind-entry.ts', import.meta.url)),
	ui: fileURLToPath(new URL('../../client/search/ui.ts', import.meta.url)),
};

export async function writeBundle(outdir: string, data: SearchData): Promise<void> {
	const { build } = await import('esbuild');
	const result = await build({
		entryPoints: ENTRIES,
		outdir,
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		charset: 'utf8',
		define: { __GONGYUN_SEARCH_DATA__: JSON.stringify(data) },
		// Dynamic imports of Pagefind's own files are resolved by the browser, next to the index.
		logOverride: { 'unsupported-dynamic-import': 'silent' },
		logLevel: 'error',
	});
	if (result.errors.length) throw new Error(`search bundle: ${result.errors.map((e) => e.text).join('\n')}`);
}
