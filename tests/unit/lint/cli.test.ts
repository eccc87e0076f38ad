import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as lintContent } from '../../../src/cli/lint-content.ts';
import { runInProcess } from '../../helpers/cli.ts';

const run = (...args: string[]) => runInProcess(lintContent, args);

describe('npm run lint:content', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'lint-'));
	const file = join(dir, 'a.md');
	const source = '---\ntitle: 为 46名职工\ndate: 2022-02-09\n---\n\n工 会组织,好吗?他说"好"。\n';

	it('reports file:line:col with Chinese and English, exits 1, and does not touch the file', async () => {
		writeFileSync(file, source);
		const result = await run(file);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/a\.md:2:9 {2}中文与数字、英文之间不加空格 \(no space between Chinese and Latin\/digits/);
		expect(result.stdout).toMatch(/a\.md:6:2 {2}中文之间多了空格 \(stray space/);
		expect(result.stdout).toMatch(/a\.md:6:12 {2}中文里用了直引号/);
		expect(result.stdout).toContain('--fix');
		expect(readFileSync(file, 'utf8')).toBe(source);
	});

	it('--fix rewrites the safe problems, obvious quote pairs included, and lists them', async () => {
		writeFileSync(file, source);
		const result = await run('--fix', dir);
		expect(result.stdout).toContain('已修正 (fixed)');
		expect(result.stdout).toContain('“: 为 46名” → “: 为46名”');
		expect(readFileSync(file, 'utf8')).toBe('---\ntitle: 为46名职工\ndate: 2022-02-09\n---\n\n工会组织，好吗？他说“好”。\n');
		expect(result.status).toBe(0);
		const clean = await run(file);
		expect(clean.status).toBe(0);
		expect(clean.stdout).toContain('没有发现问题 (no problems');
	});

	it('--fix leaves unclear quotes (an odd number in a line) and exits 1 for them', async () => {
		const before = readFileSync(file, 'utf8');
		writeFileSync(file, '---\ntitle: 标题\ndate: 2022-02-09\n---\n\n他说"好，你说"行"。\n');
		const result = await run('--fix', dir);
		expect(result.status).toBe(1);
		expect(readFileSync(file, 'utf8')).toContain('他说"好，你说"行"。');
		expect(result.stdout).toContain('请手工修改 (not auto-fixed)');
		writeFileSync(file, before);
	});

	it('--house-style spaced asks for the spaces instead', async () => {
		const result = await run('--house-style', 'spaced', file);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('“: 为46名职工”改为“: 为 46 名职工”');
	});

	it('names a path that does not exist', async () => {
		const result = await run(join(dir, 'missing.md'));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('找不到');
	});
});
