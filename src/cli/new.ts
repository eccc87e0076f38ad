/**
 * `npm run new [-- --title … --date … --counties 紫阳县,靖边县 …] [--content DIR]`
 *
 * Creates `content/articles/<year>/<MMDD>-<slug>.md` with a valid frontmatter and
 * `draft: true`. With `--title`, the flags are all the answers. Without it, asks each
 * question in Chinese and checks each answer at once (on a terminal, asks again; when
 * answers are piped in, one per line, a wrong answer stops with exit code 1).
 * Never overwrites: an existing file (or one with the same URL) stops with exit code 1.
 */
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseCommandLine } from './shared.ts';
import { dateToChinaDay } from '../lib/dates.ts';
import { getGazetteer } from '../lib/places.ts';
import { FIELDS, articleEntry, checkField, parseAnswer, renderSkeleton, type FieldSpec, type SkeletonFields } from '../lib/skeleton.ts';
import { articleIdFromEntry, formatDiagnostic, validateArticles } from '../lib/validate.ts';
import { siteConfig } from '../site.config.ts';

const root = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
	console.error(`\n✖ ${message}`);
	process.exit(1);
}

const parsed = parseCommandLine(
	{
		options: {
			content: { type: 'string' },
			...Object.fromEntries(FIELDS.map((f) => [f.key, { type: 'string' as const }])),
		},
	},
	`可用参数 (options)：${FIELDS.map((f) => `--${f.key}`).join(' ')} --content DIR`,
);
const flags = parsed.values as Record<string, string | undefined>;
const contentDir = resolve(flags.content ?? join(root, 'content'));
const context = { gazetteer: getGazetteer(siteConfig.homeProvince), defaultColumn: siteConfig.defaultColumn };

/** Parses and checks one answer: the value, or the message to show. */
function evaluate(spec: FieldSpec, raw: string): { value?: unknown; error?: string } {
	const parsedAnswer = parseAnswer(spec, raw);
	if (!parsedAnswer.ok) return { error: parsedAnswer.message };
	const errors = checkField(spec.key, parsedAnswer.value, context);
	return errors.length ? { error: errors.join('\n  ') } : { value: parsedAnswer.value };
}

/** Where answers come from: a person at a terminal, or lines piped in (one per question). */
interface Answers {
	ask(prompt: string): Promise<string | undefined>;
	interactive: boolean;
	close(): void;
}

async function openAnswers(): Promise<Answers> {
	if (process.stdin.isTTY) {
		const rl = createInterface({ input: process.stdin, output: process.stdout });
		return { interactive: true, ask: (prompt) => rl.question(prompt), close: () => rl.close() };
	}
	// readline drops piped lines that arrive before a question is asked; read them all first.
	let input = '';
	for await (const chunk of process.stdin) input += chunk;
	const lines = input.split(/\r?\n/);
	return {
		interactive: false,
		ask: async (prompt) => {
			const line = lines.shift();
			process.stdout.write(`${prompt}${line ?? ''}\n`);
			return line;
		},
		close: () => {},
	};
}

const fields: Record<string, unknown> = {};
const today = dateToChinaDay(new Date());

if (flags.title !== undefined) {
	// Flags only: check every flag given; the rest stay out of the file.
	const errors: string[] = [];
	for (const spec of FIELDS) {
		const raw = flags[spec.key] ?? (spec.key === 'date' ? today : undefined);
		if (raw === undefined || (!spec.required && !raw.trim())) continue;
		const { value, error } = evaluate(spec, raw);
		if (error) errors.push(`--${spec.key} ${raw}\n  ${error}`);
		else fields[spec.key] = value;
	}
	if (errors.length) fail(`参数有误 (invalid value)：\n${errors.join('\n')}`);
} else {
	const answers = await openAnswers();
	console.log('新建文章 (new article)：逐项回答，可空的项直接回车跳过。');
	for (const spec of FIELDS) {
		if (flags[spec.key] !== undefined) {
			const { value, error } = evaluate(spec, flags[spec.key]!);
			if (error) fail(`--${spec.key} ${flags[spec.key]}\n  ${error}`);
			fields[spec.key] = value;
			continue;
		}
		const fallback = spec.key === 'date' ? today : undefined;
		for (;;) {
			const raw = (await answers.ask(`${spec.prompt}${fallback ? ` [${fallback}]` : ''}：`))?.trim() ?? '';
			const answer = raw || fallback || '';
			if (!answer) {
				if (!spec.required) break;
				if (!answers.interactive) fail(`${spec.prompt.split('（')[0]} 是必填项 (required)，不能为空。`);
				console.log('  这一项必填 (required)，请输入。');
				continue;
			}
			const { value, error } = evaluate(spec, answer);
			if (!error) {
				fields[spec.key] = value;
				break;
			}
			if (!answers.interactive) fail(error);
			console.log(`  ${error}\n  请重新输入 (please try again)。`);
		}
	}
	answers.close();
}

const skeleton = fields as unknown as SkeletonFields;
if (!skeleton.title?.length) fail('主题 title 是必填项 (required)：用 --title 给出，例如 npm run new -- --title 走访慰问快递小哥。');
const entry = articleEntry(skeleton);
const articlesDir = join(contentDir, 'articles');
const target = join(articlesDir, entry);
const shown = relative(process.cwd(), target) || target;

// Same URL, other spelling or extension (0209-x.md vs 0209-X.mdx): the build would reject it.
const id = articleIdFromEntry(entry);
const twin = existsSync(articlesDir) ? globSync('**/*.{md,mdx}', { cwd: articlesDir }).find((e) => articleIdFromEntry(e) === id) : undefined;
if (existsSync(target) || twin) {
	const existing = relative(process.cwd(), twin ? join(articlesDir, twin) : target);
	fail(`文件已存在 (file exists)：${existing}\n  没有覆盖它 (not overwritten)。请直接编辑这个文件，或换一个标题再运行。`);
}

const text = renderSkeleton(skeleton);
// The skeleton must pass the same check as the build, or it is no help to anyone.
const { diagnostics } = validateArticles([{ file: shown, entry, source: text }], context);
if (diagnostics.length) fail(`生成的文件没有通过检查 (internal error)：\n${diagnostics.map(formatDiagnostic).join('\n')}`);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, text, { flag: 'wx' });
console.log(
	[
		'',
		`✔ 已创建 (created) ${shown}`,
		'',
		'下一步 (next steps)：',
		`  1. 打开 ${shown}，在注释处写正文（每段一行，段与段之间空一行）。`,
		'  2. npm run dev 启动预览，在浏览器里查看（草稿 draft: true 只在预览中显示）。',
		'  3. npm run lint:content 检查排版。',
		'  4. 定稿后把 draft: true 改为 draft: false，再 npm run build 生成网站。',
	].join('\n'),
);
// Echo the frontmatter so that a piped run shows what was written.
if (!process.stdout.isTTY) console.log(`\n${readFileSync(target, 'utf8')}`);
