/**
 * A preview that tells the truth: in `astro dev` (and `npm run edit`) every article is checked
 * with the build's checker (src/lib/validate.ts) when the server starts and whenever a file under
 * the articles folder changes. While mistakes remain, the terminal prints them, open pages show
 * them in the error overlay, and any page requested shows them instead of stale content; once
 * fixed, pages reload by themselves.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { contentChecks } from '../cli/checks.ts';
import { imageInspector } from '../cli/images.ts';
import { buildTime, dateToChinaDay } from '../lib/dates.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import { PREVIEW_RECOVERED } from '../lib/messages.ts';
import { overlayError, previewErrorPage, previewReport } from '../lib/preview-report.ts';
import { validateArticles, type Diagnostic } from '../lib/validate.ts';
import type { SiteConfig } from '../lib/schemas/site.ts';


interface HotChannel {
	send(payload: unknown): void;
}

export interface PreviewOptions {
	/** The site settings (`siteConfig`): base, home province, default column. */
	site: SiteConfig;
	/** The content folder, holding `articles/`. */
	contentDir: string;
}

export default function gongyunPreview(settings: PreviewOptions): AstroIntegration {
	const { site } = settings;
	return {
		name: 'gongyun-preview',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				const root = process.cwd();
				const articlesDir = join(resolve(settings.contentDir), 'articles');
				const byFile = new Map<string, Diagnostic[]>();
				const hot = ((server as unknown as { environments?: { client?: { hot?: HotChannel } } }).environments?.client?.hot ?? server.hot) as HotChannel;
				const options = {
					gazetteer: getGazetteer(site.homeProvince),
					defaultColumn: site.defaultColumn,
					// The same checks as `npm run build`: real images inside content/, no far-future dates.
					inspectImage: imageInspector(settings.contentDir),
					today: dateToChinaDay(buildTime(process.env)),
					maxFutureDays: site.maxFutureDays,
					extraChecks: contentChecks,
				};
				const check = (entries: string[]) => {
					for (const entry of entries) {
						const abs = join(articlesDir, entry);
						if (!existsSync(abs)) {
							byFile.delete(entry);
							continue;
						}
						const source = { file: relative(root, abs), entry, source: readFileSync(abs, 'utf8') };
						const { diagnostics } = validateArticles([source], options);
						if (diagnostics.length) byFile.set(entry, diagnostics);
						else byFile.delete(entry);
					}
				};
				const all = () => [...byFile.values()].flat();
				let reported = '';
				const report = () => {
					const diagnostics = all();
					const text = diagnostics.length ? previewReport(diagnostics) : '';
					if (text === reported) return;
					const hadErrors = reported !== '';
					reported = text;
					if (diagnostics.length) {
						logger.error(`\n${text}`);
						hot.send({ type: 'error', err: overlayError(diagnostics, root) });
					} else if (hadErrors) {
						logger.info(PREVIEW_RECOVERED);
						hot.send({ type: 'full-reload', path: '*' });
					}
				};
				check(globSync('**/*.{md,mdx}', { cwd: articlesDir }));
				report();

				const onChange = (path: string) => {
					const rel = relative(articlesDir, path);
					if (rel.startsWith('..') || rel === '') return;
					const entry = rel.split(sep).join('/');
					// An article changed: check it. An image changed: check the articles beside it.
					const entries = /\.mdx?$/i.test(entry)
						? [entry]
						: globSync('*.{md,mdx}', { cwd: join(articlesDir, dirname(entry)) }).map((f) => (dirname(entry) === '.' ? f : `${dirname(entry)}/${f}`));
					// An editor's save can arrive as several events, the first one with the file still half
					// written (read empty, it would look like a missing frontmatter): check once the writes
					// have settled, and re-check the files that had mistakes, so a stale one cannot stick.
					for (const e of entries) pending.add(e);
					clearTimeout(timer);
					timer = setTimeout(() => {
						check([...new Set([...pending, ...byFile.keys()])]);
						pending.clear();
						report();
					}, 250);
				};
				const pending = new Set<string>();
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.add(articlesDir);
				server.watcher.on('add', onChange);
				server.watcher.on('change', onChange);
				server.watcher.on('unlink', onChange);

				const base = site.base;
				server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
					const path = (req.url ?? '/').split('?')[0]!;
					const page = req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '') && path.startsWith(base);
					const internal = /\/(@|_astro|__cms|admin\/|node_modules|src\/)/.test(path.slice(base.length - 1));
					const diagnostics = all();
					if (!page || internal || !diagnostics.length) return next();
					res.writeHead(500, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(previewErrorPage(diagnostics, base));
				});
			},
		},
	};
}
