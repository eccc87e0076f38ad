/**
 * How an editor command talks to the world: text out, text err, answers in. Commands take a
 * `CliIO`, so tests call `run(argv, io)` with a fake one instead of spawning a process.
 */
import { createInterface, type Interface } from 'node:readline/promises';

export interface CliIO {
	/** Prints a line (or lines) to standard output. */
	out(text: string): void;
	/** Prints a line (or lines) to standard error. */
	err(text: string): void;
	/** Folder paths are shown relative to, and relative arguments resolve against. */
	cwd: string;
	/** Someone types the answers (standard input is a terminal). */
	interactive: boolean;
	/** Standard output is a terminal (else it is piped or captured). */
	outputIsTerminal: boolean;
	/** Asks one question at the terminal; only when `interactive`. */
	ask(question: string): Promise<string>;
	/** Everything piped into standard input; only when not `interactive`. */
	readInput(): Promise<string>;
	/** Releases the terminal, if `ask` opened it. */
	close(): void;
}

/** The real process: stdout, stderr, stdin. */
export function nodeIO(): CliIO {
	let rl: Interface | undefined;
	return {
		out: (text) => console.log(text),
		err: (text) => console.error(text),
		cwd: process.cwd(),
		interactive: Boolean(process.stdin.isTTY),
		outputIsTerminal: Boolean(process.stdout.isTTY),
		ask: (question) => (rl ??= createInterface({ input: process.stdin, output: process.stdout })).question(question),
		async readInput() {
			let input = '';
			for await (const chunk of process.stdin) input += chunk;
			return input;
		},
		close: () => rl?.close(),
	};
}

/** Ends a command early with an exit code and, if given, a message (see {@link fail}). */
export class CliExit extends Error {
	readonly code: number;
	/** The command's usage, printed after the message. */
	readonly usage: string | undefined;
	constructor(code: number, message = '', usage?: string) {
		super(message);
		this.code = code;
		this.usage = usage;
	}
}

/**
 * Stops the command with exit code 1. Every command fails the same way: a blank line,
 * `✖ message`, then the usage when the mistake was in how the command was called.
 */
export function fail(message: string, usage?: string): never {
	throw new CliExit(1, message, usage);
}

export function formatFailure(message: string, usage?: string): string {
	return `\n✖ ${message}${usage ? `\n\n${usage}` : ''}`;
}

/** Runs a command body: a {@link CliExit} becomes its exit code, its message goes to stderr. */
export async function runCommand(io: CliIO, body: () => Promise<number>): Promise<number> {
	try {
		return await body();
	} catch (error) {
		if (!(error instanceof CliExit)) throw error;
		if (error.message) io.err(formatFailure(error.message, error.usage));
		return error.code;
	} finally {
		io.close();
	}
}
