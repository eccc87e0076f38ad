/**
 * A rebuild after one article was added, edited or removed reuses Astro's content cache for the
 * others, says so with the right counts, and publishes exactly what a clean build publishes.
 */
import { cpSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyFixture, repoRoot } from '../helpers/site.ts';
import { spawnCommand } from '../helpers/cli.ts';

/** "Today" fixed, as for any reproducible build. */
const env = { SOURCE_DATE_EPOCH: String(Date.UTC(2025, 0, 1) / 1000) };

function build(content: string, outDir: string, ...extra: string[]) {
	const run = spawnCommand('build', ['--content', content, '--out', outDir, ...extra], { env });
	expect(run.status, run.stderr).toBe(0);
	const log = run.stdout + run.stderr;
	// Astro's own word that it threw its cache away (what a per-build staging path used to cause).
	expect(log).not.toMatch(/Astro config changed|Content config changed|Clearing content store/);
	return log;
}

/** Every file below two folders, byte for byte: the first difference, or undefined. */
function firstDifference(a: string, b: string): string | undefined {
	const list = (dir: string) =>
		readdirSync(dir, { recursive: true, encoding: 'utf8' })
			.filter((f) => statSync(join(dir, f)).isFile())
			.sort();
	const [fa, fb] = [list(a), list(b)];
	if (fa.join('\n') !== fb.join('\n')) return `file lists differ: ${fa.filter((f) => !fb.includes(f)).concat(fb.filter((f) => !fa.includes(f))).join(', ')}`;
	for (const f of fa) if (!readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) return f;
	return fa.length > 30 ? undefined : `only ${fa.length} files`;
}

/** Hard links to every HTML file below `dir` in `to`, and each file's bytes as they are now. */
function holdByLinks(dir: string, to: string): Map<string, Buffer> {
	const bytes = new Map<string, Buffer>();
	for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		if (!f.endsWith('.html')) continue;
		mkdirSync(dirname(join(to, f)), { recursive: true });
		linkSync(join(dir, f), join(to, f));
		bytes.set(f, readFileSync(join(dir, f)));
	}
	return bytes;
}

/** The build's count of pages rendered and pages reused from the last build. */
function pages(log: string) {
	const m = /页面：([\d,]+) 个重新生成，([\d,]+) 个与上次构建相同/.exec(log);
	expect(m, log).not.toBeNull();
	return { rendered: Number(m![1]!.replace(/,/g, '')), reused: Number(m![2]!.replace(/,/g, '')) };
}

/** The build cache of a content folder. */
const cacheOf = (contentDir: string) => {
	const base = join(repoRoot, '.build-tmp/cache');
	const real = realpathSync(contentDir);
	const dir = readdirSync(base).find((d) => readFileSync(join(base, d, 'content-folder.txt'), 'utf8').trim() === real);
	expect(dir, `no cache for ${real}`).toBeDefined();
	return join(base, dir!);
};

const cacheOwners = () => {
	const base = join(repoRoot, '.build-tmp/cache');
	return existsSync(base) ? readdirSync(base).map((d) => readFileSync(join(base, d, 'content-folder.txt'), 'utf8').trim()) : [];
};

