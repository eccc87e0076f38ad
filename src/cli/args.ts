/**
 * Command-line parsing for the editor commands: `node:util` parseArgs with `--help`/`-h` on
 * every command, and the mistakes an editor makes explained in Chinese (an unknown option gets
 * the nearest known one: `--titel` → `--title`), then the command's usage.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { badArguments, optionNeedsValue, unexpectedArgument, unknownOption } from '../lib/messages.ts';
import { editDistance } from '../lib/text.ts';
import { CliExit, fail, type CliIO } from './io.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export interface CommandSpec<O extends Options> {
	/** Chinese usage text, printed by `--help` and after every command-line mistake. */
	usage: string;
	options: O;
	allowPositionals?: boolean;
}

/** The known option closest to a mistyped one, if it is close enough to be a typo. */
export function suggestOption(typed: string, known: string[]): string | undefined {
	const name = typed.replace(/^-+/, '').split('=')[0]!;
	if (!name) return undefined;
	const max = name.length <= 4 ? 1 : 2;
	let best: { option: string; d: number } | undefined;
	for (const option of known) {
		const d = editDistance(name, option);
		// Transposed letters (titel/title) count as one slip, not two.
		const swapped = name.length === option.length && d === 2 && [...name].sort().join('') === [...option].sort().join('') ? 1 : d;
		if (swapped <= max && (!best || swapped < best.d)) best = { option, d: swapped };
	}
	return best && `--${best.option}`;
}

/** The values `parseArgs` gives for these options: booleans and strings, absent when not typed. */
export interface ParsedCommandLine<O extends Options> {
	values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
	positionals: string[];
}

const HELP = { help: { type: 'boolean', short: 'h', default: false } } as const;

/**
 * Parses `argv` (the arguments after the command's name). `--help` prints the usage and ends
 * the command with exit code 0; a mistake ends it with exit code 1 and the usage.
 */
export function parseCommandLine<O extends Options>(argv: string[], spec: CommandSpec<O>, io: CliIO): ParsedCommandLine<O> {
	let parsed: { values: Record<string, unknown>; positionals: string[] };
	try {
		parsed = parseArgs({ args: argv, options: { ...spec.options, ...HELP }, allowPositionals: spec.allowPositionals ?? false, strict: true });
	} catch (error) {
		const { code, message } = error as NodeJS.ErrnoException;
		const option = (/'([^']+)'/.exec(message)?.[1] ?? '').replace(/ <value>$/, '');
		fail(
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
				? unknownOption(option, suggestOption(option, Object.keys(spec.options)))
				: code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
					? optionNeedsValue(option)
					: code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
						? unexpectedArgument(option || message)
						: badArguments(message),
			spec.usage,
		);
	}
	if (parsed.values.help) {
		io.out(spec.usage);
		throw new CliExit(0);
	}
	return parsed as ParsedCommandLine<O>;
}
