// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentDir, siteConfig } from './src/site.config.ts';
import { markdownProcessor } from './src/plugins/markdown.ts';
import { contentSecurityPolicy } from './src/lib/csp.ts';
import gongyunSearch from './src/integrations/search/index.ts';
import gongyunEpaper from './src/integrations/epaper/index.ts';
import gongyunCms from './src/integrations/cms.ts';
import gongyunPreview from './src/integrations/preview.ts';
import gongyunContentStore from './src/integrations/content-store.ts';
import gongyunSitemapOrder from './src/integrations/sitemap-order.ts';

// Site settings and the content folder, handed to our integrations (search, web editor, preview).
const desk = { site: siteConfig, contentDir: contentDir(fileURLToPath(new URL('.', import.meta.url))) };

export default defineConfig({
	site: siteConfig.site,
	base: siteConfig.base,
	trailingSlash: 'always',
	// Eight pages in flight: generation waits on the disk (writing each page and its copy in the
	// incremental cache, or restoring an unchanged one), and with one at a time it waited for each
	// file in turn. On the 10,000-piece archive: restoring 16,865 unchanged pages 10 s → 3 s, a
	// full build's page generation 36 s → 29 s (npm run bench:build). Rendering itself is one thread.
	build: { format: 'directory', concurrency: 8 },
	// Our rehype plugins need the unified processor (Astro 7 defaults to another one), here with
	// article bodies rendered on every core (src/plugins/markdown.ts). MDX
	// inherits them. Sanitising comes first; code highlighting is off (its inline styles would
	// need 'unsafe-inline' and a news story has no code to colour).
	markdown: {
		syntaxHighlight: false,
		processor: markdownProcessor(siteConfig),
	},
	// gongyunSitemapOrder gives the sitemap's sort one collator (src/integrations/sitemap-order.ts).
	// gongyunContentStore keeps the articles' data out of the server bundle (read from the cache when pages are made)
	// and has a build's sync read the content folder's files at once.
	integrations: [mdx(), sitemap(), gongyunSitemapOrder(), gongyunContentStore(desk), gongyunEpaper(), gongyunSearch(desk), gongyunCms(desk), gongyunPreview(desk)],
	// A strict CSP on every page (src/lib/csp.ts); Astro adds the hashes of its scripts and styles.
	security: { csp: contentSecurityPolicy(siteConfig) },
	devToolbar: { enabled: false },
	// Pages whose data and code are unchanged are copied from the last build, not rendered again:
	// each keys itself on what it prints (src/lib/page-cache.ts). `npm run build -- --clean` renders all.
	experimental: { incrementalBuild: true },
	vite: {
		build: {
			// Astro inlines small bundled scripts into the page; the Content-Security-Policy allows no
			// inline script, so scripts always stay files. Other assets keep Vite's default limit.
			assetsInlineLimit: (file) => (/\.[cm]?js$/.test(file) ? false : undefined),
		},
		// The preview watches the project for changes, but not the builds' own folders: their caches
		// hold a copy of every page (tens of thousands of folders for a big archive), which made the
		// watcher take half a minute to start and run out of the system's watches.
		server: { watch: { ignored: ['**/.build-tmp/**', '**/.dist.versions/**', '**/dist/**'] } },
	},
});
