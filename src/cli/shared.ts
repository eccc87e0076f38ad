/**
 * The old entry point of the command-line parser, kept only for `src/cli/import.ts` until it
 * is a `run(argv, io)` command like the others (then delete this file): it parses
 * `process.argv` and exits the process on a mistake.
 */
import type { parseArgs, ParseArgsConfig } from 'node:util';
import { parseCommandLine as parse } from './args.ts';
import { CliExit, formatFailure, nodeIO } from './io.ts';

export function parseCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
	const io = nodeIO();
	const { help: _help, ...options } = config.options ?? {};
	try {
		const parsed = parse(process.argv.slice(2), { usage, options, allowPositionals: config.allowPositionals ?? false }, io);
		return parsed as unknown as ReturnType<typeof parseArgs<T>>;
	} catch (error) {
		if (!(error instanceof CliExit)) throw error;
		if (error.message) io.err(formatFailure(error.message, error.usage));
		process.exit(error.code);
	}
}
