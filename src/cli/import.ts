/**
 * `npm run import -- <page.txt> [--out <dir>] [--date YYYY-MM-DD] [--page N]`
 *
 * Splits a page exported by the layout system into its pieces and writes one draft Markdown
 * file per piece (`draft: true`), then prints what it found and what it could not decide.
 * It never overwrites a file: when a name is taken it writes beside it with `-2`, `-3`… and
 * says so. The work itself is in src/lib/importer (pure); this file only talks to the disk
 * and the terminal.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseCommandLine } from './shared.ts';
import { dateToChinaDay, parseIsoDate } from '../lib/dates.ts';
import { parseArticleFile } from '../lib/frontmatter.ts';
import { fileStem, importPage, renderArticle, type ImportedArticle } from '../lib/importer/index.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import { articleSchema } from '../lib/schemas/article.ts';
import { siteConfig } from '../site.config.ts';

const root = resolve(import.meta.dirname, '../..');

const USAGE = `用法 (usage)：npm run import -- <版面文本.txt> [--out 目录] [--date YYYY-MM-DD] [--page N]
  --out   写入的目录，默认 content/articles/<年份>/
  --date  见报日期，默认今天（北京时间）
  --page  版次，默认取版头（如“ 3工运纵横”）`;

function fail(message: string): never {
	console.error(`✖ ${message}\n\n${USAGE}`);
	process.exit(1);
}

const parsed = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			date: { type: 'string' },
			page: { type: 'string' },
			help: { type: 'boolean', short: 'h', default: false },
		},
	},
	USAGE,
);
const { values, positionals } = parsed;
if (values.help) {
	console.log(USAGE);
	process.exit(0);
}
if (positionals.length === 0) fail('缺少版面文本文件 (missing input file)。');
if (positionals.length > 1) fail(`一次只导入一个版面文件 (one file at a time)，收到 ${positionals.length} 个：${positionals.join('、')}。`);

const input = resolve(positionals[0]!);
if (!existsSync(input)) fail(`找不到文件 (file not found)：${positionals[0]}`);
if (!statSync(input).isFile()) fail(`不是文件 (not a file)：${positionals[0]}`);

let date: string;
if (values.date !== undefined) {
	date = parseIsoDate(values.date) ?? fail(`见报日期“${values.date}”无效 (bad date)：写成 年-月-日，例如 --date 2022-02-09。`);
} else {
	date = dateToChinaDay(new Date());
	console.log(`未给 --date，见报日期按今天（北京时间）${date} (no --date: using today in China time)。`);
}

let page: number | undefined;
if (values.page !== undefined) {
	if (!/^\d+$/.test(values.page) || Number(values.page) < 1) fail(`版次“${values.page}”无效 (bad page)：应是正整数，例如 --page 3。`);
	page = Number(values.page);
}

const raw = readFileSync(input, 'utf8');
// A GBK file read as UTF-8 turns into replacement characters; importing that would be garbage.
if ((raw.match(/\uFFFD/g)?.length ?? 0) > 3) fail(`文件不是 UTF-8 编码 (not UTF-8)：${positionals[0]}。请先另存为 UTF-8。`);
if (!raw.trim()) fail(`文件是空的 (empty file)：${positionals[0]}`);

const gazetteer = getGazetteer(siteConfig.homeProvince);
const result = importPage(raw, { gazetteer, ...(page !== undefined ? { page } : {}) });
if (!result.articles.length) fail(`没有在 ${positionals[0]} 里找到稿件 (no pieces found)。`);

const outDir = resolve(values.out ?? join(root, 'content', 'articles', date.slice(0, 4)));
mkdirSync(outDir, { recursive: true });
const schema = articleSchema({ gazetteer, defaultColumn: siteConfig.defaultColumn });
/** A path as the user typed it would look: relative when inside the working folder. */
const shown = (path: string) => {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') ? rel : path;
};

interface Written {
	article: ImportedArticle;
	file: string;
	/** The name it wanted when that was taken. */
	wanted?: string;
	problems: string[];
}

