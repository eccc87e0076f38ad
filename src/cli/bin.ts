/**
 * The one entry point of the editor commands: `node src/cli/bin.ts <command> [arguments…]`
 * (package.json's `npm run build`, `npm run new`, `npm run lint:content`, `npm run import`). Each command is a
 * module exporting `run(argv, io)`; this file only picks it and sets the exit code.
 */
import { nodeIO, type CliIO } from './io.ts';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Loaded on demand: `build` pulls in Astro, which the other commands do not need. */
const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
	build: () => import('./build.ts'),
	edit: () => import('./edit.ts'),
	new: () => import('./new.ts'),
	'lint-content': () => import('./lint-content.ts'),
	import: () => import('./import.ts'),
};

const [name, ...argv] = process.argv.slice(2);
const load = name === undefined ? undefined : COMMANDS[name];
if (!load) {
	console.error(`✖ 未知命令 (unknown command)：${name ?? '（无）'}。可用命令：${Object.keys(COMMANDS).join('、')}。`);
	process.exitCode = 1;
} else {
	const { run } = await load();
	process.exitCode = await run(argv, nodeIO());
}
