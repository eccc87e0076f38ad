/**
 * `og/<article id>.png`: the share card of each article (src/render/share-card.ts, shareCardView),
 * drawn at build time and cached in node_modules/.cache, so a rebuild redraws only what changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { join } from 'node:path';
import { getGazetteer } from '../../lib/gazetteer.ts';
import { renderShareCard } from '../../render/share-card.ts';
import { hasShareCard, placeLexicon, shareCardView } from '../../lib/views/share.ts';
import type { ShareCardInput } from '../../lib/share/card.ts';
import { loadSite } from '../../site-data.ts';
import { siteConfig } from '../../site.config.ts';
import { cacheKey } from '../../lib/page-cache.ts';

export const getStaticPaths = (async () => {
	const site = await loadSite();
	const { articles, config } = site;
	const lexicon = placeLexicon(getGazetteer(siteConfig.homeProvince));
	// Recent pieces only (siteConfig.shareCardDays): the pages of older ones name no card.
	return articles
		.filter((article) => hasShareCard(article, articles[0], config.shareCardDays))
		.map((article) => {
			const input = shareCardView(article, site, lexicon);
			return { params: { id: article.id }, props: { input }, cacheKey: cacheKey(input) };
		});
}) satisfies GetStaticPaths;

const cacheDir = join(process.cwd(), 'node_modules/.cache/gongyun/share-cards');

export const GET: APIRoute<{ input: ShareCardInput }> = async ({ props }) => {
	const png = await renderShareCard(props.input, { cacheDir });
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
