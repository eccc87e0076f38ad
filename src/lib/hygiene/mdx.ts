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
					message: `MDX 只能导入本站的组件 (only the project's components may be imported)：不能导入“${specifier}”。请写成 import 组件名 from '${policy.aliasPrefix}组件名.astro'；不需要组件时请用 .md 文件。`,
				});
			} else if (!target.exists) {
				problems.push({
					line: at,
					message: `组件“${specifier}”不存在 (component not found)：src/components/mdx/ 里没有这个文件，请检查文件名（含大小写和 .astro 扩展名）。`,
				});
			}
			for (const spec of (statement.specifiers as { local?: { name?: string } }[]) ?? []) if (spec.local?.name) imported.add(spec.local.name);
			continue;
		}
		if (/^Export/.test(statement.type)) {
			problems.push({ line: at, message: 'MDX 文章里不能写 export (no exports in articles)：标题、日期等资料请写在 frontmatter 里，正文里不要写代码。' });
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
			message: `MDX 文章里不能使用 ${name} (code that reaches the build machine is not allowed)：正文里只能使用本站组件，不能读取环境变量、文件或运行代码。需要写大括号时请写成 \\{ 和 \\}。`,
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
		problems.push({ line, message: `组件 <${name}> 没有导入 (component not imported)：请在文件开头（frontmatter 之后）写 import ${name} from '${policy.aliasPrefix}${name}.astro'。` });
	}
	return problems.sort((a, b) => a.line - b.line);
}
