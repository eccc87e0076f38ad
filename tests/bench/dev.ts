/**
 * `npm run bench:dev -- --content DIR [--rounds 2] [--port 4399]`
 *
 * How quickly the preview (`astro dev`, what `npm run dev` and `npm run edit` start) is usable on
 * a big archive: seconds until the server answers, then until the newest article's page, an
 * older one and the home page have rendered (each fetched once, in that order). Round 1 starts
 * with the content cache as it is; later rounds start again on the cache the first one left.
 * Prints numbers; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { cleanEnv, repoRoot } from '../helpers/site.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, rounds: { type: 'string', default: '2' }, port: { type: 'string', default: '4399' } } });
if (!values.content) {
	console.error('usage: npm run bench:dev -- --content DIR (a content folder holding articles/, e.g. a bench:build --keep corpus)');
	process.exit(2);
}
const content = resolve(values.content);
const origin = `http://127.0.0.1:${values.port}`;

/** The article ids of the archive, newest year first, by file name (the corpus names files by date). */
function articleIds(): string[] {
	const dir = join(content, 'articles');
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''))
		.sort()
		.reverse();
}

async function waitFor(url: string, deadline: number): Promise<Response> {
	for (;;) {
		try {
			const response = await fetch(url);
			if (response.status < 500) return response;
		} catch {
			// Not listening yet.
		}
		if (Date.now() > deadline) throw new Error(`${url} did not answer in time`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** A page and its render time; an article page must be the article, not the preview's error page. */
async function timedGet(url: string, article = false): Promise<{ s: number; status: number; bytes: number }> {
	const t0 = performance.now();
	const response = await fetch(url);
	const body = await response.arrayBuffer();
	if (article && !Buffer.from(body).toString('utf8').includes('data-pagefind-body')) throw new Error(`${url} is not an article page (status ${response.status}): is the preview paused by content errors?`);
	return { s: (performance.now() - t0) / 1000, status: response.status, bytes: body.byteLength };
}

const ids = articleIds();
console.log(`bench:dev — ${ids.length} articles in ${content}, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
const rows = [];
for (let round = 1; round <= Number(values.rounds); round++) {
	const t0 = performance.now();
	const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'dev', '--port', values.port!, '--host', '127.0.0.1'], {
		cwd: repoRoot,
		// The corpus prints dates up to the end of 2026: the preview's check takes its today from here.
		env: { ...cleanEnv(), GONGYUN_CONTENT_DIR: content, SOURCE_DATE_EPOCH: String(Date.UTC(2027, 0, 1) / 1000) },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (c: Buffer) => (log += c.toString('utf8')));
	child.stderr.on('data', (c: Buffer) => (log += c.toString('utf8')));
	try {
		await waitFor(`${origin}/favicon.svg`, Date.now() + 600_000);
		const ready = (performance.now() - t0) / 1000;
		const newest = await timedGet(`${origin}/articles/${ids[0]}/`, true);
		const older = await timedGet(`${origin}/articles/${ids[Math.floor(ids.length / 2)]}/`, true);
		const home = await timedGet(`${origin}/`);
		rows.push({
			round,
			'server ready s': ready.toFixed(1),
			'newest article s': `${newest.s.toFixed(2)} (${newest.status}, ${(newest.bytes / 1024).toFixed(0)} KiB)`,
			'older article s': `${older.s.toFixed(2)} (${older.status}, ${(older.bytes / 1024).toFixed(0)} KiB)`,
			'home page s': `${home.s.toFixed(2)} (${home.status}, ${(home.bytes / 1024).toFixed(0)} KiB)`,
			'ready → first article s': (ready + newest.s).toFixed(1),
		});
	} catch (error) {
		console.error(log.slice(-3000));
		throw error;
	} finally {
		child.kill('SIGINT');
		await new Promise((r) => child.once('exit', r));
	}
}
console.table(rows);
