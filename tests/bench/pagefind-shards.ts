/**
 * `npm run bench:pagefind-shards -- --dist DIR [--workers 2]`: where the search-index phase's
 * time and memory go, and what per-year shards would save. On a built site (`npm run
 * bench:build -- --keep DIR` leaves one in DIR/dist-N), in the same run:
 *
 * 1. one Pagefind index of every article page (what the build does today, minus listing pages);
 * 2. one index per year of articles, `--workers` years at a time, each in its own process.
 *
 * Prints wall seconds (add / write split per index) and the peak RSS of the largest process and
 * of all processes. The shards are written to a temp folder and thrown away: merging them at
 * query time (Pagefind's `mergeIndex`) is not built yet. A benchmark: it prints, asserts nothing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../helpers/site.ts';
import { timed, type Run } from './measure.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		workers: { type: 'string', default: '2' },
		/** Internal: index these years (comma list, or `all`) of --dist into --out. */
		worker: { type: 'string' },
		out: { type: 'string' },
	},
});
if (!values.dist) {
	console.error('usage: npm run bench:pagefind-shards -- --dist DIR (a built site, e.g. from npm run bench:build -- --keep DIR)');
	process.exit(2);
}
const dist = resolve(values.dist);
const articlesDir = join(dist, 'articles');

/** Article pages by year, from the `date:YYYY-MM-DD` sort key each page gives Pagefind. */
function pagesByYear(): Map<string, string[]> {
	const byYear = new Map<string, string[]>();
	for (const file of readdirSync(articlesDir, { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('.html')) continue;
		const html = readFileSync(join(articlesDir, file), 'utf8');
		const year = /data-pagefind-sort="date:(\d{4})/.exec(html)?.[1] ?? 'undated';
		byYear.set(year, [...(byYear.get(year) ?? []), file]);
	}
	return byYear;
}

if (values.worker) {
	// One process: index the given years' article pages with Pagefind's Node API.
	const byYear = pagesByYear();
	const years = values.worker === 'all' ? [...byYear.keys()] : values.worker.split(',');
	const pagefind = await import('pagefind');
	const t0 = performance.now();
	const { index } = await pagefind.createIndex({});
	for (const year of years) {
		for (const file of byYear.get(year) ?? []) {
			const r = await index!.addHTMLFile({ url: `/articles/${file.replace(/index\.html$/, '')}`, content: readFileSync(join(articlesDir, file), 'utf8') });
			if (r.errors.length) throw new Error(r.errors.join('\n'));
		}
	}
	const t1 = performance.now();
	await index!.writeFiles({ outputPath: values.out! });
	const t2 = performance.now();
	await pagefind.close();
	console.log(`indexed ${values.worker}: add ${((t1 - t0) / 1000).toFixed(1)} s, write ${((t2 - t1) / 1000).toFixed(1)} s`);
	process.exit(0);
}

const gib = (kb: number) => (kb / 2 ** 20).toFixed(2);
const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');
const work = mkdtempSync(join(tmpdir(), 'gyzh-bench-shards-'));
const self = join(repoRoot, 'tests/bench/pagefind-shards.ts');
const worker = (years: string, out: string) => timed(process.execPath, [self, '--dist', dist, '--worker', years, '--out', out], repoRoot);
const peak = (runs: Run[]) => ({ max: Math.max(...runs.flatMap((r) => r.samples.map((s) => s.max))), sum: Math.max(...runs.flatMap((r) => r.samples.map((s) => s.sum))) });

const years = [...pagesByYear().keys()].sort();
console.log(`bench:pagefind-shards — ${dist}, ${years.length} years, load average ${load()}`);

let t = performance.now();
const single = await worker('all', join(work, 'single'));
const singleS = (performance.now() - t) / 1000;
console.log(`one index: ${singleS.toFixed(1)} s (${single.lines.map((l) => l.line).join(' ')}), peak ${gib(peak([single]).max)} GiB largest process`);

t = performance.now();
const queue = [...years];
const runs: Run[] = [];
await Promise.all(
	Array.from({ length: Number(values.workers) }, async () => {
		for (let year = queue.shift(); year; year = queue.shift()) runs.push(await worker(year, join(work, year)));
	}),
);
const shardS = (performance.now() - t) / 1000;
const p = peak(runs);
console.log(`per-year shards, ${values.workers} at a time: ${shardS.toFixed(1)} s, peak ${gib(p.max)} GiB largest process (${gib(p.sum)} GiB one worker's tree)`);
console.log(`ratio shards/one index: ${(shardS / singleS).toFixed(2)} (time), ${(p.max / peak([single]).max).toFixed(2)} (peak memory); load average now ${load()}`);
rmSync(work, { recursive: true, force: true });
