/** File-system helpers shared by the editor commands (the pure logic lives in src/lib). */
import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { SourceFile } from '../lib/validate.ts';

/** Every article under `<contentDir>/articles`, sorted, with paths an editor recognises. */
export function collectArticleSources(contentDir: string, displayRoot: string): SourceFile[] {
	const base = join(contentDir, 'articles');
	return globSync('**/*.{md,mdx}', { cwd: base })
		.sort()
		.map((entry) => {
			const abs = join(base, entry);
			return { file: relative(displayRoot, abs), entry, source: readFileSync(abs, 'utf8') };
		});
}

/**
 * `parseArgs` with the mistakes an editor makes on the command line explained in Chinese, then
 * the command's usage: every editor command fails the same friendly way.
 */
export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
	try {
		return parseArgs(config);
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		const option = /'([^']+)'/.exec(message)?.[1] ?? '';
		const reason =
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
				? `未知选项 (unknown option)：${option}`
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
					? `选项 ${option} 后面缺少值 (option needs a value)。`
					: code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
						? `多余的参数 (unexpected argument)：${option || message}`
						: `参数有误 (bad arguments)：${message}`;
		console.error(`✖ ${reason}\n\n${usage}`);
		process.exit(1);
	}
}
