/** Starts `npm run edit` (the preview with the web editor) on a content folder, for browser tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { cleanEnv, repoRoot } from './site.ts';

export interface DevServer {
	origin: string;
	/** Everything the server printed so far (stdout and stderr). */
	output(): string;
	stop(): Promise<void>;
}

async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export async function startEdit(content: string, options: { env?: NodeJS.ProcessEnv; args?: string[] } = {}): Promise<DevServer> {
	const port = await freePort();
	const child: ChildProcess = spawn(process.execPath, ['src/cli/bin.ts', 'edit', '--content', content, '--port', String(port), ...(options.args ?? [])], {
		cwd: repoRoot,
		env: { ...cleanEnv(), ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout!.on('data', (chunk) => (output += chunk));
	child.stderr!.on('data', (chunk) => (output += chunk));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`npm run edit did not start in 90 s:\n${output}`)), 90_000);
		child.stdout!.on('data', () => {
			if (output.includes('编辑台已启动')) {
				clearTimeout(timer);
				resolve();
			}
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`npm run edit exited with ${code}:\n${output}`));
		});
	});
	return {
		origin: `http://127.0.0.1:${port}`,
		output: () => output,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			}),
	};
}
