/**
 * The 数字报 build step. The content loader (`./loader.ts`, used in src/content.config.ts)
 * reads and renders the page PDFs; this integration publishes the PDFs and page images it
 * listed: copied into the output at `astro:build:done`, served from the cache by `astro dev`.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { manifestPath, type EpaperManifest } from './loader.ts';
import { sendFile } from '../dev-files.ts';

export { epaperLoader, type EpaperOptions } from './loader.ts';

function readManifest(cacheDir: string): EpaperManifest {
	const file = manifestPath(cacheDir);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EpaperManifest) : { files: [] };
}

export default function gongyunEpaper(): AstroIntegration {
	let cacheDir = '';
	let base = '/';
	return {
		name: 'gongyun-epaper',
		hooks: {
			'astro:config:done': ({ config }) => {
				cacheDir = fileURLToPath(config.cacheDir);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
					const hit = path.startsWith(base) && readManifest(cacheDir).files.find((f) => f.to === path.slice(base.length));
					if (!hit || !existsSync(hit.from)) return next();
					sendFile(res, hit.from, hit.to);
				});
			},
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const { files } = readManifest(cacheDir);
				for (const { from, to } of files) {
					const target = join(out, to);
					mkdirSync(dirname(target), { recursive: true });
					copyFileSync(from, target);
				}
				if (files.length) logger.info(`数字报 (e-paper): ${files.length} 个文件 (PDFs and page images) copied`);
			},
		},
	};
}
