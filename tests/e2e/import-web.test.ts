/**
 * `npm run import` on a web / PDF page text: the form is detected (and can be forced), the
 * page header gives page, column and date, and every piece gets its own draft.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCommand } from '../helpers/cli.ts';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/lib/frontmatter.ts';
import { repoRoot } from '../helpers/site.ts';

const page = join(repoRoot, 'tests/fixtures/import/tianfu-web.txt');
const importCli = (...args: string[]) => spawnCommand('import', args);

describe('npm run import on a web page text', () => {
	it('detects the form, takes page, column and date from the header, one draft per piece', () => {
		const out = mkdtempSync(join(tmpdir(), 'import-web-'));
		const run = importCli(page, '--out', out);
		expect(run.status, run.stderr).toBe(0);
		expect(run.stdout).toContain('网页/PDF 文本 (web/PDF text)');
		expect(run.stdout).toContain('见报日期按版面上印的 2024-03-05');
		const files = readdirSync(out).sort();
		expect(files).toEqual(['0305-01-chengdu.md', '0305-02-linyuan.md', '0305-03-dongpo.md', '0305-04-jingyang.md']);
		const first = parseArticleFile(readFileSync(join(out, files[0]!), 'utf8'));
		expect(first.data).toMatchObject({ page: 5, column: '职工生活', date: new Date('2024-03-05'), kicker: '成都市总工会推出“蓉e暖”服务清单' });
		expect(readFileSync(join(out, files[1]!), 'utf8')).toContain('版面栏目 (column label): 短评');
		// The photo caption has no headline: reported, and the placeholder keeps it a draft.
		expect(readFileSync(join(out, files[2]!), 'utf8')).toMatch(/title: 待定（无标题）[\s\S]*draft: true/);
	});

	it('--format forces a form, and a wrong value is a clear error', () => {
		const out = mkdtempSync(join(tmpdir(), 'import-web-'));
		const forced = importCli(page, '--out', out, '--format', 'layout', '--date', '2024-03-05');
		expect(forced.stdout).toContain('按 --format layout (forced)');
		const bad = importCli(page, '--out', out, '--format', 'pdf');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toContain('--format “pdf”无效 (bad format)');
	});
});
