/**
 * `npm run new [-- --title … --date … --counties 紫阳县,靖边县 …] [--content DIR]`
 *
 * Creates `content/articles/<year>/<MMDD>-<slug>.md` with a valid frontmatter and
 * `draft: true`. With `--title`, the flags are all the answers. Without it, asks each
 * question in Chinese and checks each answer at once (on a terminal, asks again; when
 * answers are piped in, one per line, every wrong answer is listed and nothing is written).
 * Never overwrites: an existing file (or one with the same URL) stops with exit code 1.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dateToChinaDay } from '../lib/dates.ts';
import { getGazetteer } from '../lib/gazetteer.ts';
import { articleIdFromEntry } from '../lib/ids.ts';
import { TITLE_FLAG_REQUIRED, fileExists, invalidAnswers, invalidFlags, requiredAnswer, skeletonInvalid } from '../lib/messages.ts';
import { FIELDS, articleEntry, checkField, parseAnswer, renderSkeleton, type FieldSpec, type SkeletonFields } from '../lib/skeleton.ts';
import { formatDiagnostic, validateArticles } from '../lib/validate.ts';
import { parseCommandLine } from './args.ts';
import { articleEntries, cliContext } from './context.ts';
import { fail, runCommand, type CliIO } from './io.ts';

export const USAGE = `用法 (usage)：npm run new [-- --title 标题 --date 年-月-日 …] [--content 目录]
  不带参数时逐项提问；给了 --title 就不再提问，用参数作为全部内容。
  可用参数 (options)：${FIELDS.map((f) => `--${f.key}`).join(' ')} --content DIR
  例如：npm run new -- --title 走访慰问快递小哥 --date 2022-02-09 --counties 紫阳县,靖边县`;

const OPTIONS = {
	content: { type: 'string' },
	...(Object.fromEntries(FIELDS.map((f) => [f.key, { type: 'string' }])) as Record<FieldSpec['key'], { type: 'string' }>),
} as const;

/** A question's name without its hint: `主题 title`. */
const questionName = (spec: FieldSpec) => spec.prompt.split('（')[0]!;

/** Where answers come from: a person at a terminal, or lines piped in (one per question). */
interface Answers {
	ask(prompt: string): Promise<string | undefined>;
	interactive: boolean;
}

async function openAnswers(io: CliIO): Promise<Answers> {
	if (io.interactive) return { interactive: true, ask: (prompt) => io.ask(prompt) };
	// readline drops piped lines that arrive before a question is asked; read them all first.
	const lines = (await io.readInput()).split(/\r?\n/);
	return {
		interactive: false,
		ask: async (prompt) => {
			const line = lines.shift();
			io.out(`${prompt}${line ?? ''}`);
			return line;
		},
	};
}

export async function run(argv: string[], io: CliIO): Promise<number> {
	return runCommand(io, async () => {
		const { values } = parseCommandLine(argv, { usage: USAGE, options: OPTIONS }, io);
		const flags = values as Record<string, string | undefined>;
		const ctx = cliContext(io, { content: values.content });
		const context = { gazetteer: getGazetteer(ctx.site.homeProvince), defaultColumn: ctx.site.defaultColumn };

		/** Parses and checks one answer: the value, or the message to show. */
		function evaluate(spec: FieldSpec, raw: string): { value?: unknown; error?: string } {
			const parsedAnswer = parseAnswer(spec, raw);
			if (!parsedAnswer.ok) return { error: parsedAnswer.message };
			const errors = checkField(spec.key, parsedAnswer.value, context);
			return errors.length ? { error: errors.join('\n  ') } : { value: parsedAnswer.value };
		}

		const fields: Record<string, unknown> = {};
		const today = dateToChinaDay(new Date());
		// Every wrong value at once, so that one run shows all there is to fix.
		const errors: string[] = [];

		if (flags.title !== undefined) {
			// Flags only: check every flag given; the rest stay out of the file.
			for (const spec of FIELDS) {
				const raw = flags[spec.key] ?? (spec.key === 'date' ? today : undefined);
				if (raw === undefined || (!spec.required && !raw.trim())) continue;
				const { value, error } = evaluate(spec, raw);
				if (error) errors.push(`--${spec.key} ${raw}\n  ${error}`);
				else fields[spec.key] = value;
			}
			if (errors.length) fail(invalidFlags(errors));
		} else {
			// Flags given beside the questions answer theirs; a wrong one at a terminal stops before any question.
			for (const spec of FIELDS) {
				if (flags[spec.key] === undefined) continue;
				const { value, error } = evaluate(spec, flags[spec.key]!);
				if (error) errors.push(`--${spec.key} ${flags[spec.key]}\n  ${error}`);
				else fields[spec.key] = value;
			}
			if (errors.length && io.interactive) fail(invalidFlags(errors));
			const answers = await openAnswers(io);
			io.out('新建文章 (new article)：逐项回答，可空的项直接回车跳过。');
			for (const spec of FIELDS) {
				if (flags[spec.key] !== undefined) continue;
				const fallback = spec.key === 'date' ? today : undefined;
				for (;;) {
					const raw = (await answers.ask(`${spec.prompt}${fallback ? ` [${fallback}]` : ''}：`))?.trim() ?? '';
					const answer = raw || fallback || '';
					if (!answer) {
						if (!spec.required) break;
						if (!answers.interactive) {
							errors.push(requiredAnswer(questionName(spec)));
							break;
						}
						io.out('  这一项必填 (required)，请输入。');
						continue;
					}
					const { value, error } = evaluate(spec, answer);
					if (!error) {
						fields[spec.key] = value;
						break;
					}
					// Piped: note it and go on, so the next line still answers the next question.
					if (!answers.interactive) {
						errors.push(`${questionName(spec)}：${answer}\n  ${error}`);
						break;
					}
					io.out(`  ${error}\n  请重新输入 (please try again)。`);
				}
			}
			if (errors.length) fail(invalidAnswers(errors));
		}

		const skeleton = fields as unknown as SkeletonFields;
		if (!skeleton.title?.length) fail(TITLE_FLAG_REQUIRED);
		const entry = articleEntry(skeleton);
		const target = join(ctx.articlesDir, entry);
		const shown = ctx.display(target);

		// Same URL, other spelling or extension (0209-x.md vs 0209-X.mdx): the build would reject it.
		const id = articleIdFromEntry(entry);
		const twin = existsSync(ctx.articlesDir) ? articleEntries(ctx.articlesDir).find((e) => articleIdFromEntry(e) === id) : undefined;
		if (existsSync(target) || twin) {
			fail(fileExists(ctx.display(twin ? join(ctx.articlesDir, twin) : target)));
		}

		const text = renderSkeleton(skeleton);
		// The skeleton must pass the same check as the build, or it is no help to anyone.
		const { diagnostics } = validateArticles([{ file: shown, entry, source: text }], context);
		if (diagnostics.length) fail(skeletonInvalid(diagnostics.map(formatDiagnostic).join('\n')));

		mkdirSync(dirname(target), { recursive: true });
		writeFileSync(target, text, { flag: 'wx' });
		io.out(
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
		if (!io.outputIsTerminal) io.out(`\n${text}`);
		return 0;
	});
}
