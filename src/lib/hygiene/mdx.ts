/**
 * MDX is for the project's own components, not for code. An `.mdx` article runs at build time
 * with the build machine's rights, so `export const x = process.env.SECRET` or an import of
 * `node:fs` would publish the machine's secrets and files. This check allows only:
 * - `import X from '@mdx/X.astro'` (or a relative path) of a component in the trusted folder
 *   (`src/components/mdx/`), which must exist;
 * - JSX of those components (and plain HTML tags, which the sanitiser then cleans);
 * - `{…}` expressions that use none of the names that reach the machine (process, require,
 *   globalThis, import.meta, dynamic import(), eval, Function, constructor chains).
 * Exports are refused outright: an article's data belongs in its frontmatter.
 */
import { createProcessor } from '@mdx-js/mdx';
import { MDX_NO_EXPORTS, mdxComponentMissing, mdxForbiddenCode, mdxImportNotAllowed, mdxNotImported } from '../messages.ts';

export interface MdxProblem {
	/** 1-based line within the body. */
	line: number;
	message: string;
}

export interface MdxPolicy {
	/** Import prefix of the trusted folder, e.g. `@mdx/`. */
	aliasPrefix: string;
	/**
	 * Resolves an import specifier to a file path inside the trusted folder, or undefined when it
	 * points anywhere else; `exists` says whether that file is there.
	 */
	resolve(specifier: string): { path: string; exists: boolean } | undefined;
}

/** Globals and properties through which code reaches the build machine. */
const FORBIDDEN_NAMES = new Set(['process', 'require', 'module', 'exports', 'globalThis', 'global', 'window', 'self', 'eval', 'Function', 'AsyncFunction', 'Buffer', '__dirname', '__filename', 'Deno', 'Bun', 'constructor', '__proto__', 'prototype', 'Reflect', 'Proxy', 'WebAssembly', 'fetch']);

type EsNode = { type: string; [key: string]: unknown };

function walkEstree(node: unknown, visit: (node: EsNode) => void): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) {
		for (const child of node) walkEstree(child, visit);
		return;
	}
	const n = node as EsNode;
	if (typeof n.type === 'string') visit(n);
	for (const [key, value] of Object.entries(n)) {
		if (key === 'loc' || key === 'range' || key === 'start' || key === 'end' || key === 'comments') continue;
		if (value && typeof value === 'object') walkEstree(value, visit);
	}
}

type MdNode = { type: string; name?: string | null; position?: { start: { line: number } }; data?: { estree?: unknown }; attributes?: MdNode[]; value?: unknown; children?: MdNode[] };

/** Code problems of one estree program (an import/export block, an expression or attribute value). */
function codeProblems(estree: unknown, line: number, policy: MdxPolicy, imported: Set<string>): MdxProblem[] {
	const problems: MdxProblem[] = [];
	const program = estree as { body?: EsNode[] } | undefined;
	for (const statement of program?.body ?? []) {
		const at = line + (((statement.loc as { start?: { line: number } })?.start?.line ?? 1) - ((program as { loc?: { start?: { line: number } } }).loc?.start?.line ?? 1));
		if (statement.type === 'ImportDeclaration') {
			const specifier = String((statement.source as { value?: unknown }).value);
			const target = policy.resolve(specifier);
			if (!target) {
				problems.push({
					line: at,
					message: mdxImportNotAllowed(specifier, policy.aliasPrefix),
				});
			} else if (!target.exists) {
				problems.push({
					line: at,
					message: mdxComponentMissing(specifier),
				});
			}
			for (const spec of (statement.specifiers as { local?: { name?: string } }[]) ?? []) if (spec.local?.name) imported.add(spec.local.name);
			continue;
		}
		if (/^Export/.test(statement.type)) {
			problems.push({ line: at, message: MDX_NO_EXPORTS });
			continue;
		}
	}
	const seen = new Set<string>();
	walkEstree(estree, (node) => {
		let name: string | undefined;
		if (node.type === 'ImportExpression') name = 'import()';
		else if (node.type === 'MetaProperty') name = 'import.meta';
		else if (node.type === 'Identifier' && FORBIDDEN_NAMES.has(String(node.name))) name = String(node.name);
		else if (node.type === 'Literal' && typeof node.value === 'string' && FORBIDDEN_NAMES.has(node.value) && /^(constructor|__proto__|prototype)$/.test(node.value)) name = node.value;
		if (!name || seen.has(name)) return;
		seen.add(name);
		const at = line + (((node.loc as { start?: { line: number } })?.start?.line ?? 1) - ((program as { loc?: { start?: { line: number } } })?.loc?.start?.line ?? 1));
		problems.push({
			line: at,
			message: mdxForbiddenCode(name),
		});
	});
	return problems;
}

/** Problems of an `.mdx` body; lines count from the body's first line (1). Syntax errors are another check's. */
export function mdxPolicyProblems(body: string, policy: MdxPolicy): MdxProblem[] {
	let tree: MdNode;
	try {
		tree = createProcessor({ format: 'mdx' }).parse(body) as unknown as MdNode;
	} catch {
		return [];
	}
	const problems: MdxProblem[] = [];
	const imported = new Set<string>();
	const used: { name: string; line: number }[] = [];
	const visit = (node: MdNode) => {
		const line = node.position?.start.line ?? 1;
		if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
			problems.push(...codeProblems(node.data?.estree, line, policy, imported));
		}
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
			if (node.name && /^[A-Z]/.test(node.name)) used.push({ name: node.name.split('.')[0]!, line });
			for (const attr of node.attributes ?? []) {
				const estree = attr.data?.estree ?? (attr.value as MdNode | undefined)?.data?.estree;
				if (estree) problems.push(...codeProblems(estree, attr.position?.start.line ?? line, policy, imported));
			}
		}
		for (const child of node.children ?? []) visit(child);
	};
	visit(tree);
	for (const { name, line } of used) {
		if (imported.has(name)) continue;
		problems.push({ line, message: mdxNotImported(name, policy.aliasPrefix) });
	}
	return problems.sort((a, b) => a.line - b.line);
}
