/**
 * Measuring a command for the benchmarks: wall time, each output line with the second it
 * arrived, the memory of its whole process tree sampled from /proc every 100 ms (Pagefind runs
 * as a separate binary), and GNU time's exact peak of the largest process and CPU seconds
 * (user + system: on a shared machine a steadier measure than wall time).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cleanEnv } from '../helpers/site.ts';

export function treeRss(root: number): { max: number; sum: number } {
	const parent = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			/* gone */
		}
	}
	const inTree = (pid: number): boolean => {
		for (let p: number | undefined = pid, depth = 0; p && depth < 20; p = parent.get(p), depth++) if (p === root) return true;
		return false;
	};
	let max = 0;
	let sum = 0;
	for (const pid of parent.keys()) {
		if (!inTree(pid)) continue;
		try {
			const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
			max = Math.max(max, kb);
			sum += kb;
		} catch {
			/* gone */
		}
	}
	return { max, sum };
}

export interface Run {
	seconds: number;
	/** Largest single process, KiB (GNU time). */
	peakKb: number;
	/** CPU seconds, user + system, of the command and the children it waited for (GNU time). */
	cpuSeconds: number;
	lines: { t: number; line: string }[];
	samples: { t: number; max: number; sum: number }[];
	status: number | null;
	stderr: string;
}

/** Runs a command under GNU time, timestamping each output line and sampling the tree's memory. */
export function timed(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<Run> {
	return new Promise((done) => {
		const t0 = performance.now();
		const child = spawn('/usr/bin/time', ['-f', 'MAXRSS_KB=%M CPU_S=%U+%S', command, ...args], { cwd, env: { ...cleanEnv(), ...env } });
		const lines: Run['lines'] = [];
		const samples: Run['samples'] = [];
		let stderr = '';
		let pending = '';
		const onData = (chunk: Buffer) => {
			const t = (performance.now() - t0) / 1000;
			pending += chunk.toString('utf8');
			const parts = pending.split('\n');
			pending = parts.pop()!;
			for (const line of parts) lines.push({ t, line });
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', (chunk: Buffer) => {
			stderr += chunk.toString('utf8');
			onData(chunk);
		});
		const timer = setInterval(() => samples.push({ t: (performance.now() - t0) / 1000, ...treeRss(child.pid!) }), 100);
		child.on('close', (status) => {
			clearInterval(timer);
			const seconds = (performance.now() - t0) / 1000;
			if (pending) lines.push({ t: seconds, line: pending });
			const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(stderr);
			done({ seconds, peakKb: Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0), cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, lines, samples, status, stderr });
		});
	});
}
