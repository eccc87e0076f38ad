/**
 * The two ways tests run an editor command: in-process through its `run(argv, io)` with a fake
 * `CliIO` (fast, for unit tests), or as a child process through the one bin, exactly as
 * `npm run …` does (for builds, which must not run inside a Vitest worker).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { CliIO } from '../../src/cli/io.ts';

export const repoRoot = resolve(import.meta.dirname, '../..');

export interface CommandResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** A `CliIO` that records what a command prints; `input` is what is piped into it. */
export function fakeIO(options: { input?: string; cwd?: string; terminal?: boolean } = {}): CliIO & { stdout: () => string; stderr: () => string } {
	const out: string[] = [];
	const err: string[] = [];
	return {
		out: (text) => void out.push(text),
		err: (text) => void err.push(text),
		cwd: options.cwd ?? repoRoot,
		interactive: false,
		outputIsTerminal: options.terminal ?? false,
		ask: () => Promise.reject(new Error('fakeIO is not a terminal')),
		readInput: async () => options.input ?? '',
		close: () => {},
		stdout: () => out.map((line) => `${line}\n`).join(''),
		stderr: () => err.map((line) => `${line}\n`).join(''),
	};
}

/** Calls a command's `run` in-process and collects its exit code and output. */
export async function runInProcess(
	run: (argv: string[], io: CliIO) => Promise<number>,
	argv: string[],
	options: { input?: string; cwd?: string } = {},
): Promise<CommandResult> {
	const io = fakeIO(options);
	const status = await run(argv, io);
	return { status, stdout: io.stdout(), stderr: io.stderr() };
}

/**
 * The environment without what Vitest puts there for its own workers (NODE_ENV=test, BASE_URL,
 * MODE, DEV…): leaked into a build, they make Astro build drafts and ignore `base`. Colour is off
 * too: a CI runner that sets FORCE_COLOR would put escape codes inside the lines tests read.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const env = { ...process.env };
	for (const key of Object.keys(env)) {
		if (/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*|FORCE_COLOR)$/.test(key)) delete env[key];
	}
	env.NO_COLOR = '1';
	return env;
}

/** Runs `src/cli/bin.ts <command> …` on the Node running the tests (Node 24), in a child process. */
export function spawnCommand(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv; timeout?: number } = {}): CommandResult {
	const run = spawnSync(process.execPath, ['src/cli/bin.ts', command, ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: { ...cleanEnv(), ...options.env },
		timeout: options.timeout ?? 240_000,
		...(options.input !== undefined ? { input: options.input } : {}),
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
