/**
 * Newspaper clean-up of rendered article HTML:
 * - editors paste paragraphs with their print indent (two ideographic spaces); the page indents
 *   with CSS `text-indent: 2em`, so a pasted indent would double it;
 * - feature subheads (`##`) get a class so they can be styled as centred print subheads;
 * - straight quotes typed on a half-width keyboard become Chinese paired quotes (src/lib/zh/quotes.ts),
 *   outside code.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { curlQuotes } from '../lib/zh/quotes.ts';

const PASTED_INDENT = /^[\u3000\u00a0 \t]+/;
/** Text that is shown as typed. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
/** Elements whose quotes pair among themselves (a quote does not run on into the next paragraph). */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'blockquote', 'div', 'section', 'aside']);

function stripIndent(children: ElementContent[]) {
	const first = children[0];
	if (first?.type === 'text') first.value = first.value.replace(PASTED_INDENT, '');
}

/** The quotes of a block's texts, paired across them. */
function pairQuotes(texts: Text[]) {
	curlQuotes(texts.map((t) => t.value)).forEach((value, i) => (texts[i]!.value = value));
}

/**
 * One walk over the tree (the plugins before us already walk it several times), gathering each
 * block's texts, outside code, into `texts`.
 */
function walk(node: Root | Element, texts: Text[]) {
	for (const child of node.children as RootContent[]) {
		if (child.type === 'text') texts.push(child);
		else if (child.type === 'element') {
			if (VERBATIM.has(child.tagName)) continue;
			if (child.tagName === 'p') stripIndent(child.children);
			if (child.tagName === 'h2' || child.tagName === 'h3') {
				const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
				child.properties.className = [...classes, 'subhead'];
			}
			if (BLOCKS.has(child.tagName)) {
				const own: Text[] = [];
				walk(child, own);
				pairQuotes(own);
			} else walk(child, texts);
		} else if ('children' in child) walk(child as unknown as Element, texts); // MDX components' children
	}
}

export function newspaperRehype() {
	return (tree: Root) => {
		const texts: Text[] = [];
		walk(tree, texts);
		pairQuotes(texts);
	};
}
