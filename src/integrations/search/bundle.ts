/**
 * The bundle step: esbuild builds the browser side of search from src/client/search into
 * `pagefind/gongyun/`: `pagefind.js` (Pagefind's API with our query processing in front, the
 * site's search data inlined) and `ui.js` (the search UI). Both load next to Pagefind's files.
 *
 * The traditional→simplified table goes beside them as `t2s.json`, not into `pagefind.js`: the
 * bundle carries only its packed key set and fetches the table for the first query that has a
 * traditional character (see `packCharSet` in src/lib/search/query.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packCharSet, tableKeys, type SearchData } from '../../lib/search/query.ts';

const ENTRIES = {
	pagefind: fileURLToPath(new URL('../../client/search/pagefind-entry.ts', import.meta.url)),
	ui: fileURLToPath(new URL('../../client/search/ui.ts', import.meta.url)),
};

/** The table's file in the bundle folder (the entry fetches it relative to itself). */
export const T2S_FILE = 't2s.json';

export async function writeBundle(outdir: string, data: SearchData): Promise<void> {
	const { build } = await import('esbuild');
	writeFileSync(join(outdir, T2S_FILE), JSON.stringify(data.t2s));
	const result = await build({
		entryPoints: ENTRIES,
		outdir,
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		charset: 'utf8',
		define: {
			__GONGYUN_SEARCH_DATA__: JSON.stringify({ ...data, t2s: '' } satisfies SearchData),
			__GONGYUN_T2S_KEYS__: JSON.stringify(packCharSet(tableKeys(data.t2s))),
			__GONGYUN_T2S_FILE__: JSON.stringify(T2S_FILE),
		},
		// Dynamic imports of Pagefind's own files are resolved by the browser, next to the index.
		logOverride: { 'unsupported-dynamic-import': 'silent' },
		logLevel: 'error',
	});
	if (result.errors.length) throw new Error(`search bundle: ${result.errors.map((e) => e.text).join('\n')}`);
}
