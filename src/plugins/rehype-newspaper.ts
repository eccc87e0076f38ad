/**
 * Newspaper clean-up of rendered article HTML:
 * - editors paste paragraphs with their print indent (two ideographic spaces); the page indents
 *   with CSS `text-indent: 2em`, so a pasted indent would double it;
 * - feature subheads (`##`) get a class so they can be styled as centred print subheads;
 * - straight quotes typed on a half-width keyboard become Chinese paired quotes (src/lib/zh/quotes.ts),
 *   outside code.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { curlQuotes, openQuotes, type QuoteState } from '../lib/zh/quotes.ts';

const PASTED_INDENT = /^[\u3000\u00a0 \t]+/;
/** Text that is shown as typed. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);
/** Elements whose quotes pair among themselves (a quote does not run on into the next paragraph). */
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption', 'blockquote', 'div', 'section', 'aside']);

function stripIndent(children: ElementContent[]) {
	const first = children[0];
	if (first?.type === 'text') first.value = first.value.replace(PASTED_INDENT, '');
}

/** One walk over the tree: the plugins before us already walk it several times. */
function walk(node: Root | Element, quotes: QuoteState) {
	for (const child of node.children as RootContent[]) {
		if (child.type === 'text') child.value = curlQuotes(child.value, quotes);
		else if (child.type === 'element') {
			if (VERBATIM.has(child.tagName)) continue;
			if (child.tagName === 'p') stripIndent(child.children);
			if (child.tagName === 'h2' || child.tagName === 'h3') {
				const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
				child.properties.className = [...classes, 'subhead'];
			}
			walk(child, BLOCKS.has(child.tagName) ? openQuotes() : quotes);
		} else if ('children' in child) walk(child as unknown as Element, quotes); // MDX components' children
	}
}

export function newspaperRehype() {
	return (tree: Root) => walk(tree, openQuotes());
}
