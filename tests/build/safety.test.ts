/**
 * Bad input through the real build command: hostile values come out escaped; every refused
 * build exits 1 naming file, line and fix, without a stack trace, and leaves the published
 * site exactly as it was; publishing survives kill -9, cleans up after killed builds and
 * serialises two builds in one checkout.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteSearch } from '../search/harness.ts';
import { listVersions } from '../../src/cli/publish.ts';
import { buildSite, cleanEnv, copyFixture, loadPage, repoRoot, type BuildResult } from '../helpers/site.ts';

const HOSTILE_TITLE = '</script><script>alert(1)</script>“标题”&amp;';
const HOSTILE_SUMMARY = '<img src=x onerror=alert(2)> 摘要 & ]]> 更多';

/** A fixture copy with one article whose every value is an attack. */
function hostileContent(): string {
	const content = copyFixture('basic');
	writeFileSync(
		join(content, 'articles/2024/0302-01-hostile.md'),
		[
			'---',
			`title: '${HOSTILE_TITLE}'`,
			`summary: '${HOSTILE_SUMMARY}'`,
			'date: 2024-03-02',
			"tags: ['<b>标签</b>']",
			'counties: [紫阳县]',
			'page: 3',
			'order: 1',
			'---',
			'',
			'正文<script>alert(3)</script>第一段，检修班组的代码是 `<img src=x onerror=alert(9)>`。',
			'',
			'<img src="https://example.com/a.png" onerror="alert(4)"> <a href="javascript:alert(5)">链接</a>',
			'',
			'<iframe src="https://evil.example.com/"></iframe>',
			'',
		].join('\n'),
	);
	return content;
}

/** Hash of every file under a folder (following the dist link), to prove a site unchanged. */
function treeHash(dir: string): string {
	const hash = createHash('sha256');
	for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
		const path = join(dir, file);
		if (lstatSync(path).isFile()) hash.update(file).update(readFileSync(path));
	}
	return hash.digest('hex');
}

/** The build command, asynchronously (for two at once, and for kill -9). */
function startBuild(args: string[]) {
	const child = spawn(process.execPath, ['src/cli/bin.ts', 'build', '--quiet', ...args], { cwd: repoRoot, env: cleanEnv() });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	const done = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
		child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
	);
	return { child, done };
}

