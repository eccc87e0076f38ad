/**
 * `npm run import -- 稿件.docx` as an editor runs it: Word manuscripts (generated with the
 * `docx` package) into drafts with their images beside them; a folder of them; never an
 * overwrite; and the feature draft — headline, byline, two subheads, an image and a table —
 * builds into an article page.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnCommand } from '../helpers/cli.ts';
import { parseArticleFile } from '../../src/lib/frontmatter.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';
import { docxFixtures } from '../import/docx-fixtures.ts';
import { buildSite, loadPage, text } from '../helpers/site.ts';

const schema = articleSchema({ gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' });
const importCli = (...args: string[]) => spawnCommand('import', args);

let work: string;
let feature: string;
let out: string;
let first: ReturnType<typeof importCli>;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'import-docx-'));
	const docs = join(work, '来稿');
	mkdirSync(docs);
	for (const doc of docxFixtures()) writeFileSync(join(docs, doc.name), await doc.build());
	feature = join(docs, 'word-feature.docx');
	out = join(work, 'content/articles/2024');
	first = importCli(feature, '--out', out, '--date', '2024-03-08');
});

const drafts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

describe('npm run import on a Word manuscript', () => {
	it('writes one draft and its image beside it, and reports both', () => {
		expect(first.status, first.stderr).toBe(0);
		expect(drafts(out)).toEqual(['0308-01-fuping.md']);
		expect(existsSync(join(out, '0308-01-fuping-1.png'))).toBe(true);
		expect(first.stdout).toContain('Word 文件 (.docx)');
		expect(first.stdout).toContain('图片 (images) 已写在草稿旁：0308-01-fuping-1.png');
		expect(first.stdout).toContain('本报讯（本报记者 孙悦 通讯员 贺婷）');
	});

	it('keeps headline parts, roles beside names, subheads, the image with its caption, and the table', () => {
		const text = readFileSync(join(out, '0308-01-fuping.md'), 'utf8');
		const { data, body } = parseArticleFile(text);
		expect(data).toMatchObject({
			kicker: '富平县总工会“技能强县”行动见实效',
			title: '千名农民工拿到技能等级证书',
			subtitle: '培训进村、考核到厂，一年新增持证人员1260人',
			source: '本报讯',
			authors: [
				{ name: '孙悦', role: '本报记者' },
				{ name: '贺婷', role: '通讯员' },
			],
			unit: '富平县总工会',
			counties: ['富平县'],
			genre: '通讯',
			draft: true,
		});
		expect(data.order).toBeUndefined();
		expect(schema.safeParse(data).success).toBe(true);
		expect(body.match(/^## .+$/gm)).toEqual(['## 培训办到家门口', '## 证书变成“金饭碗”']);
		expect(body).toContain('![图为农民工在培训点学习电工实操。](./0308-01-fuping-1.png)');
		expect(body).toContain('| 工种 | 持证人数 | 其中高级工 |\n| --- | --- | --- |\n| 电工 | 420 | 64 |');
		expect(body).not.toContain('（富平县总工会）');
	});

	it('a second run overwrites nothing: the draft and its image go beside the first with -2', () => {
		const before = readFileSync(join(out, '0308-01-fuping.md'), 'utf8');
		const again = importCli(feature, '--out', out, '--date', '2024-03-08');
		expect(again.status).toBe(0);
		expect(readFileSync(join(out, '0308-01-fuping.md'), 'utf8')).toBe(before);
		expect(existsSync(join(out, '0308-01-fuping-2-1.png'))).toBe(true);
		expect(readFileSync(join(out, '0308-01-fuping-2.md'), 'utf8')).toContain('](./0308-01-fuping-2-1.png)');
		expect(again.stdout).toContain('未覆盖已有文件 (did not overwrite)');
	});

	it('imports every .docx of a folder, numbered in name order', () => {
		const folderOut = join(work, 'folder');
		const run = importCli(join(work, '来稿'), '--out', folderOut, '--date', '2024-03-08');
		expect(run.status, run.stderr).toBe(0);
		expect(drafts(folderOut)).toEqual(['0308-01-mian.md', '0308-02-gaoyan.md', '0308-03-fuping.md', '0308-04-hanbin.md']);
	});

	it('a file that is not a Word document is a clear Chinese error', () => {
		const bad = join(work, '坏文件.docx');
		writeFileSync(bad, 'not a zip');
		const run = importCli(bad, '--out', join(work, 'bad'));
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('读不了 Word 文件 (cannot read .docx)');
	});
});

describe('the imported Word draft builds', () => {
	it('into an article page with its headline, byline, subheads, image and table', () => {
		const content = join(work, 'content');
		const file = join(out, '0308-01-fuping.md');
		writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft: true$/m, 'draft: false'));
		// The -2 copy from the second run stays a draft, so it is not published.
		const result = buildSite({ content });
		expect(result.status, result.stderr + result.stdout).toBe(0);
		const $ = loadPage(result.outDir, '/articles/2024/0308-01-fuping/');
		expect(text($, 'h1').join('')).toContain('千名农民工拿到技能等级证书');
		expect(text($, '.byline').join('')).toContain('本报讯（本报记者 孙悦 通讯员 贺婷）');
		expect(text($, 'article h2, main h2')).toEqual(expect.arrayContaining(['培训办到家门口', '证书变成“金饭碗”']));
		expect($('main img[alt="图为农民工在培训点学习电工实操。"]').length).toBe(1);
		expect($('main table td').first().text()).toBe('电工');
	}, 240_000);
});
