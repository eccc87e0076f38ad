/** Per-file checks the build runs besides the frontmatter schema. */
import { compileSync } from '@mdx-js/mdx';
import { mdxSyntaxError } from '../lib/messages.ts';
import type { Diagnostic, SourceFile } from '../lib/validate.ts';

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
				message: mdxSyntaxError(shown, e.ruleId, e.source),
			},
		];
	}
}

export const contentChecks: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[] = [mdxSyntaxCheck];
