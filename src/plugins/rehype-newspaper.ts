/**
 * Newspaper clean-up of rendered article HTML:
 * - editors paste paragraphs with their print indent (two ideographic spaces); the page indents
 *   with CSS `text-indent: 2em`, so a pasted indent would double it;
 * - feature subheads (`##`) get a class so they can be styled as centred print subheads.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

const PASTED_INDENT = /^[\u3000\u00a0 \t]+/;

function stripIndent(children: ElementContent[]) {
	const first = children[0];
	if (first?.type === 'text') first.value = first.value.replace(PASTED_INDENT, '');
}

export function newspaperRehype() {
	return (tree: Root) => {
		visit(tree, 'element', (node: Element) => {
			if (node.tagName === 'p') stripIndent(node.children);
			if (node.tagName === 'h2' || node.tagName === 'h3') {
				const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
				node.properties.className = [...classes, 'subhead'];
			}
		});
	};
}
