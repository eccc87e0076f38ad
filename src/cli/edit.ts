/**
 * `npm run edit [-- --content DIR] [--port 4321]`
 *
 * The editors' desk in one command: the preview site and the web editor (`/admin/`, Decap CMS in
 * local mode) on one local address. Saves go straight to the files on disk after the build's
 * checker has passed them; no account, no git host. Runs until Ctrl+C.
 */
import { join } from 'node:path';
import { badPort, editorDeskRunning } from '../lib/messages.ts';
import { setContentDirForAstro } from '../site.config.ts';
import { parseCommandLine } from './args.ts';
import { cliContext } from './context.ts';
import { fail, runCommand, type CliIO } from './io.ts';

export const USAGE = `用法 (usage)：npm run edit [-- --content 目录] [--port 端口] [--out 目录]
  打开预览网站和网页编辑台（/admin/），在浏览器里写稿、改稿，保存到电脑上的稿件文件。
  --content  稿件所在的文件夹（内有 articles/），默认 content/
  --port     本机端口，默认 4321
  --out      最近一次 npm run build 的输出文件夹，预览中的搜索用它的索引，默认 dist/`;

const OPTIONS = {
	content: { type: 'string' },
	port: { type: 'string' },
	out: { type: 'string' },
} as const;

export interface EditServer {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	stop(): Promise<void>;
}

/** Starts the desk; resolves once it is listening. `run` keeps it open until the process is stopped. */
export async function startDesk(argv: string[], io: CliIO): Promise<EditServer> {
	const { values } = parseCommandLine(argv, { usage: USAGE, options: OPTIONS }, io);
	const port = values.port === undefined ? 4321 : Number(values.port);
	if (!/^\d+$/.test(values.port ?? '0') || port > 65535) fail(badPort(values.port!), USAGE);
	const ctx = cliContext(io, { content: values.content, out: values.out });
	setContentDirForAstro(ctx.contentDir);
	const { dev } = await import('astro');
	const server = await dev({
		root: ctx.root,
		// Loopback only: the local backend writes files, so it must not be reachable from the network.
		server: { port, host: '127.0.0.1' },
		logLevel: 'info',
		// Where the last build is: the preview searches its index (src/integrations/search/dev.ts).
		outDir: ctx.outDir,
		// A content folder other than the project's gets its own cache, as `npm run build` does.
		...(values.content ? { cacheDir: join(ctx.root, 'node_modules', '.astro-edit', String(process.pid)) } : {}),
	});
	const origin = `http://127.0.0.1:${server.address.port}`;
	io.out(editorDeskRunning(`${origin}${ctx.site.base}admin/`, `${origin}${ctx.site.base}`, ctx.display(ctx.articlesDir)));
	return { origin, stop: () => server.stop() };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, async () => {
		const desk = await startDesk(argv, io);
		await new Promise<void>((resolve) => {
			const stop = () => void desk.stop().then(resolve);
			process.once('SIGINT', stop);
			process.once('SIGTERM', stop);
		});
		return 0;
	});
}
