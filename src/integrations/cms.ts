/**
 * The editors' web desk at `<base>admin/`: Decap CMS (prebuilt, from the decap-cms package) with a
 * configuration generated from the article schema (src/lib/cms/config.ts).
 *
 * - `astro dev` / `npm run edit`: serves the admin page and, under `<base>__cms/api/v1`, Decap's
 *   local file-system backend (decap-server's middleware) in the same process and on the same
 *   port, so editing needs no account and no second command. Every save first passes the build's
 *   checker (src/lib/cms/save.ts); a save it rejects is refused with the Chinese messages.
 * - `astro build`: writes the admin page into the output for production use against a git host
 *   (docs/cms-deploy.md). No local backend there.
 */
import { build as esbuild } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { stringify } from 'yaml';
import { backendFromSettings, cmsConfig, tagsByUse, type CmsBackend } from '../lib/cms/config.ts';
import { buildTime, dateToChinaDay } from '../lib/dates.ts';
import { checkPersist, refusalMessage, type PersistParams } from '../lib/cms/save.ts';
import { parseArticleFile } from '../lib/frontmatter.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import { CMS_REPO_NOT_SET, LOCAL_EDITING_ONLY, saveRefusedLog, savedFromEditor } from '../lib/messages.ts';
import { formatDiagnostic } from '../lib/validate.ts';
import type { SiteConfig } from '../lib/schemas/site.ts';
import { checkedTags } from './checked.ts';
import { contentType, sendFile } from './dev-files.ts';


const require = createRequire(import.meta.url);
const DECAP_DIST = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const CLIENT_ENTRY = fileURLToPath(new URL('../client/cms-admin.ts', import.meta.url));
const API_PATH = '__cms/api/v1';
/** Set before decap-cms.js loads, so admin.js registers our format and widget before Decap starts. A file: no inline script. */
const INIT_JS = 'window.CMS_MANUAL_INIT = true;\n';

export interface CmsOptions {
	/** The site settings (`siteConfig`): title, base, site address, home province, default column. */
	site: SiteConfig;
	/** The content folder, holding `articles/` (absolute, or relative to the working folder). */
	contentDir: string;
	/** Put the admin page into the build output (default true). */
	build?: boolean;
}

/** Where Decap's repository root is and where the articles sit in it (repository paths). */
function repository(contentDir: string): { root: string; articlesFolder: string } {
	const cwd = process.cwd();
	const inside = !relative(cwd, contentDir).startsWith('..');
	// A content folder outside the project (fixture sites) is its own repository root.
	const root = inside ? cwd : contentDir;
	return { root, articlesFolder: relative(root, join(contentDir, 'articles')).split(sep).join('/') };
}

/**
 * Every tag already used in the archive, most used first: the tag field suggests these. A build
 * has them from its check; the editor's server reads the files (the tags an editor just typed).
 */
export function existingTags(contentDir: string): string[] {
	const fromCheck = checkedTags(contentDir);
	if (fromCheck) return fromCheck;
	const lists: unknown[] = [];
	const walk = (dir: string) => {
		for (const entry of existsSync(dir) ? readdirSync(dir, { withFileTypes: true }) : []) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.mdx?$/i.test(entry.name)) lists.push(parseArticleFile(readFileSync(path, 'utf8')).data.tags);
		}
	};
	walk(join(contentDir, 'articles'));
	return tagsByUse(lists);
}

/** Production backend from the environment (CMS_BACKEND, CMS_REPO …), see docs/cms-deploy.md. */
function productionBackend(): CmsBackend | undefined {
	const env = process.env;
	return backendFromSettings({
		backend: env.CMS_BACKEND,
		repo: env.CMS_REPO,
		branch: env.CMS_BRANCH,
		baseUrl: env.CMS_BASE_URL,
		apiRoot: env.CMS_API_ROOT,
		authEndpoint: env.CMS_AUTH_ENDPOINT,
		appId: env.CMS_APP_ID,
	});
}

function configYaml(site: SiteConfig, contentDir: string, localBackendUrl?: string): string {
	const { articlesFolder } = repository(contentDir);
	const config = cmsConfig({
		gazetteer: getGazetteer(site.homeProvince),
		defaultColumn: site.defaultColumn,
		siteUrl: new URL(site.base, site.site).href,
		articlesFolder,
		existingTags: existingTags(contentDir),
		// Without a configured repository only the local editor works; the page says so on login.
		backend: productionBackend() ?? { name: 'github', repo: 'CMS_REPO-not-set/see-docs-cms-deploy', branch: 'main' },
	});
	if (localBackendUrl) config.local_backend = { url: localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] };
	return `# 由 src/lib/cms/config.ts 按稿件字段规则生成，请勿手改 (generated from the article schema).\n${stringify(config, { lineWidth: 0 })}`;
}

