/**
 * `npm run search:report [-- --dist DIR]`: search quality on the sample page.
 *
 * Builds the sample site (content/) into a temp folder unless given a built one, then runs
 * 1. the judgment set (tests/search/judgments.ts): hit rate and MRR per category, for plain
 *    Pagefind (the query as typed) and for our search (query processing + ranking);
 * 2. a substring probe: random runs of 2–6 characters of the articles' text, asking whether
 *    every piece containing the run is found, and whether the first result contains it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sampleDistOr } from '../helpers/site.ts';
import { describeFailure, openSiteSearch, runJudgments, summarize, type SiteSearch, type Summary } from './harness.ts';
import { judgments } from './judgments.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { siteConfig } from '../../src/site.config.ts';

const { values } = parseArgs({ options: { dist: { type: 'string' }, probes: { type: 'string', default: '300' } } });

const { dist, cleanup } = sampleDistOr(values.dist, 'gyzh-search-report-');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function table(plain: Summary[], site: Summary[]) {
	console.log('\nJudgments (%d queries): hit = the expected pieces are where they must be; MRR over expected pieces\n', judgments.length);
	const rows = site.map((s, i) => ({
		category: s.category,
		queries: s.queries,
		'plain hit': pct(plain[i]!.hitRate),
		'plain MRR': plain[i]!.mrr.toFixed(3),
		'ours hit': pct(s.hitRate),
		'ours MRR': s.mrr.toFixed(3),
	}));
	console.table(rows);
}

/** The indexed text of each article: what a reader could search for. */
function articleTexts(dir: string): Map<string, string> {
	const texts = new Map<string, string>();
	for (const file of readdirSync(join(dir, 'articles'), { recursive: true, encoding: 'utf8' })) {
		if (!file.endsWith('index.html')) continue;
		const html = readFileSync(join(dir, 'articles', file), 'utf8');
		const region = html.slice(html.search(/<article[^>]*data-pagefind-body/), html.indexOf('</article>'));
		const text = region
			.replace(/<(nav|div|span|p)[^>]*data-pagefind-ignore[\s\S]*?<\/\1>/g, ' ')
			.replace(/<wbr>/g, '')
			.replace(/<[^>]*>/g, ' ');
		texts.set(file.replace(/\/index\.html$/, ''), text);
	}
	return texts;
}

async function probe(search: SiteSearch, texts: Map<string, string>, count: number) {
	let seed = 20220209;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const runs = [...texts.values()].flatMap((t) => t.match(/\p{Script=Han}{2,}/gu) ?? []);
	const probes = new Set<string>();
	for (let tries = 0; probes.size < count && tries < count * 20; tries++) {
		const run = runs[Math.floor(random() * runs.length)]!;
		const len = 2 + Math.floor(random() * 5);
		if (run.length < len) continue;
		const start = Math.floor(random() * (run.length - len + 1));
		probes.add(run.slice(start, start + len));
	}
	let recall = 0;
	let top1 = 0;
	let precision = 0;
	for (const q of probes) {
		const want = [...texts].filter(([, t]) => t.includes(q)).map(([id]) => id);
		const got = (await search.search(q)).map((h) => h.id);
		recall += want.filter((id) => got.includes(id)).length / want.length;
		precision += got.length ? got.filter((id) => want.includes(id)).length / got.length : 1;
		if (want.includes(got[0]!)) top1++;
	}
	return { probes: probes.size, recall: recall / probes.size, top1: top1 / probes.size, precision: precision / probes.size };
}

/** Place names of the home province that no piece contains (长安区…): any hit is scattered characters. */
async function absent(search: SiteSearch, texts: Map<string, string>) {
	const all = [...texts.values()].join('\n');
	const names = getGazetteer(siteConfig.homeProvince).counties.filter((c) => c.province === siteConfig.homeProvince).map((c) => c.name).filter((n) => !all.includes(n));
	let withHits = 0;
	let hits = 0;
	for (const name of names) {
		const n = (await search.search(name)).length;
		if (n) withHits++;
		hits += n;
	}
	return { queries: names.length, withHits, hits };
}

const plain = await openSiteSearch(dist, 'plain');
const site = await openSiteSearch(dist, 'site');
const plainOutcomes = await runJudgments(plain, judgments);
const siteOutcomes = await runJudgments(site, judgments);
table(summarize(plainOutcomes), summarize(siteOutcomes));

const misses = siteOutcomes.filter((o) => !o.pass);
console.log(misses.length ? `\nMisses (ours):\n${misses.map(describeFailure).join('\n')}` : '\nNo misses (ours).');

const texts = articleTexts(dist);
const count = Number(values.probes);
const [p, s] = [await probe(plain, texts, count), await probe(site, texts, count)];
console.log(`\nSubstring probe (${p.probes} random runs of 2–6 characters of the articles' text):`);
console.table([
	{ search: 'plain Pagefind', 'pieces containing it found': pct(p.recall), 'first result contains it': pct(p.top1), 'results that contain it': pct(p.precision) },
	{ search: 'ours', 'pieces containing it found': pct(s.recall), 'first result contains it': pct(s.top1), 'results that contain it': pct(s.precision) },
]);
const [pa, sa] = [await absent(plain, texts), await absent(site, texts)];
console.log(`\nAbsent words (${sa.queries} county names of ${siteConfig.homeProvince} that no piece contains, e.g. 长安区): queries with any result, results in all`);
console.table([
	{ search: 'plain Pagefind', 'queries with results': pa.withHits, results: pa.hits },
	{ search: 'ours', 'queries with results': sa.withHits, results: sa.hits },
]);

await plain.destroy();
await site.destroy();
cleanup();
