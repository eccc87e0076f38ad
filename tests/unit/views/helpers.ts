/** A small site model for view tests: real gazetteer, plain articles, default settings. */
import type { ArticleLike } from '../../../src/lib/articles.ts';
import { article } from '../article-fixture.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { SiteConfigSchema, type SiteConfigInput } from '../../../src/lib/schemas/site.ts';
import { buildSite } from '../../../src/lib/views/site.ts';

export { article };

export const gazetteer = getGazetteer('陕西省');

export function site(articles: ArticleLike[], settings: SiteConfigInput = {}) {
	return buildSite(articles, gazetteer, SiteConfigSchema.parse(settings));
}
