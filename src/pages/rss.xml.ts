import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../data.ts';
import { byline, headlineText, summaryOf } from '../lib/articles.ts';
import { chinaDayToInstant } from '../lib/dates.ts';
import { joinBase, routes } from '../lib/urls.ts';
import { siteConfig } from '../site.config.ts';

export async function GET(context: APIContext) {
	const { articles } = await loadSite();
	return rss({
		title: `${siteConfig.title} - ${siteConfig.publication}`,
		description: siteConfig.description,
		site: context.site ?? siteConfig.site,
		customData: '<language>zh-cn</language>',
		items: articles.slice(0, 50).map((article) => ({
			title: headlineText(article.data.title),
			link: joinBase(import.meta.env.BASE_URL, routes.article(article.id)),
			pubDate: chinaDayToInstant(article.data.date),
			description: summaryOf(article),
			author: byline(article.data) || undefined,
			categories: article.data.tags,
		})),
	});
}
