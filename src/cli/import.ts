/**
 * `npm run import -- <版面.txt | 稿件.docx | 文件夹> [--format layout|web] [--out 目录] [--date YYYY-MM-DD] [--page N]`
 *
 * Splits a page (layout-system export or web/PDF text, detected unless --format says) into its
 * pieces, or reads Word manuscripts (one article per .docx; a folder imports each), and writes
 * one draft Markdown file per piece (`draft: true`) with the Word images beside it, then prints
 * what it found and what it could not decide. It never overwrites a file: when a name is taken
 * it writes beside it with `-2`, `-3`… and says so. The work itself is in src/lib/importer
 * (pure); this file only talks to the disk and the terminal.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { byline } from '../lib/articles.ts';
import { dateToChinaDay, parseIsoDate } from '../lib/dates.ts';
import { parseArticleFile } from '../lib/frontmatter.ts';
import { importDocx, importPage } from '../lib/importer/index.ts';
import { fileStem, renderArticle } from '../lib/importer/render.ts';
import type { ImportedArticle, ImportResult } from '../lib/importer/types.ts';
import type { DocxImage } from '../lib/importer/docx.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import {
	MISSING_IMPORT_INPUT,
	badDateFlag,
	badImportFormat,
	badPageFlag,
	cannotWrite,
	emptyFile,
	importEmptyFolder,
	importFileNotFound,
	importNotAFile,
	noPieces,
	notUtf8,
	unreadableDocx,
} from '../lib/messages.ts';
import { articleSchema } from '../lib/schemas/article.ts';
import { terminalWidth } from '../lib/zh/chars.ts';
import { parseCommandLine } from './args.ts';
import { cliContext, type CliContext } from './context.ts';
import { fail, runCommand, type CliIO } from './io.ts';

export const USAGE = `用法 (usage)：npm run import -- <版面文本.txt | 稿件.docx | 文件夹> [--format layout|web] [--out 目录] [--date YYYY-MM-DD] [--page N]
  --format  版面文本的形式：layout（排版系统导出）或 web（数字报网页 / PDF 文本）；默认自动识别
  --out     写入的目录，默认 <内容文件夹>/articles/<年份>/（--content 可另指定内容文件夹）
  --date    见报日期，默认取版头上的日期，没有则用今天（北京时间）
  --page    版次，默认取版头（如“ 3工运纵横”“第5版：职工生活”）`;

const OPTIONS = {
	out: { type: 'string' },
	date: { type: 'string' },
	page: { type: 'string' },
	format: { type: 'string' },
	content: { type: 'string' },
} as const;

const termWidth = terminalWidth;
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - termWidth(text)));

function table(rows: string[][]): string {
	const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => termWidth(r[c] ?? ''))));
	return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : pad(cell, widths[c]!))).join('  ')).join('\n');
}

const headline = (a: ImportedArticle) =>
	a.headline ? [a.headline.kicker ? `〔引〕${a.headline.kicker}` : '', a.headline.title.join(' / '), a.headline.subtitle ? `〔副〕${a.headline.subtitle}` : ''].filter(Boolean).join(' ') : '（无标题）';
const places = (a: ImportedArticle) => [...a.counties, ...a.cities].join('、') || '—';
const short = (note: string) => note.split(' (')[0]!;

/** The inputs: files as given, and every .docx / .txt in a folder given, in name order. */
function inputsOf(positionals: string[], cwd: string): string[] {
	const files: string[] = [];
	for (const given of positionals) {
		const path = resolve(cwd, given);
		if (!existsSync(path)) fail(importFileNotFound(given), USAGE);
		if (statSync(path).isDirectory()) {
			const inside = readdirSync(path)
				.filter((name) => /\.(docx|txt)$/i.test(name) && !name.startsWith('~$'))
				.sort()
				.map((name) => join(path, name));
			if (!inside.length) fail(importEmptyFolder(given));
			files.push(...inside);
		} else files.push(path);
	}
	return files;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, () => main(argv, io));
}

