/** Per-file checks the build runs besides the frontmatter schema. */
import { compileSync } from '@mdx-js/mdx';
import type { Diagnostic, SourceFile } from '../lib/validate.ts';

/** What usually causes each kind of MDX error, for an editor who has never seen JSX. */
function mdxHint(ruleId: string | undefined, source: string | undefined): string {
	if (ruleId === 'end-tag-mismatch') {
		return '标签没有闭合 (unclosed tag)：在 .mdx 文件里 <br> 要写成 <br />，每个 <标签> 都要有对应的 </标签>；正文里的尖括号（如 <联合会>）请改用书名号或写成 \\<。';
	}
	if (source?.includes('expression')) {
		return '大括号 { } 里的内容会被当作代码 (expression)：正文里要写大括号时，请写成 \\{ 和 \\}。';
	}
	if (ruleId === 'unexpected-character' || ruleId === 'unexpected-eof') {
		return '“<” 在 .mdx 文件里表示标签的开始 (tag)：正文里要写小于号时，请写成 \\<，或改用中文“小于”。';
	}
	return '请检查这一行的 <、>、{、} 等符号 (check <, >, {, } on this line)。不需要组件的文章请用 .md 文件。';
}

/**
 * `.mdx` bodies are compiled by Astro late in the build, where a syntax error surfaces as a
 * stack trace; compiling here first gives the editor the file line and a plain explanation.
 */
export function mdxSyntaxCheck(file: SourceFile, body: string, bodyLine: number): Diagnostic[] {
	if (!/\.mdx$/i.test(file.entry)) return [];
	try {
		compileSync(body);
		return [];
	} catch (error) {
		const e = error as { line?: number; reason?: string; message?: string; ruleId?: string; source?: string };
		const reason = e.reason ?? e.message ?? String(error);
		// Positions inside the reason, e.g. `(3:4-3:8)`, count from the body; make them file lines.
		const toFile = (line: number) => line + bodyLine - 1;
		const where = e.line ?? Number(/\((\d+):\d+-/.exec(reason)?.[1] ?? NaN);
		const shown = reason.replace(/\((\d+):(\d+)-(\d+):(\d+)\)/g, (_, l1, c1, l2, c2) => `(${toFile(Number(l1))}:${c1}-${toFile(Number(l2))}:${c2})`);
		return [
			{
				file: file.file,
				line: Number.isNaN(where) ? undefined : toFile(where),
				message: `MDX 语法错误 (MDX syntax error: ${shown})。${mdxHint(e.ruleId, e.source)}`,
			},
		];
	}
}

export const contentChecks: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[] = [mdxSyntaxCheck];