describe('one article added, edited or removed: an incremental rebuild', () => {
	const root = mkdtempSync(join(tmpdir(), 'gyzh-incremental-'));
	const content = copyFixture('basic');
	const year = join(content, 'articles/2024');
	const live = join(root, 'dist');
	const clean = join(root, 'clean');
	afterAll(() => {
		rmSync(root, { recursive: true, force: true });
		rmSync(content, { recursive: true, force: true });
	});

	it('the first build of a content folder is a full one', () => {
		const log = build(content, live);
		expect(log).toContain('完整构建：没有上次构建留下的缓存 (full build: no cache from an earlier build)');
		// Astro's line per page is folded away (src/lib/astro-log.ts); its other lines stay.
		expect(log).toContain('generating static routes');
		expect(log).not.toMatch(/[├└]─ \//);
		expect(log).not.toMatch(/^\s*\(\+\d+ms\)\s*$/m);
		// The page cache keeps each page as a second name of the file it wrote, not as a copy
		// (src/integrations/page-links.ts): no folder of copies, every page linked once more.
		const cache = cacheOf(content);
		expect(existsSync(join(cache, 'dist'))).toBe(false);
		const cached = readdirSync(live, { recursive: true, encoding: 'utf8' }).filter((f) => /^(articles|counties|authors)\/.+\/index\.html$/.test(f));
		expect(cached.length).toBeGreaterThanOrEqual(10);
		expect(cached.filter((f) => statSync(join(live, f)).nlink !== 2)).toEqual([]);
		expect(readdirSync(join(cache, 'pages')).length).toBeGreaterThanOrEqual(cached.length);
	});

	// One rebuild meets all three kinds of change (each build costs seconds); it is compared with a clean build.
	it('a rebuild with nothing changed reuses every page, and one with an article added, one edited and one removed equals a clean build', () => {
		// The cache of a content folder built once and then deleted (as the tests' temporary copies
		// are): this folder's own cache copied under another name, its owner a folder now gone.
		const other = copyFixture('basic');
		const otherReal = realpathSync(other);
		rmSync(other, { recursive: true, force: true });
		const otherCache = `${cacheOf(content)}-deleted-owner`;
		cpSync(cacheOf(content), otherCache, { recursive: true });
		writeFileSync(join(otherCache, 'content-folder.txt'), `${otherReal}\n`);
		expect(cacheOwners()).toContain(otherReal);

		// The published site, held by hard links: unchanged pages enter a rebuild as links to the same
		// files (src/integrations/page-links.ts), so a page written through a link would show here.
		// A rebuild with nothing changed first: every page of the live site is then the page cache's file.
		const same = build(content, live);
		expect(pages(same).rendered).toBe(0);
		const pagesNow = readdirSync(live, { recursive: true, encoding: 'utf8' }).filter((f) => f.startsWith('articles') && f.endsWith('.html'));
		expect(pagesNow.filter((f) => statSync(join(live, f)).nlink > 1)).toEqual(pagesNow);
		const held = join(root, 'held');
		const before = holdByLinks(realpathSync(live), held);

		// Added: a copy of 0301-02-xian under another headline; removed: 0301-02-xian itself.
		const source = readFileSync(join(year, '0301-02-xian.md'), 'utf8');
		writeFileSync(join(year, '0301-03-shuwu.md'), source.replace(/^title: .*$/m, 'title: 西安市总工会表彰一批职工书屋').replace(/^order: 2$/m, 'order: 3'));
		rmSync(join(year, '0301-02-xian.md'));
		// Edited: a new headline shows on other pages too (上一篇/下一篇, related stories, listings): they must not be reused.
		const file = join(year, '0201-01-beilin.md');
		writeFileSync(file, `${readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: 工会要始终主动回应职工诉求')}\n改后的一段话：碑林区总工会又办了一期培训班。\n`);

		const rebuilt = build(content, live);
		expect(rebuilt).toContain(
			'增量构建：3 篇未改动，沿用内容缓存；1 篇新增，1 篇修改，1 篇删除 (incremental: 3 unchanged, reused from the content cache; 1 added, 1 changed, 1 removed)',
		);
		// Pages whose data is unchanged (a listing the changed pieces are not on) are copied, not rendered.
		const { reused, rendered } = pages(rebuilt);
		expect(reused).toBeGreaterThan(0);
		expect(rendered).toBeGreaterThan(0);
		// The shard the changes touched was indexed while the listings were generated, its other
		// pages read from the files kept from the last build (src/integrations/search/warmer.ts).
		expect(rebuilt).toMatch(/搜索索引：4 篇文章，1 个分片，生成网页时已写 1 个、新写 0 个/);
		for (const [file, bytes] of before) expect(readFileSync(join(held, file)).equals(bytes), file).toBe(true);
		expect(statSync(join(live, 'articles/2024/0201-01-beilin/index.html')).ino).not.toBe(statSync(join(held, 'articles/2024/0201-01-beilin/index.html')).ino);
		expect(readFileSync(join(live, 'articles/2024/0201-01-beilin/index.html'), 'utf8')).toContain('又办了一期培训班');
		expect(readFileSync(join(live, 'articles/2024/0301-03-shuwu/index.html'), 'utf8')).toContain('西安市总工会表彰一批职工书屋');
		expect(existsSync(join(live, 'articles/2024/0301-02-xian'))).toBe(false);
		expect(cacheOwners()).not.toContain(otherReal);

		const log = build(content, clean, '--clean');
		expect(log).toContain('完整构建：按 --clean 清空了缓存');
		expect(pages(log).reused).toBe(0);
		expect(firstDifference(live, clean)).toBeUndefined();
	});
});