async function main(argv: string[], io: CliIO): Promise<number> {
	const parsed = parseCommandLine(argv, { usage: USAGE, options: OPTIONS, allowPositionals: true }, io);
	const { values, positionals } = parsed;
	const ctx = cliContext(io, { content: values.content });
	if (positionals.length === 0) fail(MISSING_IMPORT_INPUT, USAGE);
	if (values.format !== undefined && values.format !== 'layout' && values.format !== 'web') {
		fail(badImportFormat(values.format), USAGE);
	}
	const format = values.format as 'layout' | 'web' | undefined;
	let page: number | undefined;
	if (values.page !== undefined) {
		if (!/^\d+$/.test(values.page) || Number(values.page) < 1) fail(badPageFlag(values.page), USAGE);
		page = Number(values.page);
	}
	let forcedDate: string | undefined;
	if (values.date !== undefined) forcedDate = parseIsoDate(values.date) ?? fail(badDateFlag(values.date), USAGE);

	const inputs = inputsOf(positionals, io.cwd);
	const gazetteer = getGazetteer(ctx.site.homeProvince);
	const schema = articleSchema({ gazetteer, defaultColumn: ctx.site.defaultColumn });
	const shown = ctx.display;
	let failedTotal = 0;
	let docxIndex = 0;
	const docxCount = inputs.filter((f) => /\.docx$/i.test(f)).length;

	for (const input of inputs) {
		const isDocx = extname(input).toLowerCase() === '.docx';
		if (!statSync(input).isFile()) fail(importNotAFile(shown(input)));
		let result: ImportResult & { images?: DocxImage[]; warnings?: string[] };
		if (isDocx) {
			if (format) io.out(`注意 (note)：--format 只用于版面文本，${shown(input)} 按 Word 文件导入。`);
			try {
				result = await importDocx(readFileSync(input), { gazetteer, ...(page !== undefined ? { page } : {}) });
			} catch (error) {
				return fail(unreadableDocx(shown(input), (error as Error).message));
			}
			// A folder of manuscripts: number them in name order, so names do not collide.
			docxIndex++;
			if (docxCount > 1) result.articles.forEach((a) => (a.order = docxIndex));
		} else {
			const raw = readFileSync(input, 'utf8');
			// A GBK file read as UTF-8 turns into replacement characters; importing that would be garbage.
			if ((raw.match(/\uFFFD/g)?.length ?? 0) > 3) fail(notUtf8(shown(input)));
			if (!raw.trim()) fail(emptyFile(shown(input)));
			result = importPage(raw, { gazetteer, ...(page !== undefined ? { page } : {}), ...(format ? { format } : {}) });
		}
		if (!result.articles.length || result.articles.every((a) => !a.blocks.length)) fail(noPieces(shown(input)));

		let date: string;
		if (forcedDate) date = forcedDate;
		else if (result.date) {
			date = result.date;
			io.out(`未给 --date，见报日期按版面上印的 ${date} (no --date: using the date printed on the page)。`);
		} else {
			date = dateToChinaDay(new Date());
			io.out(`未给 --date，见报日期按今天（北京时间）${date} (no --date: using today in China time)。`);
		}
		const outDir = values.out !== undefined ? resolve(io.cwd, values.out) : join(ctx.articlesDir, date.slice(0, 4));
		mkdirSync(outDir, { recursive: true });
		const failed = writeResult(result, { input, date, outDir, isDocx, schema, ctx, io });
		failedTotal += failed;
	}
	return failedTotal ? 1 : 0;
}

interface Written {
	article: ImportedArticle;
	file: string;
	/** The name it wanted when that was taken. */
	wanted?: string;
	images: string[];
	problems: string[];
}