const written: Written[] = result.articles.map((article) => {
	const text = renderArticle(article, {
		date,
		...(result.page !== undefined ? { page: result.page } : {}),
		...(result.column ? { column: result.column } : {}),
		// Where the draft came from, without the machine's own folders.
		origin: relative(root, input).startsWith('..') ? basename(input) : relative(root, input),
	});
	// Check our own output against the schema, as the build will.
	const check = schema.safeParse(parseArticleFile(text).data);
	const problems = check.success ? [] : check.error.issues.map((i) => i.message);
	const stem = fileStem(article, date);
	for (let n = 1; ; n++) {
		const file = join(outDir, `${stem}${n === 1 ? '' : `-${n}`}.md`);
		try {
			// 'wx' fails if the file exists: never overwrite, even if it appeared a moment ago.
			writeFileSync(file, text, { flag: 'wx' });
			return { article, file, ...(n > 1 ? { wanted: `${stem}.md` } : {}), problems };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(`写不进 ${shown(file)} (cannot write)：${(error as Error).message}`);
		}
	}
});

// ---- report ---------------------------------------------------------------------------

/** Terminal columns: Chinese characters and full-width marks take two. */
function termWidth(text: string): number {
	let width = 0;
	for (const ch of text) width += /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
	return width;
}
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - termWidth(text)));

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => termWidth(r[c] ?? ''))));
	return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!))).join('  ')).join('\n');
}

const byline = (a: ImportedArticle) =>
	[a.source && a.authors.length ? `${a.source}（${a.authors.join(' ')}）` : a.source, !a.source && a.authors.length ? `□${a.authors.join(' ')}` : '', a.photographers.length ? `□${a.photographers.join(' ')} 摄` : '']
		.filter(Boolean)
		.join(' ') || '—';
const headline = (a: ImportedArticle) => (a.headline ? [a.headline.kicker ? `〔引〕${a.headline.kicker}` : '', a.headline.title.join(' / '), a.headline.subtitle ? `〔副〕${a.headline.subtitle}` : ''].filter(Boolean).join(' ') : '（无标题）');
const places = (a: ImportedArticle) => [...a.counties, ...a.cities].join('、') || '—';
const short = (note: string) => note.split(' (')[0]!;

const header = result.header ? `第 ${result.header.page} 版 · ${result.header.column}（版头，第 ${result.header.line} 行）` : '（无版头）';
console.log(`\n导入 (import) ${shown(input)}：${header}，见报日期 ${date}，${written.length} 篇 → ${shown(outDir)}\n`);
console.log('找到的 (found)：');
console.log(
	table([
		['序号', '文件 (file)', '体裁', '署名 (byline)', '单位 (unit)', '地区 (places)', '标题 (headline)'],
		...written.map((w) => [
			String(w.article.order).padStart(2, '0'),
			relative(outDir, w.file),
			w.article.genre,
			byline(w.article),
			w.article.headline?.unit ?? '—',
			places(w.article),
			headline(w.article),
		]),
	]),
);
console.log('\n未能确定的 (could not decide)：');
console.log(
	table([
		['序号', '原文行 (lines)', '体裁依据 (why this genre)', '待定 (to decide)'],
		...written.map((w) => [
			String(w.article.order).padStart(2, '0'),
			`${w.article.firstLine}–${w.article.lastLine}`,
			w.article.genreReason,
			w.article.notes.map(short).join('；'),
		]),
	]),
);
for (const w of written) {
	for (const problem of w.problems) console.log(`✖ ${relative(outDir, w.file)} 没通过格式自检 (schema check failed)：${problem}`);
}
console.log('\n专题 (tags)：全部未定，需要时在文件中加 tags: [专题名]。');
if (result.unassigned.length) {
	console.log('\n没有归属的标题行 (headline lines that fit no piece; a column title?)：');
	for (const u of result.unassigned) console.log(`  第 ${u.line} 行：${u.text}`);
}
for (const s of result.stray) console.log(`\n没有归属的行 (stray line) 第 ${s.line} 行：${s.text}`);
for (const note of result.notes) console.log(`\n注意 (note)：${note}`);

const beside = written.filter((w) => w.wanted);
if (beside.length) {
	console.log(`\n未覆盖已有文件 (did not overwrite)：${beside.length} 个文件名已被占用，已另存为带后缀的文件：`);
	for (const w of beside) console.log(`  ${w.wanted} 已存在 → 写入 ${relative(outDir, w.file)}`);
}
const failed = written.filter((w) => w.problems.length);
console.log(
	`\n${failed.length ? `✖ ${failed.length} 个文件没通过格式自检，见上。` : '✔ 所有文件均通过格式自检 (schema check passed)。'}已写入 ${written.length} 个草稿 (draft: true)，核对后把 draft 改为 false。`,
);
if (failed.length) process.exit(1);
