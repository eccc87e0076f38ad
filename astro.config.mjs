// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { contentDir, siteConfig } from './src/site.config.ts';
import { newspaperRehype } from './src/plugins/rehype-newspaper.ts';
import gongyunSearch from './src/integrations/search/index.ts';
import gongyunEpaper from './src/integrations/epaper/index.ts';
import gongyunCms from './src/integrations/cms.ts';
import gongyunPreview from './src/integrations/preview.ts';

// Site settings and the content folder, handed to our integrations (search, web editor, preview).
const desk = { site: siteConfig, contentDir: contentDir(fileURLToPath(new URL('.', import.meta.url))) };

export default defineConfig({
	site: siteConfig.site,
	base: siteConfig.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Our rehype plugins need the unified processor (Astro 7 defaults to another one).
	markdown: { processor: unified({ rehypePlugins: [newspaperRehype] }) },
	integrations: [mdx(), sitemap(), gongyunEpaper(), gongyunSearch(desk), gongyunCms(desk), gongyunPreview(desk)],
	devToolbar: { enabled: false },
	vite: {
		build: {
			// Astro inlines small bundled scripts into the page; the Content-Security-Policy allows no
			// inline script, so scripts always stay files. Other assets keep Vite's default limit.
			assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
		},
	},
});
