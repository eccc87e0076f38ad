/**
 * A generated archive for benchmarks: the sample pieces copied issue after issue into a temp
 * folder (never committed), so builds and searches can be measured at newspaper-archive scale;
 * and a small archive spanning years for the search-shard tests (`addYears`).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { repoRoot } from './site.ts';

const SAMPLE = join(repoRoot, 'content/articles/2022');

/** Shaanxi's counties, for varied places (names only: the schema resolves them). */
function shaanxiCounties(): string[] {
	const gazetteer = getGazetteer('陕西省');
	return gazetteer.counties
		.filter((c) => c.province === '陕西省')
		.map((c) => gazetteer.countyLabel(c))
		.filter((name) => gazetteer.resolveCounty(name).ok);
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * `count` articles: the ten sample pieces, issue after issue going back from 2022-02-09 (every
 * third day), each copy moved to another county (place names in text and headline follow), its
 * headline numbered, its paragraphs rotated so pages differ.
 */
export function generateArchive(dir: string, count: number): void {
	const pieces = readdirSync(SAMPLE)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((f) => ({ file: f, text: readFileSync(join(SAMPLE, f), 'utf8') }));
	const counties = shaanxiCounties();
	const start = new Date('2022-02-09T00:00:00Z');
	for (let i = 0; i < count; i++) {
		const piece = pieces[i % pieces.length]!;
		const issue = Math.floor(i / pieces.length);
		const date = new Date(start.getTime() - issue * 3 * 86_400_000);
		const day = isoDay(date);
		const county = counties[(i * 7 + issue) % counties.length]!;
		const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(piece.text)!;
		const oldCounty = /counties: \[([^\],]+)/.exec(front!)?.[1];
		let fm = front!.replace(/^date: .*$/m, `date: ${day}`);
		let text = body!;
		if (oldCounty) {
			fm = fm.replace(/^counties: .*$/m, `counties: [${county}]`).replaceAll(oldCounty, county);
			text = text.replaceAll(oldCounty, county).replaceAll(oldCounty.replace(/[县区市]$/, ''), county.replace(/[县区市]$/, ''));
		}
		// A different headline per copy: the issue number, as a series would.
		fm = fm.replace(/^title: (.+)$/m, (_, t: string) => `title: ${t.replace(/^'|'$/g, '').replace(/'/g, '’')}（${issue + 1}）`);
		fm = fm.replace(/^title:\n  - (.+)$/m, (_, t: string) => `title:\n  - ${t}（${issue + 1}）`);
		const paragraphs = text.trim().split(/\n\n+/);
		const shift = issue % Math.max(1, paragraphs.length);
		const rotated = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
		const year = day.slice(0, 4);
		mkdirSync(join(dir, 'articles', year), { recursive: true });
		const name = `${day.slice(5, 7)}${day.slice(8, 10)}-${basename(piece.file, '.md').slice(5)}.md`;
		writeFileSync(join(dir, 'articles', year, name), `---\n${fm}\n---\n\n${rotated.join('\n\n')}\n`);
	}
}

/** Pieces about 暖心驿站 in 2023, 2025 and 2026 beside the fixture's 2024 ones. */
export function addYears(content: string) {
	const pieces: [string, string][] = [
		['2026/0105-01-ningshan.md', '2026-01-05'],
		['2025/0610-01-ningshan.md', '2025-06-10'],
		['2025/0611-01-ningshan.md', '2025-06-11'],
		['2023/0420-01-ningshan.md', '2023-04-20'],
	];
	for (const [file, date] of pieces) {
		mkdirSync(join(content, 'articles', file.slice(0, 4)), { recursive: true });
		writeFileSync(
			join(content, 'articles', file),
			`---\ntitle: 宁陕县暖心驿站服务户外劳动者（${date}）\ndate: ${date}\nsource: 本报讯\nauthors: [记者 刘强]\ncounties: [宁陕县]\npage: 3\norder: 1\n---\n\n宁陕县总工会的暖心驿站为环卫工人提供热水和休息场所。\n`,
		);
	}
}