/** Writes the drafts of one input (never over a file) and prints its report; returns the failures. */
function writeResult(
	result: ImportResult & { images?: DocxImage[]; warnings?: string[] },
	options: { input: string; date: string; outDir: string; isDocx: boolean; schema: ReturnType<typeof articleSchema>; ctx: CliContext; io: CliIO },
): number {
	const { input, date, outDir, isDocx, schema, ctx, io } = options;
	const shown = ctx.display;
	// Where the draft came from, without the machine's own folders.
	const origin = relative(ctx.root, input).startsWith('..') ? basename(input) : relative(ctx.root, input);
	const written: Written[] = result.articles.map((article) => {
		const stem = fileStem(article, date);
		for (let n = 1; ; n++) {
			const name = `${stem}${n === 1 ? '' : `-${n}`}`;
			const file = join(outDir, `${name}.md`);
			const images = (result.images ?? []).map((img) => join(outDir, `${name}-${img.file}`));
			if (existsSync(file) || images.some(existsSync)) continue;
			const text = renderArticle(article, {
				date,
				...(result.page !== undefined ? { page: result.page } : {}),
				...(result.column ? { column: result.column } : {}),
				origin,
				imageStem: name,
				order: !isDocx,
			});
			// Check our own output against the schema, as the build will.
			const check = schema.safeParse(parseArticleFile(text).data);
			const problems = check.success ? [] : check.error.issues.map((i) => i.message);
			try {
				// 'wx' fails if the file exists: never overwrite, even if it appeared a moment ago.
				for (const [k, img] of (result.images ?? []).entries()) writeFileSync(images[k]!, img.data, { flag: 'wx' });
				writeFileSync(file, text, { flag: 'wx' });
				return { article, file, images, ...(n > 1 ? { wanted: `${stem}.md` } : {}), problems };
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EEXIST') fail(cannotWrite(shown(file), (error as Error).message));
			}
		}
	});

	const header = result.header ? `第 ${result.header.page} 版 · ${result.header.column}（版头，第 ${result.header.line} 行）` : result.format === 'docx' ? '' : '（无版头）';
	io.out(`\n导入 (import) ${shown(input)}：${result.formatReason}${header ? `，${header}` : ''}，见报日期 ${date}，${written.length} 篇 → ${shown(outDir)}\n`);
	io.out('找到的 (found)：');
	io.out(
		table([
			['序号', '文件 (file)', '体裁', '署名 (byline)', '单位 (unit)', '地区 (places)', '标题 (headline)'],
			...written.map((w) => [
				String(w.article.order).padStart(2, '0'),
				relative(outDir, w.file),
				w.article.genre,
				byline(w.article) || '—',
				w.article.unit ?? '—',
				places(w.article),
				headline(w.article),
			]),
		]),
	);
	io.out('\n未能确定的 (could not decide)：');
	io.out(
		table([
			['序号', '原文行 (lines)', '体裁依据 (why this genre)', '待定 (to decide)'],
			...written.map((w) => [String(w.article.order).padStart(2, '0'), `${w.article.firstLine}–${w.article.lastLine}`, w.article.genreReason, w.article.notes.map(short).join('；')]),
		]),
	);
	for (const w of written) {
		for (const problem of w.problems) io.out(`✖ ${relative(outDir, w.file)} 没通过格式自检 (schema check failed)：${problem}`);
		if (w.images.length) io.out(`图片 (images) 已写在草稿旁：${w.images.map((i) => relative(outDir, i)).join('、')}`);
	}
	io.out('\n专题 (tags)：全部未定，需要时在文件中加 tags: [专题名]。');
	if (result.unassigned.length) {
		io.out('\n没有归属的标题行 (headline lines that fit no piece; a column title?)：');
		for (const u of result.unassigned) io.out(`  第 ${u.line} 行：${u.text}`);
	}
	for (const s of result.stray) io.out(`\n没有归属的行 (stray line) 第 ${s.line} 行：${s.text}`);
	for (const note of result.notes) io.out(`\n注意 (note)：${note}`);
	for (const warning of result.warnings ?? []) io.out(`\nWord 转换提示 (mammoth)：${warning}`);

	const beside = written.filter((w) => w.wanted);
	if (beside.length) {
		io.out(`\n未覆盖已有文件 (did not overwrite)：${beside.length} 个文件名已被占用，已另存为带后缀的文件：`);
		for (const w of beside) io.out(`  ${w.wanted} 已存在 → 写入 ${relative(outDir, w.file)}`);
	}
	const failed = written.filter((w) => w.problems.length);
	io.out(
		`\n${failed.length ? `✖ ${failed.length} 个文件没通过格式自检，见上。` : '✔ 所有文件均通过格式自检 (schema check passed)。'}已写入 ${written.length} 个草稿 (draft: true)，核对后把 draft 改为 false。`,
	);
	return failed.length;
}

