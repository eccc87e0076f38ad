/**
 * Search in the preview (`npm run dev` / `npm run edit`): Astro's dev server renders pages but
 * builds no index, so the preview serves the index of the last `npm run build` (`<outDir>/pagefind/`).
 * Articles written since then are found after the next build; without any build the search page
 * says to run one (strings.search.unavailableInPreview) and the terminal says so at start.
 */
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, normalize, sep } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { sendFile } from '../dev-files.ts';
import { previewSearchFrom, PREVIEW_SEARCH_MISSING } from '../../lib/messages.ts';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** A middleware serving `<base>pagefind/…` from the last build's output, and what to tell the editor. */
export function lastBuildSearch(outDir: string, base: string, logger: AstroIntegrationLogger): Middleware {
	const dir = join(outDir, 'pagefind');
	// The shard list is written last of the index's files (src/integrations/search/shards.ts).
	const entry = join(dir, 'shards.json');
	if (existsSync(entry)) logger.info(previewSearchFrom(outDir, statSync(entry).mtime));
	else logger.warn(PREVIEW_SEARCH_MISSING);
	const prefix = `${base}pagefind/`;
	return (req, res, next) => {
		const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
		if (!path.startsWith(prefix)) return next();
		const file = normalize(join(dir, path.slice(prefix.length)));
		// Only files inside the index folder, and only when a build made them.
		if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(PREVIEW_SEARCH_MISSING);
			return;
		}
		sendFile(res, file);
	};
}
