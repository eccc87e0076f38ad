/**
 * `npm run lint:content [-- --fix] [--house-style newspaper|spaced] [paths…]`
 *
 * Copy lint for articles (frontmatter values and body): stray spaces, half-width punctuation,
 * straight quotes, doubled marks, unpaired brackets, and spacing by the site's `houseStyle`.
 * Paths may be files or folders; the default is every article in the site's content folder.
 * `--fix` rewrites files in place, only with the safe fixes, and lists every change.
 * Exit code 1 while problems remain.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixBytes } from '../lib/hygiene/text.ts';
import { fixText, formatProblem, lintText } from '../lib/lint/index.ts';
import { badHouseStyle, noSuchPath } from '../lib/messages.ts';
import { HOUSE_STYLES, type HouseStyle } from '../lib/schemas/site.ts';
import { parseCommandLine } from './args.ts';
import { articleEntries, cliContext } from './context.ts';
import { fail, runCommand, type CliIO } from './io.ts';

export const USAGE = `用法 (usage)：npm run lint:content -- [--fix] [--house-style newspaper|spaced] [--content 目录] [文件或文件夹…]
  不给文件时检查全部稿件（content/articles/ 下的 .md、.mdx）。
  --fix          自动改正能安全改正的问题，并列出每一处改动
  --house-style  排版风格：newspaper（中文与数字、英文之间不空格）或 spaced（加空格），默认取网站设置
  --content      稿件所在的文件夹（内有 articles/），默认 content/`;

const OPTIONS = {
	fix: { type: 'boolean', default: false },
	'house-style': { type: 'string' },
	content: { type: 'string' },
} as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, async () => {
		const { values, positionals } = parseCommandLine(argv, { usage: USAGE, options: OPTIONS, allowPositionals: true }, io);
		const ctx = cliContext(io, { content: values.content });
		const houseStyle = (values['house-style'] ?? ctx.site.houseStyle) as HouseStyle;
		if (!HOUSE_STYLES.includes(houseStyle)) fail(badHouseStyle(houseStyle), USAGE);

		/** Article files named on the command line (folders are searched for .md/.mdx), sorted. */
		const files = new Set<string>();
		for (const path of positionals.length ? positionals : [ctx.articlesDir]) {
			const abs = resolve(io.cwd, path);
			if (!existsSync(abs)) fail(noSuchPath(path), USAGE);
			if (statSync(abs).isDirectory()) for (const entry of articleEntries(abs)) files.add(join(abs, entry));
			else files.add(abs);
		}
		const sorted = [...files].sort();

		let remaining = 0;
		let fixable = 0;
		let filesWithProblems = 0;
		let fixedCount = 0;
		for (const abs of sorted) {
			const options = { houseStyle, mdx: abs.endsWith('.mdx') };
			// Encoding and control characters first: the copy rules need the text as the editor sees it.
			const bytes = fixBytes(readFileSync(abs), values.fix ?? false);
			for (const note of bytes.notes) io.out(`${ctx.display(abs)}:${note.line}\n    ${note.message}`);
			remaining += bytes.notes.filter((n) => !n.fixed).length;
			if (bytes.changed && bytes.text !== undefined) writeFileSync(abs, bytes.text);
			if (bytes.text === undefined) {
				filesWithProblems++;
				continue;
			}
			let text = bytes.text;
			if (values.fix) {
				const result = fixText(text, options);
				if (result.applied.length) {
					writeFileSync(abs, result.text);
					text = result.text;
					fixedCount += result.applied.length;
					io.out(`已修正 (fixed) ${ctx.display(abs)}：`);
					for (const change of result.applied) io.out(`  第 ${change.line} 行 (line ${change.line}:${change.column})  “${change.before}” → “${change.after}”`);
				}
			}
			const problems = lintText(text, options);
			if (!problems.length) continue;
			filesWithProblems++;
			remaining += problems.length;
			fixable += problems.filter((p) => p.fix !== undefined).length;
			for (const problem of problems) io.out(formatProblem(ctx.display(abs), problem));
		}

		const style = `排版风格 houseStyle: ${houseStyle}`;
		if (values.fix && fixedCount) io.out(`\n已自动修正 ${fixedCount} 处 (${fixedCount} fix(es) applied)。`);
		if (remaining) {
			io.out(
				`\n✖ ${sorted.length} 个文件中有 ${filesWithProblems} 个有问题，共 ${remaining} 处 (${remaining} problem(s) in ${filesWithProblems} file(s); ${style})。` +
					(fixable ? `其中 ${fixable} 处可用 npm run lint:content -- --fix 自动修正 (fixable)。` : '剩下的需要手工修改 (fix by hand)。'),
			);
			return 1;
		}
		io.out(`✔ 检查了 ${sorted.length} 个文件，没有发现问题 (no problems; ${style})。`);
		return 0;
	});
}
