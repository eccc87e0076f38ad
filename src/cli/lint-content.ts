/**
 * `npm run lint:content [-- --fix] [--house-style newspaper|spaced] [paths…]`
 *
 * Copy lint for articles (frontmatter values and body): stray spaces, half-width punctuation,
 * straight quotes, doubled marks, unpaired brackets, and spacing by the site's `houseStyle`.
 * Paths may be files or folders; the default is every article under `content/articles`.
 * `--fix` rewrites files in place, only with the safe fixes, and lists every change.
 * Exit code 1 while problems remain.
 */
import { existsSync, globSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseCommandLine } from './shared.ts';
import { fixText, formatProblem, lintText, type HouseStyle } from '../lib/lint/index.ts';
import { siteConfig } from '../site.config.ts';

const root = resolve(import.meta.dirname, '../..');

const USAGE = '用法 (usage)：npm run lint:content -- [--fix] [--house-style newspaper|spaced] [文件或文件夹…]';

function usage(message: string): never {
	console.error(`${message}\n${USAGE}`);
	process.exit(1);
}

const parsed = parseCommandLine(
	{
		allowPositionals: true,
		options: {
			fix: { type: 'boolean', default: false },
			'house-style': { type: 'string' },
		},
	},
	USAGE,
);
const { values, positionals } = parsed;

const houseStyle = (values['house-style'] ?? siteConfig.houseStyle) as HouseStyle;
if (houseStyle !== 'newspaper' && houseStyle !== 'spaced') {
	usage(`--house-style 只能是 newspaper 或 spaced (unknown house style “${houseStyle}”)。`);
}

/** Article files named on the command line (folders are searched for .md/.mdx), sorted. */
function articleFiles(paths: string[]): string[] {
	const files = new Set<string>();
	for (const path of paths) {
		const abs = resolve(path);
		if (!existsSync(abs)) usage(`找不到 ${path} (no such file or folder)：请检查路径。`);
		if (statSync(abs).isDirectory()) {
			for (const entry of globSync('**/*.{md,mdx}', { cwd: abs })) files.add(join(abs, entry));
		} else files.add(abs);
	}
	return [...files].sort();
}

const files = articleFiles(positionals.length ? positionals : [join(root, 'content', 'articles')]);
const display = (abs: string) => relative(process.cwd(), abs) || abs;

let remaining = 0;
let fixable = 0;
let filesWithProblems = 0;
let fixedCount = 0;
for (const abs of files) {
	const options = { houseStyle, mdx: abs.endsWith('.mdx') };
	let text = readFileSync(abs, 'utf8');
	if (values.fix) {
		const result = fixText(text, options);
		if (result.applied.length) {
			writeFileSync(abs, result.text);
			text = result.text;
			fixedCount += result.applied.length;
			console.log(`已修正 (fixed) ${display(abs)}：`);
			for (const change of result.applied) console.log(`  第 ${change.line} 行 (line ${change.line}:${change.column})  “${change.before}” → “${change.after}”`);
		}
	}
	const problems = lintText(text, options);
	if (!problems.length) continue;
	filesWithProblems++;
	remaining += problems.length;
	fixable += problems.filter((p) => p.fix !== undefined).length;
	for (const problem of problems) console.log(formatProblem(display(abs), problem));
}

const style = `排版风格 houseStyle: ${houseStyle}`;
if (values.fix && fixedCount) console.log(`\n已自动修正 ${fixedCount} 处 (${fixedCount} fix(es) applied)。`);
if (remaining) {
	console.log(
		`\n✖ ${files.length} 个文件中有 ${filesWithProblems} 个有问题，共 ${remaining} 处 (${remaining} problem(s) in ${filesWithProblems} file(s); ${style})。` +
			(fixable ? `其中 ${fixable} 处可用 npm run lint:content -- --fix 自动修正 (fixable)。` : '剩下的需要手工修改 (fix by hand)。'),
	);
	process.exit(1);
}
console.log(`✔ 检查了 ${files.length} 个文件，没有发现问题 (no problems; ${style})。`);
