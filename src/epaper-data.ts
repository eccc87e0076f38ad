/**
 * The bridge from the e-paper collection (pages found by src/integrations/epaper) to the pure
 * views in src/lib/views/epaper.ts: joins them with the site's issues once per build, stops the
 * build on a mistake in a page data file, and warns about pieces not found in their page PDF.
 */
import { getCollection } from 'astro:content';
import { loadSite, type Article } from './data.ts';
import type { PageSource } from './lib/epaper/edition.ts';
import { PAGE_DATA_FAILED } from './lib/messages.ts';
import { buildEdition, type Edition } from './lib/views/epaper.ts';

let cached: Promise<Edition<Article>> | undefined;

export function loadEdition(): Promise<Edition<Article>> {
	cached ??= (async () => {
		const [site, entries] = await Promise.all([loadSite(), getCollection('epaper')]);
		const edition = buildEdition(
			site.issues,
			entries.map((e) => e.data as unknown as PageSource),
		);
		if (edition.problems.length) {
			const where = (p: (typeof edition.problems)[number]) => `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  [${p.field}]` : ''}`;
			throw new Error(`${PAGE_DATA_FAILED}\n${edition.problems.map((p) => `${where(p)}\n    ${p.message}`).join('\n')}`);
		}
		for (const warning of edition.warnings) console.warn(`⚠ 数字报 (e-paper)：${warning}`);
		return edition;
	})();
	return cached;
}