function indexHtml(site: SiteConfig): string {
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>稿件编辑 · ${site.title}</title>
</head>
<body>
<script src="init.js"></script>
<script src="decap-cms.js"></script>
<script src="admin.js"></script>
</body>
</html>
`;
}

async function clientBundle(): Promise<string> {
	const result = await esbuild({ entryPoints: [CLIENT_ENTRY], bundle: true, write: false, format: 'iife', target: 'es2020', minify: true, logLevel: 'silent' });
	return result.outputFiles[0]!.text;
}

/** decap-cms.js and the chunks and WebAssembly it loads on demand (no source maps, no duplicate cms.js). */
function decapFiles(): string[] {
	return readdirSync(DECAP_DIST).filter((f) => f === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(f) || f.endsWith('.wasm'));
}

type Handler = (req: IncomingMessage & { body?: unknown }, res: ServerResponse & { status(code: number): { json(body: unknown): void } }, next: (error?: unknown) => void) => void;
interface ExpressApp {
	(req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void): void;
	use(handler: unknown): void;
	post(path: string, handler: Handler): void;
}
type ExpressFactory = (() => ExpressApp) & { json(options: { limit: string }): unknown };

/** Decap's local file-system backend, with our checker in front of every write. */
async function localBackend(site: SiteConfig, contentDir: string, logger: AstroIntegrationLogger) {
	const { root, articlesFolder } = repository(contentDir);
	// decap-server reads its repository root from the environment when it registers.
	process.env.GIT_REPO_DIRECTORY = root;
	// decap-server's own express (its dependency), so both agree on request and response objects.
	const express = require(require.resolve('express', { paths: [dirname(require.resolve('decap-server'))] })) as ExpressFactory;
	const { registerLocalFs } = require('decap-server/dist/middlewares') as { registerLocalFs(app: unknown, options?: { logLevel?: string }): Promise<void> };
	const app = express();
	app.use(express.json({ limit: '50mb' }));
	app.post('/api/v1', (req, res, next) => {
		const body = req.body as { action?: string; params?: PersistParams };
		if (body?.action !== 'persistEntry') return next();
		const diagnostics = checkPersist(body.params ?? {}, {
			gazetteer: getGazetteer(site.homeProvince),
			defaultColumn: site.defaultColumn,
			articlesFolder,
			exists: (repoPath) => existsSync(resolve(root, repoPath)),
			today: dateToChinaDay(buildTime(process.env)),
			maxFutureDays: site.maxFutureDays,
		});
		if (!diagnostics.length) {
			logger.info(savedFromEditor((body.params?.dataFiles ?? [body.params?.entry]).map((f) => f?.path).join(', ')));
			return next();
		}
		logger.warn(`${saveRefusedLog}\n${diagnostics.map(formatDiagnostic).join('\n')}`);
		res.status(422).json({ error: refusalMessage(diagnostics) });
	});
	await registerLocalFs(app, { logLevel: 'warn' });
	return app;
}

function isLoopback(address: string | undefined): boolean {
	return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

export default function gongyunCms(options: CmsOptions): AstroIntegration {
	const { site } = options;
	const contentDir = resolve(options.contentDir);
	return {
		name: 'gongyun-cms',
		hooks: {
			'astro:server:setup': async ({ server, logger }) => {
				const base = site.base;
				const admin = `${base}admin/`;
				const api = `${base}${API_PATH}`;
				let backend: Awaited<ReturnType<typeof localBackend>> | undefined;
				let bundle: Promise<string> | undefined;
				const send = (res: ServerResponse, name: string, body: string | Buffer) => {
					res.writeHead(200, { 'content-type': contentType(name), 'cache-control': 'no-store' }).end(body);
				};
				server.middlewares.use(async (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
					try {
						const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
						if (path === api || path.startsWith(`${api}/`)) {
							// The write API is for the editor at this computer only, even if the preview is shared on a network.
							if (!isLoopback(req.socket.remoteAddress)) {
								return res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ error: LOCAL_EDITING_ONLY }));
							}
							backend ??= await localBackend(site, contentDir, logger);
							req.url = '/api/v1';
							return backend(req, res, next);
						}
						if (path === `${base}admin`) return res.writeHead(301, { location: admin }).end();
						if (!path.startsWith(admin)) return next();
						const file = path.slice(admin.length) || 'index.html';
						if (file === 'index.html') return send(res, file, indexHtml(site));
						if (file === 'init.js') return send(res, file, INIT_JS);
						if (file === 'config.yml') return send(res, file, configYaml(site, contentDir, `http://${req.headers.host}${api}`));
						if (file === 'admin.js') return send(res, file, await (bundle ??= clientBundle()));
						if (decapFiles().includes(file)) return sendFile(res, join(DECAP_DIST, file));
						return next();
					} catch (error) {
						next(error);
					}
				});
				logger.info(`网页编辑器 (web editor): ${admin}`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (options.build === false) return;
				const out = join(fileURLToPath(dir), 'admin');
				mkdirSync(out, { recursive: true });
				writeFileSync(join(out, 'index.html'), indexHtml(site));
				writeFileSync(join(out, 'init.js'), INIT_JS);
				writeFileSync(join(out, 'config.yml'), configYaml(site, contentDir));
				writeFileSync(join(out, 'admin.js'), await clientBundle());
				for (const file of decapFiles()) copyFileSync(join(DECAP_DIST, file), join(out, file));
				if (!productionBackend()) {
					logger.warn(CMS_REPO_NOT_SET);
				}
			},
		},
	};
}
