/** `npm run new`: flags, refusal to overwrite, clear errors, and answers piped in line by line. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles } from '../../src/lib/validate.ts';
import { spawnCommand } from '../helpers/cli.ts';

/** Through the bin, with answers on a real pipe, as `npm run new` runs. */
function runNew(args: string[], input = '') {
	return spawnCommand('new', args, { input });
}

function isValid(path: string, entry: string) {
	return validateArticles([{ file: path, entry, source: readFileSync(path, 'utf8') }], {
		gazetteer: getGazetteer('陕西省'),
		defaultColumn: '工运纵横',
	}).diagnostics;
}

describe('npm run new', () => {
	const content = mkdtempSync(join(tmpdir(), 'new-article-'));
	const flags = ['--content', content, '--title', '走访慰问 为快递小哥送上关爱', '--date', '2022-02-09', '--counties', '紫阳县,靖边县', '--genre', '消息', '--source', '本报讯', '--authors', '记者 刘强,王山功', '--tags', '送温暖', '--page', '3', '--order', '3'];
	const expected = join(content, 'articles/2022/0209-03-zoufang-weiwen-wei.md');

	it('writes a valid draft skeleton from flags and says what to do next', () => {
		const run = runNew(flags);
		expect(run.stderr).not.toContain('✖');
		expect(run.status).toBe(0);
		expect(existsSync(expected)).toBe(true);
		expect(run.stdout).toContain('0209-03-zoufang-weiwen-wei.md');
		expect(run.stdout).toContain('npm run dev');
		const text = readFileSync(expected, 'utf8');
		expect(text).toContain('draft: true');
		expect(text).toContain('counties: [紫阳县, 靖边县]');
		expect(text).toContain('authors: [记者 刘强, 王山功]');
		expect(text).toContain('<!--');
		expect(isValid(expected, '2022/0209-03-zoufang-weiwen-wei.md')).toEqual([]);
	});

	it('refuses to overwrite, naming the file', () => {
		writeFileSync(expected, readFileSync(expected, 'utf8') + '\n已经写好的正文。\n');
		const before = readFileSync(expected, 'utf8');
		const run = runNew(flags);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('文件已存在 (file exists)');
		expect(run.stderr).toContain('0209-03-zoufang-weiwen-wei.md');
		expect(readFileSync(expected, 'utf8')).toBe(before);
	});

	it('stops on a bad date or place with a clear message and writes nothing', () => {
		const run = runNew(['--content', content, '--title', '新的标题', '--date', '2022-02-30', '--counties', '紫杨县']);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('见报日期 date “2022-02-30”不是有效日期 (invalid date)');
		expect(run.stderr).toContain('“紫杨县”不是已知的县级行政区');
		expect(run.stderr).toContain('紫阳县');
		expect(readdirSync(join(content, 'articles/2022'))).toEqual(['0209-03-zoufang-weiwen-wei.md']);
	});

	it('asks the questions in order when answers are piped in, one per line', () => {
		// title, date, genre, counties, cities, source, authors, unit, tags, page, order, kicker, subtitle
		const answers = ['工会晒出为企业贡献有多大|企业晒出对工会支持有多强', '2022-2-9', '2', '盐城市滨海县', '', '据《工人日报》', '', '', '工企互助,劳动竞赛', '3', '1', '江苏滨海县建立工企互助绩效“晒台”', ''];
		const run = runNew(['--content', content], answers.join('\n') + '\n');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('主题 title');
		expect(run.stdout).toContain('见报日期 date');
		const entry = run.stdout.match(/(2022\/0209-01-[a-z0-9-]+\.md)/)?.[1];
		expect(entry).toBeDefined();
		const path = join(content, 'articles', entry!);
		const text = readFileSync(path, 'utf8');
		expect(text).toContain('title:\n  - 工会晒出为企业贡献有多大\n  - 企业晒出对工会支持有多强\n');
		expect(text).toContain('genre: 通讯');
		expect(text).toContain('counties: [盐城市滨海县]');
		expect(text).toContain('kicker: 江苏滨海县建立工企互助绩效“晒台”');
		expect(isValid(path, entry!)).toEqual([]);
	});

	it('stops at a wrong piped answer, with the suggestion', () => {
		const run = runNew(['--content', content], '另一篇\n2022-02-10\n1\n紫杨县\n');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('紫杨县');
		expect(run.stderr).toContain('最接近的有：紫阳县');
	});

	it('answers --help through the bin, as npm run new -- --help does', () => {
		const run = runNew(['--help']);
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('用法 (usage)：npm run new');
	});
});

describe('src/cli/bin.ts', () => {
	it('names an unknown command and the known ones', () => {
		const run = spawnCommand('nwe', []);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('未知命令 (unknown command)：nwe');
		expect(run.stderr).toContain('build、edit、new、lint-content');
	});
});