describe('hostile values come out escaped', () => {
	let build: BuildResult;
	const page = '/articles/2024/0302-01-hostile/';
	beforeAll(() => {
		build = buildSite({ content: hostileContent() });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}\n${build.stdout}`);
	});
	afterAll(() => rmSync(dirname(build.outDir), { recursive: true, force: true }));

	it('JSON-LD: one block, < escaped, the headline intact', () => {
		const $ = loadPage(build.outDir, page);
		const blocks = $('script[type="application/ld+json"]');
		expect(blocks).toHaveLength(1);
		const raw = blocks.html()!;
		expect(raw).not.toMatch(/[<>]/);
		expect(JSON.parse(raw).headline).toBe(HOSTILE_TITLE);
		// No script element but Astro's and ours.
		expect($('script:not([type="application/ld+json"]):not([type="text/pagefind-template"])').toArray().every((s) => !$(s).html()!.includes('alert'))).toBe(true);
	});

	it('title, meta and headline show the text, not markup', () => {
		const $ = loadPage(build.outDir, page);
		expect($('title').text()).toContain(HOSTILE_TITLE);
		expect($('meta[property="og:title"]').attr('content')).toBe(HOSTILE_TITLE);
		expect($('meta[name="description"]').attr('content')).toBe(HOSTILE_SUMMARY);
		expect($('h1').text().replace(/\s/g, '')).toContain('alert(1)');
		expect($('img[onerror], [onerror]')).toHaveLength(0);
	});

	it('the body: no script, no handler, no javascript: link, no unlisted iframe', () => {
		const $ = loadPage(build.outDir, page);
		const prose = $('.prose');
		expect(prose.find('script, iframe')).toHaveLength(0);
		const attributes = prose.find('*').toArray().flatMap((el) => Object.entries((el as { attribs: Record<string, string> }).attribs));
		expect(attributes.filter(([name, value]) => /^on/i.test(name) || /javascript:/i.test(value))).toEqual([]);
		// What was written as code is shown as text.
		expect(prose.find('code').text()).toBe('<img src=x onerror=alert(9)>');
		expect(prose.find('img').attr('src')).toBe('https://example.com/a.png');
	});

	it('RSS: the values are XML text, the feed parses', () => {
		const $ = cheerio.load(readFileSync(join(build.outDir, 'rss.xml'), 'utf8'), { xml: true });
		const item = $('item').filter((_, el) => $(el).find('link').text().endsWith('0302-01-hostile/'));
		expect(item.find('title').text()).toBe(HOSTILE_TITLE);
		expect(item.find('description').text()).toBe(HOSTILE_SUMMARY);
		expect($('script, img')).toHaveLength(0);
	});

	it('sitemap and search records: escaped', () => {
		const sitemap = readFileSync(join(build.outDir, 'sitemap-0.xml'), 'utf8');
		expect(cheerio.load(sitemap, { xml: true })('loc').toArray().length).toBeGreaterThan(5);
		expect(sitemap).not.toContain('<b>');
		// Pagefind reads its metadata from attributes: the title arrives as the text it is.
		const $ = loadPage(build.outDir, page);
		expect($('[data-pagefind-body]').attr('data-meta-title')).toBe(HOSTILE_TITLE);
		const tag = $('a[data-pagefind-filter="tag"]');
		expect(tag.text()).toBe('<b>标签</b>');
		expect(loadPage(build.outDir, tag.attr('href')!)('h1 b, main b')).toHaveLength(0);
	});

	it('search: the record holds the text; the excerpt has no markup but <mark>', async () => {
		const search = await openSiteSearch(build.outDir);
		const response = await search.raw('检修班组');
		const data = await Promise.all(response!.results.map((r) => r.data()));
		await search.destroy();
		const hit = data.find((d) => d.url.endsWith('0302-01-hostile/'))!;
		expect(hit.meta.title).toBe(HOSTILE_TITLE);
		expect(hit.excerpt).toContain('<mark>');
		expect(hit.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/<[a-z/]/i);
		expect(hit.excerpt).toContain('&lt;img');
	});

	it('dist is a link to one complete version', () => {
		expect(lstatSync(build.outDir).isSymbolicLink()).toBe(true);
		// Versions it replaced wait in a trash folder beside it while a background process deletes them.
		const versions = listVersions(build.outDir);
		expect(versions).toHaveLength(1);
		expect(readlinkSync(build.outDir)).toBe(join('.dist.versions', versions[0]!));
		// Astro's prerender chunks were staged inside the checkout and are not published.
		expect(existsSync(join(build.outDir, '.prerender'))).toBe(false);
	});
});

/** The first clean build of the basic fixture (by the refused-builds block), for the reproducibility test. */
let firstBasic: { hash: string } | undefined;

describe('refused builds leave the published site as it was', () => {
	const root = mkdtempSync(join(tmpdir(), 'gyzh-refused-'));
	const outDir = join(root, 'dist');
	let before: string;
	let link: string;

	beforeAll(() => {
		const first = buildSite({ content: copyFixture('basic'), outDir });
		if (first.status !== 0) throw new Error(`build failed:\n${first.stderr}`);
		before = treeHash(outDir);
		link = readlinkSync(outDir);
		firstBasic = { hash: before };
	});
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	/** Builds a fixture copy changed by `change`; asserts exit 1, the message, no stack, dist unchanged. */
	function refused(change: (content: string) => void, expected: (string | RegExp)[], args: string[] = []) {
		const content = copyFixture('basic');
		change(content);
		const run = buildSite({ content, outDir, extraArgs: args });
		expect(run.status, run.stdout).toBe(1);
		for (const part of expected) expect(run.stderr).toMatch(part);
		expect(run.stderr).toContain('✖ 构建失败 (build failed)，已发布的网站没有改动');
		expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
		expect(readlinkSync(outDir)).toBe(link);
		expect(treeHash(outDir)).toBe(before);
		rmSync(content, { recursive: true, force: true });
		return run.stderr;
	}
	const article = (content: string, name = '2024/0301-09-new.md') => join(content, 'articles', name);
	const good = '---\ntitle: 新稿\ndate: 2024-03-01\ncounties: [紫阳县]\npage: 3\norder: 9\n---\n\n正文。\n';

	it('a GBK file', () => {
		const gbk = Buffer.from([...Buffer.from('---\ntitle: '), 0xb1, 0xea, 0xcc, 0xe2, ...Buffer.from('\ndate: 2024-03-01\n---\n')]);
		refused((c) => writeFileSync(article(c), gbk), [/0301-09-new\.md:2\n/, '不是 UTF-8 编码，而是 GBK/GB18030', 'npm run lint:content -- --fix']);
	});

	it('a NUL byte in the body', () => {
		refused((c) => writeFileSync(article(c), good.replace('正文', '正\u0000文')), [/0301-09-new\.md:9\n/, '控制字符 U+0000']);
	});

	it('a symlink loop under articles/', () => {
		refused((c) => symlinkSync('..', join(c, 'articles/2024/loop')), [/articles\/2024\/loop\n/, '形成循环 (symlink loop)']);
	});

	it('a symlink that leaves content/', () => {
		const outside = mkdtempSync(join(tmpdir(), 'gyzh-outside-'));
		writeFileSync(join(outside, 'secret.md'), good);
		refused((c) => symlinkSync(join(outside, 'secret.md'), article(c, '2024/secret.md')), ['指向 content 文件夹以外', 'symlink leaves content/']);
		rmSync(outside, { recursive: true, force: true });
	});

	it('a dangling symlink', () => {
		refused((c) => symlinkSync('./gone.md', article(c, '2024/gone-link.md')), ['dangling symlink']);
	});

	it('a 0-byte image, a text file named .jpg, an image outside content/', () => {
		const stderr = refused(
			(c) => {
				writeFileSync(join(c, 'articles/2024/empty.jpg'), '');
				writeFileSync(join(c, 'articles/2024/fake.jpg'), '<html>404</html>');
				writeFileSync(
					article(c),
					good.replace('order: 9\n', 'order: 9\nimage: ./empty.jpg\nimageAlt: 空图\n') + '\n![假图](./fake.jpg)\n\n![外面](../../../../../../etc/hostname)\n',
				);
			},
			[/0301-09-new\.md:7  \[image\]\n.*是空文件/, /0301-09-new\.md:13\n.*不是图片/, /0301-09-new\.md:15\n.*(在 content 文件夹以外|不存在)/],
		);
		expect(stderr).toContain('发现 3 处问题');
	});

	it('a PNG with a real signature but broken data (only Astro notices): named with file, line and field', () => {
		const broken = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from('IHDRgarbagegarbage')]);
		refused((c) => writeFileSync(join(c, 'articles/2024/binhai-yizhan.png'), broken), [/0201-02-binhai\.md:7  \[image\]\n.*“binhai-yizhan\.png”无法处理 \(image could not be processed\)/]);
	});

	it('MDX reading the environment', () => {
		refused((c) => writeFileSync(article(c, '2024/0301-09-new.mdx'), good + '\nexport const x = process.env.HOME;\n\n{x}\n'), [/0301-09-new\.mdx:11\n.*不能写 export/, '不能使用 process']);
	});

	it('a date in 2099', () => {
		refused((c) => writeFileSync(article(c), good.replace('2024-03-01', '2099-03-01')), [/0301-09-new\.md:3  \[date\]\n.*2099-03-01.*date in the future/]);
	});

	it('draft: yes (YAML 1.1 habit), as Astro would read it', () => {
		refused((c) => writeFileSync(article(c), good.replace('---\n\n', 'draft: yes\n---\n\n')), [/0301-09-new\.md:7  \[draft\]\n.*true 或 false/]);
	});

	it('an emptied articles folder', () => {
		refused((c) => rmSync(join(c, 'articles/2024'), { recursive: true }), ['没有可发布的文章 (no articles to publish)', '--allow-empty']);
	});

	it('far fewer articles than the published site', () => {
		refused(
			(c) => {
				for (const f of readdirSync(join(c, 'articles/2024'))) if (f !== '0301-01-ziyang.md') rmSync(join(c, 'articles/2024', f));
			},
			['这次只有 1 篇文章，而已发布的网站有 4 篇', '--allow-empty'],
		);
	});

	it('--out at a file: one sentence, no stack', () => {
		const file = join(root, 'not-a-folder');
		writeFileSync(file, 'x');
		const run = buildSite({ content: copyFixture('basic'), outDir: join(file, 'dist') });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('不是文件夹 (not a folder)');
		expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
	});

	it('--allow-empty publishes the smaller site on purpose', () => {
		const content = copyFixture('basic');
		for (const f of readdirSync(join(content, 'articles/2024'))) if (f !== '0301-01-ziyang.md') rmSync(join(content, 'articles/2024', f));
		const run = buildSite({ content, outDir, extraArgs: ['--allow-empty'] });
		expect(run.status, run.stderr).toBe(0);
		expect(readdirSync(join(outDir, 'articles/2024'))).toEqual(['0301-01-ziyang']);
	});
});

describe('publishing under kill -9, leftovers and a second build', () => {
	const root = mkdtempSync(join(tmpdir(), 'gyzh-publish-'));
	const outDir = join(root, 'dist');
	const content = copyFixture('basic');
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it('two builds at once: the second waits for the lock, both succeed, one version remains', async () => {
		const a = startBuild(['--content', content, '--out', outDir]);
		await new Promise((r) => setTimeout(r, 400));
		const b = startBuild(['--content', content, '--out', outDir]);
		const [ra, rb] = await Promise.all([a.done, b.done]);
		expect([ra.status, rb.status]).toEqual([0, 0]);
		expect(rb.stderr).toMatch(/另一个构建正在进行（进程 \d+），等它结束后再开始/);
		expect(listVersions(outDir)).toHaveLength(1);
		expect(existsSync(join(repoRoot, '.build-tmp/build.lock'))).toBe(false);
		// The versions they replaced are deleted in the background, soon.
		let left = readdirSync(join(root, '.dist.versions'));
		for (let i = 0; i < 300 && left.length > 1; i++) {
			await new Promise((r) => setTimeout(r, 100));
			left = readdirSync(join(root, '.dist.versions'));
		}
		expect(left).toEqual(listVersions(outDir));
	});

	it('kill -9 in the middle of a build: the old site stays complete; the next build cleans up', async () => {
		const link = readlinkSync(outDir);
		const before = treeHash(outDir);
		const run = startBuild(['--content', content, '--out', outDir]);
		// Killed once Astro is building (its staging folder exists), before it could publish.
		// (The staging path is the same for every build, so that Astro's content cache holds.)
		const stage = join(repoRoot, '.build-tmp', 'stage');
		for (let i = 0; i < 200 && !existsSync(join(stage, 'dist')); i++) await new Promise((r) => setTimeout(r, 50));
		run.child.kill('SIGKILL');
		expect((await run.done).signal).toBe('SIGKILL');
		expect(readlinkSync(outDir)).toBe(link);
		expect(treeHash(outDir)).toBe(before);
		expect(existsSync(stage)).toBe(true);

		// What killed builds of the old scheme and of this one leave behind.
		for (const name of ['dist.building-999', 'dist.previous-999', 'dist.link-999']) mkdirSync(join(root, name));
		mkdirSync(join(repoRoot, '.build-tmp/stage-999/dist'), { recursive: true });
		mkdirSync(join(root, '.dist.versions/20200101-000000-999'));
		const next = buildSite({ content, outDir });
		expect(next.status, next.stderr).toBe(0);
		expect(readdirSync(root).sort()).toEqual(['.dist.versions', 'dist']);
		expect(listVersions(outDir)).toHaveLength(1);
		expect(existsSync(stage)).toBe(false);
		expect(existsSync(join(repoRoot, '.build-tmp/stage-999'))).toBe(false);
	});

	// Two leftovers of older runs met by one build (each build costs seconds).
	it('a stale lock of a dead process is taken over, and a plain dist folder from before becomes a version', () => {
		mkdirSync(join(repoRoot, '.build-tmp'), { recursive: true });
		writeFileSync(join(repoRoot, '.build-tmp/build.lock'), '999999\n');
		const plain = join(root, 'plain');
		cpSync(outDir, plain, { recursive: true, dereference: true });
		expect(lstatSync(plain).isSymbolicLink()).toBe(false);
		const run = buildSite({ content, outDir: plain });
		expect(run.status, run.stderr).toBe(0);
		expect(run.stderr).not.toContain('另一个构建正在进行');
		expect(existsSync(join(repoRoot, '.build-tmp/build.lock'))).toBe(false);
		expect(lstatSync(plain).isSymbolicLink()).toBe(true);
		expect(listVersions(plain)).toHaveLength(1);
	});
});

describe('reproducible output', () => {
	it('two clean builds of the same content, from two folders, are byte-identical', () => {
		// The first is the published site of the refused-builds block above, as it was built.
		expect(firstBasic, 'the refused-builds block ran first').toBeDefined();
		const content = copyFixture('basic');
		const two = buildSite({ content });
		expect(two.status, two.stderr).toBe(0);
		expect(treeHash(two.outDir)).toBe(firstBasic!.hash);
		const files = readdirSync(two.outDir, { recursive: true, encoding: 'utf8' });
		expect(files.length).toBeGreaterThan(30);
		rmSync(dirname(two.outDir), { recursive: true, force: true });
		expect(relative(repoRoot, content).startsWith('..')).toBe(true);
	});
});
