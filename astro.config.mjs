// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { contentDir, siteConfig } from './src/site.config.ts';
import { strings } from './src/lib/strings.ts';
import { newspaperRehype } from './src/plugins/rehype-newspaper.ts';
import { sanitizeRehype } from './src/plugins/sanitize.ts';
import gongyunSearch from './src/integrations/search/index.ts';

export default defineConfig({
	site: siteConfig.site,
	base: siteConfig.base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	// Our rehype plugins need the unified processor (Astro 7 defaults to another one). MDX
	// inherits them. Sanitising comes first; code highlighting is off (its inline styles would
	// need 'unsafe-inline' and a news story has no code to colour).
	markdown: {
		syntaxHighlight: false,
		processor: unified({
			rehypePlugins: [[sanitizeRehype, { embedHosts: siteConfig.embedHosts }], newspaperRehype],
			remarkRehype: {
				footnoteLabel: strings.footnotes.label,
				footnoteBackLabel: (i) => strings.footnotes.back(i + 1),
				footnoteLabelProperties: { className: ['visually-hidden'] },
			},
		}),
	},
	integrations: [mdx(), sitemap(), gongyunSearch({ site: siteConfig, contentDir: contentDir(fileURLToPath(new URL('.', import.meta.url))) })],
	devToolbar: { enabled: false },
	vite: {
		build: {
			// Astro inlines small bundled scripts into the page; the Content-Security-Policy allows no
			// inline script, so scripts always stay files. Other assets keep Vite's default limit.
			assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
		},
	},
});
