/**
 * The one entry point of the editor commands: `node src/cli/bin.ts <command> [arguments…]`
 * (package.json's `npm run build`, `npm run new`, `npm run lint:content`, `npm run import`). Each command is a
 * module exporting `run(argv, io)`; this file only picks it and sets the exit code.
 */
import { spawnSync } from 'node:child_process';
import { enableCompileCache } from 'node:module';
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getHeapStatistics } from 'node:v8';
import { nodeIO, type CliIO } from './io.ts';

// Node keeps the compiled code of Astro, Vite and the rest on disk between runs (in the checkout's
// work folder, beside the build caches): a command starts about half a second sooner, a small
// site's build 8.6 → 8.0 s here. The child started below inherits it through the environment.
if (import.meta.main) {
	process.env.NODE_COMPILE_CACHE ??= fileURLToPath(new URL('../../.build-tmp/node-compile-cache', import.meta.url));
	enableCompileCache(process.env.NODE_COMPILE_CACHE);
}

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Loaded on demand: `build` pulls in Astro, which the other commands do not need. */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
	build: () => import('./build.ts'),
	edit: () => import('./edit.ts'),
	new: () => import('./new.ts'),
	'lint-content': () => import('./lint-content.ts'),
	import: () => import('./import.ts'),
};

/** Commands that run Astro, which holds every article's rendered text in memory. */
const ASTRO_COMMANDS = new Set(['build', 'edit']);
const HEAP_ENV = 'GONGYUN_HEAP_SET';

/**
 * Node's default heap stops near 4 GiB whatever the machine has; a 50,000-piece archive needs
 * more, and near the limit a build spends its time collecting garbage. Astro commands run in a
 * child with a heap of three quarters of the memory, unless one was set (`--max-old-space-size`
 * or NODE_OPTIONS). Returns the flag, or undefined when the default is enough.
 */
export function heapFlag(options: { execArgv: string[]; env: NodeJS.ProcessEnv; totalBytes: number; limitBytes: number }): string | undefined {
	const set = [...options.execArgv, options.env.NODE_OPTIONS ?? ''].some((arg) => arg.includes('max-old-space-size'));
	if (set || options.env[HEAP_ENV]) return undefined;
	const want = Math.floor((options.totalBytes * 0.75) / 2 ** 20);
	return want > (options.limitBytes / 2 ** 20) * 1.1 ? `--max-old-space-size=${want}` : undefined;
}

const [name, ...argv] = process.argv.slice(2);
const flag =
	name && ASTRO_COMMANDS.has(name) && import.meta.main
		? heapFlag({ execArgv: process.execArgv, env: process.env, totalBytes: totalmem(), limitBytes: getHeapStatistics().heap_size_limit })
		: undefined;
const load = name === undefined ? undefined : COMMANDS[name];
if (flag) {
	const child = spawnSync(process.execPath, [flag, ...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, [HEAP_ENV]: '1' },
	});
	process.exitCode = child.status ?? 1;
} else if (!import.meta.main) {
	// Imported (tests of heapFlag): run nothing.
} else {
	if (process.env[HEAP_ENV]) dieWithParent();
	await runCommand();
}

/**
 * The child started for a bigger heap stops when its parent does, even by kill -9 (which the
 * parent cannot pass on): a killed build must not go on and publish.
 */
function dieWithParent() {
	const parent = process.ppid;
	setInterval(() => {
		if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL');
	}, 100).unref();
}

async function runCommand() {
	if (!load) {
		console.error(`✖ 未知命令 (unknown command)：${name ?? '（无）'}。可用命令：${Object.keys(COMMANDS).join('、')}。`);
		process.exitCode = 1;
		return;
	}
	const { run } = await load();
	process.exitCode = await run(argv, nodeIO());
}
