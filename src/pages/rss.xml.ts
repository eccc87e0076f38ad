import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../site-data.ts';
import { feedItems } from '../lib/views/feed.ts';
import { siteConfig } from '../site.config.ts';

export async function GET(context: APIContext) {
	return rss({
		title: `${siteConfig.title} - ${siteConfig.publication}`,
		description: siteConfig.description,
		// The channel link is the site's home page, which lives under the base path.
		site: new URL(import.meta.env.BASE_URL, context.site ?? siteConfig.site).href,
		customData: '<language>zh-cn</language>',
		items: feedItems(await loadSite()),
	});
}
