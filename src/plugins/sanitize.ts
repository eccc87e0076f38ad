/**
 * Article bodies are editors' text, not code: whatever HTML they paste (or an attacker slips
 * into an imported page) is cut down to what a news story needs before it reaches a reader.
 *
 * Runs first among our rehype plugins, for `.md` and `.mdx` alike (MDX inherits the Markdown
 * processor's plugins). In Markdown, raw HTML is still unparsed `raw` nodes at this point (Astro
 * parses it only after the user plugins), so it is parsed here first; in MDX, lowercase JSX tags
 * (`<img onerror=…>`, `<script>`) are turned into plain elements and sanitised the same way,
 * while the project's own components and the module code the MDX check allowed are kept.
 */
import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';

export interface SanitizeOptions {
	/** Host names whose `https:` pages may be embedded with `<iframe>` (exact, or a sub-domain of one). */
	embedHosts?: readonly string[];
}

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];

/**
 * GitHub's allowlist (hast-util-sanitize's default) plus what a newspaper story uses: figures
 * with captions, table captions and column groups, ruby, marks, time, and allowlisted embeds.
 * No `style`, no event handlers, no forms; links and images only over http(s) (plus mailto/tel
 * links) or relative paths, so `javascript:` and `data:` URLs are dropped.
 */
export const newsSchema: Schema = {
	...defaultSchema,
	// No `input`: GitHub allows task-list checkboxes, a news story has none.
	tagNames: [...(defaultSchema.tagNames ?? []).filter((tag) => tag !== 'input'), 'figure', 'figcaption', 'caption', 'colgroup', 'col', 'mark', 'small', 'cite', 'abbr', 'time', 'u', 'rb', 'iframe'],
	attributes: {
		...defaultSchema.attributes,
		// Footnote ids and their references come from remark-rehype already prefixed `user-content-`;
		// ids an editor typed could clash with the page's own (`main`), so only those survive.
		'*': [...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'), ['id', /^user-content-|^footnote-label$/]],
		a: [...(defaultSchema.attributes?.a ?? []).filter((name) => name !== 'ariaDescribedBy'), ['ariaDescribedBy', /^user-content-|^footnote-label$/]],
		h2: [['className', 'visually-hidden']],
		img: [...aria, 'src', 'alt', 'title', 'width', 'height', ['loading', 'lazy', 'eager']],
		time: ['dateTime'],
		col: ['span'],
		colgroup: ['span'],
		td: ['colSpan', 'rowSpan', 'headers'],
		th: ['colSpan', 'rowSpan', 'headers', 'scope'],
		iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
	},
	// Prefixing is done by the id rule above (clobbering twice would break footnote links).
	clobber: [],
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'] },
	// Removed with their content (other unknown tags are unwrapped, keeping their text).
	strip: ['script', 'style', 'noscript', 'template', 'textarea', 'select', 'object', 'embed', 'svg', 'math'],
};

/** Whether `src` may be embedded: https, and the host is listed or a sub-domain of a listed one. */
export function embedAllowed(src: unknown, hosts: readonly string[]): boolean {
	if (typeof src !== 'string') return false;
	let url: URL;
	try {
		url = new URL(src);
	} catch {
		return false;
	}
	if (url.protocol !== 'https:' || url.username || url.password) return false;
	const host = url.hostname.toLowerCase();
	return hosts.some((allowed) => host === allowed.toLowerCase() || host.endsWith(`.${allowed.toLowerCase()}`));
}

type MdxNode = { type: string; name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: MdxNode[] };

const MDX_CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
const MDX_JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);

/**
 * Swaps every MDX node the sanitiser does not know for a placeholder element (keeping a
 * component's children inside it, so they are sanitised too) and turns lowercase JSX tags into
 * plain elements. Returns the function that puts the kept nodes back.
 */
function protectMdx(tree: Root): (clean: Root) => void {
	const token = `k${Math.random().toString(36).slice(2)}-`;
	const kept: MdxNode[] = [];
	const placeholder = (node: MdxNode, children: ElementContent[]): Element => {
		kept.push(node);
		return { type: 'element', tagName: 'gy-keep', properties: { dataKeep: `${token}${kept.length - 1}` }, children };
	};
	const convert = (nodes: MdxNode[]): ElementContent[] =>
		nodes.map((node) => {
			if (MDX_CODE.has(node.type)) return placeholder(node, []);
			if (MDX_JSX.has(node.type)) {
				const children = convert(node.children ?? []);
				if (node.name && /^[a-z][a-z0-9-]*$/.test(node.name)) {
					// Only literal attributes: an expression value is code, and code does not become markup.
					const props: Record<string, string | boolean> = {};
					for (const attr of node.attributes ?? []) {
						if (attr.type === 'mdxJsxAttribute' && attr.name && (typeof attr.value === 'string' || attr.value == null)) props[attr.name] = attr.value ?? true;
					}
					const element = h(node.name, props);
					element.children = children;
					return element;
				}
				// A component (capitalised or member name) or fragment: trusted, its children sanitised.
				return placeholder(node, children);
			}
			if ('children' in node && Array.isArray(node.children)) (node as unknown as Element).children = convert(node.children);
			return node as unknown as ElementContent;
		});
	tree.children = convert(tree.children as unknown as MdxNode[]) as RootContent[];

	return (clean) => {
		const restore = (nodes: Nodes[]): Nodes[] =>
			nodes.map((node) => {
				if (node.type === 'element' && node.tagName === 'gy-keep') {
					const id = String(node.properties.dataKeep ?? '');
					const original = id.startsWith(token) ? kept[Number(id.slice(token.length))] : undefined;
					if (original) {
						if (MDX_JSX.has(original.type)) original.children = restore(node.children) as unknown as MdxNode[];
						return original as unknown as Nodes;
					}
				}
				if ('children' in node) (node as Element).children = restore(node.children) as ElementContent[];
				return node;
			});
		clean.children = restore(clean.children) as RootContent[];
	};
}

/** Rehype plugin: `[sanitizeRehype, { embedHosts }]`. */
export function sanitizeRehype(options: SanitizeOptions = {}) {
	const hosts = options.embedHosts ?? [];
	const schema: Schema = { ...newsSchema, tagNames: [...(newsSchema.tagNames ?? []), 'gy-keep'], attributes: { ...newsSchema.attributes, 'gy-keep': ['dataKeep'] } };
	const clean = rehypeSanitize(schema);
	const parseRaw = rehypeRaw();
	return (input: Root, file: Parameters<typeof parseRaw>[1]): Root => {
		let tree = input;
		let hasRaw = false;
		let hasMdx = false;
		visit(tree, (node) => {
			if (node.type === 'raw') hasRaw = true;
			else if (MDX_CODE.has(node.type) || MDX_JSX.has(node.type)) hasMdx = true;
		});
		const restore = hasMdx ? protectMdx(tree) : undefined;
		if (hasRaw) tree = parseRaw(tree, file);
		const result = clean(tree);
		visit(result, 'element', (node, index, parent) => {
			if (node.tagName !== 'iframe') return;
			if (!embedAllowed(node.properties.src, hosts) || !parent || index === undefined) {
				parent?.children.splice(index!, 1);
				return [SKIP, index];
			}
			// An embed gets no more than it needs; it loads only when scrolled to.
			Object.assign(node.properties, { loading: 'lazy', referrerPolicy: 'strict-origin-when-cross-origin', sandbox: 'allow-scripts allow-same-origin allow-popups allow-presentation' });
			node.children = [];
		});
		restore?.(result);
		return result;
	};
}
