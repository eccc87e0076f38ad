import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { loadSite } from '../site-data.ts';
import { feedItems } from '../lib/views/feed.ts';
import { siteConfig } from '../site.config.ts';

export async function GET(context: APIContext) {
	return rss({
		title: `${siteConfig.title} - ${siteConfig.publication}`,
		description: siteConfig.description,
		site: context.site ?? siteConfig.site,
		customData: '<language>zh-cn</language>',
		items: feedItems(await loadSite()),
	});
}
