/** A small site model for view tests: real gazetteer, plain articles, default settings. */
import type { ArticleLike } from '../../../src/lib/articles.ts';
import { getGazetteer } from '../../../src/lib/places.ts';
import type { ArticleData } from '../../../src/lib/schemas/article.ts';
import { SiteConfigSchema, type SiteConfigInput } from '../../../src/lib/schemas/site.ts';
import { buildSite } from '../../../src/lib/views/site.ts';

export const gazetteer = getGazetteer('陕西省');

export function article(id: string, data: Partial<ArticleData>, body = ''): ArticleLike {
	return {
		id,
		body,
		data: { title: [id], date: '2022-02-09', genre: '消息', authors: [], photographers: [], counties: [], cities: [], tags: [], column: '工运纵横', draft: false, ...data } as ArticleData,
	};
}

export function site(articles: ArticleLike[], settings: SiteConfigInput = {}) {
	return buildSite(articles, gazetteer, SiteConfigSchema.parse(settings));
}
