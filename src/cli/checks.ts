/** Per-file checks the build runs besides the frontmatter schema. */
import { compileSync } from '@mdx-js/mdx';
import { existsSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { mdxPolicyProblems, type MdxPolicy } from '../lib/hygiene/mdx.ts';
import { mdxSyntaxError } from '../lib/messages.ts';
import type { Diagnostic, SourceFile } from '../lib/validate.ts';

const root = resolve(import.meta.dirname, '../..');
/** The one folder of components an `.mdx` article may import (tsconfig path `@mdx/*`). */
export const MDX_COMPONENTS_DIR = resolve(root, 'src/components/mdx');
const MDX_ALIAS = '@mdx/';

function mdxPolicy(file: SourceFile): MdxPolicy {
	return {
		aliasPrefix: MDX_ALIAS,
		resolve(specifier) {
			const path = specifier.startsWith(MDX_ALIAS)
				? resolve(MDX_COMPONENTS_DIR, specifier.slice(MDX_ALIAS.length))
				: /^\.\.?\//.test(specifier)
					? resolve(dirname(resolve(root, file.file)), specifier)
					: undefined;
			if (!path || !path.startsWith(MDX_COMPONENTS_DIR + sep) || !/\.astro$/.test(path)) return undefined;
			return { path, exists: existsSync(path) };
		},
	};
}

/** Imports, exports and code in `.mdx` bodies: the project's components only (src/lib/hygiene/mdx.ts). */
export function mdxPolicyCheck(file: SourceFile, body: string, bodyLine: number): Diagnostic[] {
	if (!/\.mdx$/i.test(file.entry)) return [];
	return mdxPolicyProblems(body, mdxPolicy(file)).map((p) => ({ file: file.file, line: p.line + bodyLine - 1, message: p.message }));
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
				message: mdxSyntaxError(shown, e.ruleId, e.source),
			},
		];
	}
}

export const contentChecks: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[] = [mdxSyntaxCheck, mdxPolicyCheck];
