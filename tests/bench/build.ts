/**
 * `npm run bench:build [-- --pages 1000,10000]`: how fast the site builds and how much memory
 * it takes, at archive scale. For each size it generates an archive (temp folder, never
 * committed), times the article check alone, then the whole `npm run build` pipeline (check,
 * Astro, Pagefind) under GNU time for the peak memory of the largest process. Prints; asserts nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { collectArticleSources } from '../../src/cli/context.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles } from '../../src/lib/validate.ts';
import { generateArchive } from '../helpers/archive.ts';
import { cleanEnv, repoRoot } from '../helpers/site.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '1000,10000' } } });
const sizes = values.pages.split(',').map(Number);

function du(dir: string): number {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => {
		const s = statSync(join(dir, f));
		return s.isFile() ? sum + s.size : sum;
	}, 0);
}

const rows = [];
for (const pages of sizes) {
	const work = mkdtempSync(join(tmpdir(), 'gyzh-bench-build-'));
	const content = join(work, 'content');
	generateArchive(content, pages);

	const t0 = performance.now();
	const { diagnostics } = validateArticles(collectArticleSources(join(content, 'articles'), work), { gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' });
	const checkSeconds = (performance.now() - t0) / 1000;
	if (diagnostics.length) throw new Error(`generated archive does not validate: ${diagnostics[0]!.message}`);

	const out = join(work, 'dist');
	const t1 = performance.now();
	const run = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, 'src/cli/bin.ts', 'build', '--content', content, '--out', out, '--quiet'], {
		cwd: repoRoot,
		encoding: 'utf8',
		env: cleanEnv(),
		maxBuffer: 64 * 1024 * 1024,
	});
	const seconds = (performance.now() - t1) / 1000;
	if (run.status !== 0) throw new Error(`build of ${pages} pages failed:\n${run.stderr.slice(-2000)}`);
	const maxRss = Number(/MAXRSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024 / 1024;
	const htmlPages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
	rows.push({
		articles: pages,
		'html pages': htmlPages,
		'check s': checkSeconds.toFixed(2),
		'build s (all)': seconds.toFixed(1),
		'articles/s': Math.round(pages / seconds),
		'peak RSS GiB': maxRss.toFixed(2),
		'dist MiB': (du(out) / 2 ** 20).toFixed(1),
		'pagefind MiB': (du(join(out, 'pagefind')) / 2 ** 20).toFixed(1),
	});
	rmSync(work, { recursive: true, force: true });
}
console.log('\nBuild at archive scale (2 cores here):');
console.table(rows);
console.log('peak RSS: the largest single process (GNU time %M), i.e. Astro or the Pagefind binary, whichever peaks higher.');
