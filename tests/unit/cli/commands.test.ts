/**
 * The editor commands called in-process through `run(argv, io)`: help on every command, a
 * did-you-mean for a mistyped option, every bad piped answer at once, and the content folder
 * taken from the one CLI context.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggestOption } from '../../../src/cli/args.ts';
import * as build from '../../../src/cli/build.ts';
import * as edit from '../../../src/cli/edit.ts';
import * as lintContent from '../../../src/cli/lint-content.ts';
import * as newArticle from '../../../src/cli/new.ts';
import { repoRoot, runInProcess } from '../../helpers/cli.ts';

const commands = { build, edit, new: newArticle, 'lint-content': lintContent };

describe('--help and -h', () => {
	for (const [name, command] of Object.entries(commands)) {
		for (const flag of ['--help', '-h']) {
			it(`${name} ${flag} prints its Chinese usage and exits 0`, async () => {
				const result = await runInProcess(command.run, [flag]);
				expect(result.status).toBe(0);
				expect(result.stdout).toBe(`${command.USAGE}\n`);
				expect(result.stdout).toContain('用法 (usage)：npm run');
				expect(result.stderr).toBe('');
			});
		}
	}
});

describe('unknown options', () => {
	it('suggests the nearest known option', () => {
		expect(suggestOption('--titel', ['title', 'date'])).toBe('--title');
		expect(suggestOption('--dat', ['title', 'date'])).toBe('--date');
		expect(suggestOption('--conten=x', ['content'])).toBe('--content');
		expect(suggestOption('--bogus', ['out', 'date', 'page'])).toBeUndefined();
		expect(suggestOption('--x', ['fix'])).toBeUndefined();
	});

	it('new --titel: did you mean --title, then the usage', async () => {
		const result = await runInProcess(newArticle.run, ['--titel', '走访慰问']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✖ 未知选项 (unknown option)：--titel。是不是要写 --title？(did you mean --title?)');
		expect(result.stderr).toContain(newArticle.USAGE);
	});

	it('lint-content --fx and build --qiet get their suggestions', async () => {
		expect((await runInProcess(lintContent.run, ['--fx'])).stderr).toContain('是不是要写 --fix？');
		expect((await runInProcess(build.run, ['--qiet'])).stderr).toContain('是不是要写 --quiet？');
	});

	it('an option nothing resembles is named without a guess', async () => {
		const result = await runInProcess(build.run, ['--bogus']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('未知选项 (unknown option)：--bogus');
		expect(result.stderr).not.toContain('是不是要写');
	});

	it('a missing value and a stray argument are explained', async () => {
		expect((await runInProcess(build.run, ['--out'])).stderr).toContain('选项 --out 后面缺少值 (option needs a value)');
		expect((await runInProcess(build.run, ['dist'])).stderr).toContain('多余的参数 (unexpected argument)');
	});
});

describe('npm run new with piped answers', () => {
	it('reports every bad answer, not only the first, and writes nothing', async () => {
		const content = mkdtempSync(join(tmpdir(), 'new-piped-'));
		// title, date, genre, counties, cities, source, authors, unit, tags, page, order, kicker, subtitle
		const input = ['标题', '2022-02-30', '9', '紫杨县', '', '', '', '', '', '第三版', '', '', ''].join('\n');
		const result = await runInProcess(newArticle.run, ['--content', content], { input });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('4 个回答有误 (4 invalid answer(s))，没有写入文件');
		expect(result.stderr).toContain('见报日期 date：2022-02-30');
		expect(result.stderr).toContain('见报日期 date “2022-02-30”不是有效日期 (invalid date)：这个月没有这一天');
		expect(result.stderr).toContain('体裁 genre “9”不在可选范围内 (unknown genre)');
		expect(result.stderr).toContain('最接近的有：紫阳县');
		expect(result.stderr).toContain('版次（page）应是正整数');
		expect(existsSync(join(content, 'articles'))).toBe(false);
	});

	it('an empty required answer is one of them', async () => {
		const content = mkdtempSync(join(tmpdir(), 'new-piped-'));
		const result = await runInProcess(newArticle.run, ['--content', content], { input: '\n2022-02-09\n0\n' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('主题 title 是必填项 (required)，不能为空。');
		expect(result.stderr).toContain('体裁 genre “0”不在可选范围内');
	});

	it('a bad flag beside piped answers is listed with them', async () => {
		const content = mkdtempSync(join(tmpdir(), 'new-piped-'));
		// --date given: the questions skip it (title, genre, counties, …).
		const result = await runInProcess(newArticle.run, ['--content', content, '--date', '2022-02-30'], { input: '标题\n9\n' });
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('2 个回答有误');
		expect(result.stderr).toContain('--date 2022-02-30');
		expect(result.stderr).toContain('体裁 genre “9”');
	});

	it('every bad flag at once, too', async () => {
		const result = await runInProcess(newArticle.run, ['--title', '标题', '--date', '2022-13-01', '--page', 'x']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('--date 2022-13-01');
		expect(result.stderr).toContain('--page x');
	});
});

describe('the content folder comes from the CLI context', () => {
	it('lint:content checks the site’s articles by default, and --content’s with it', async () => {
		const own = await runInProcess(lintContent.run, []);
		const count = readdirSync(join(repoRoot, 'content/articles'), { recursive: true }).filter((f) => /\.mdx?$/.test(String(f))).length;
		expect(own.stdout).toContain(`检查了 ${count} 个文件`);

		const content = mkdtempSync(join(tmpdir(), 'lint-content-'));
		mkdirSync(join(content, 'articles/2022'), { recursive: true });
		writeFileSync(join(content, 'articles/2022/a.md'), '---\ntitle: 标题\ndate: 2022-02-09\n---\n\n工 会\n');
		const other = await runInProcess(lintContent.run, ['--content', content]);
		expect(other.status).toBe(1);
		expect(other.stdout).toContain('1 个文件中有 1 个有问题');
	});

	it('build checks --content before Astro runs and leaves the output folder alone', async () => {
		const tmp = mkdtempSync(join(tmpdir(), 'build-run-'));
		cpSync(join(repoRoot, 'tests/fixtures/basic'), join(tmp, 'content'), { recursive: true });
		const [entry] = readdirSync(join(tmp, 'content/articles'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'));
		const file = join(tmp, 'content/articles', entry!);
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^date: .*$/m, 'date: 2022-02-30'));
		const out = join(tmp, 'dist');
		const result = await runInProcess(build.run, ['--content', join(tmp, 'content'), '--out', out]);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('✖ 构建失败 (build failed)');
		expect(result.stderr).toContain(entry!);
		expect(result.stderr).toContain('“2022-02-30”不是有效日期 (invalid date)');
		expect(existsSync(out)).toBe(false);
	});

	it('build refuses a --site that is no URL', async () => {
		const result = await runInProcess(build.run, ['--site', 'news.example.cn']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('--site “news.example.cn”不是完整的网址');
	});
});

describe('npm run build without the site address', () => {
	it('warns that links, RSS and the sitemap get the placeholder, unless --site or SITE_URL is given', () => {
		expect(build.siteUrlWarning(undefined, {}, 'https://gongyun.example.cn')).toContain('没有设置网站的正式网址 (SITE_URL not set)');
		expect(build.siteUrlWarning(undefined, {}, 'https://gongyun.example.cn')).toContain('https://gongyun.example.cn');
		expect(build.siteUrlWarning('https://news.example.cn', {}, 'x')).toBeUndefined();
		expect(build.siteUrlWarning(undefined, { SITE_URL: 'https://news.example.cn' }, 'x')).toBeUndefined();
	});
});

describe('npm run edit', () => {
	it('refuses a bad port before starting anything', async () => {
		const result = await runInProcess(edit.run, ['--port', '八〇八〇']);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('不是有效的端口号');
	});
});
