/**
 * The styles step: Pagefind's Component UI stylesheet (`pagefind/pagefind-component-ui.css`,
 * 42 KB: every component, with comments and indentation) pruned to the components we use,
 * minified and wrapped in the `pagefind` cascade layer, written to `pagefind/gongyun/ui.css`.
 * In that layer its high-specificity selectors (`:is(*, #\#)` chains) lose to any rule of the
 * site's `components` layer (src/styles/index.css declares the order), so our theme needs none.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The cascade layer Pagefind's styles go in; src/styles/index.css declares where it sits. */
export const PAGEFIND_LAYER = 'pagefind';

/**
 * Selectors of Component UI parts this site never shows: `<pagefind-searchbox>`,
 * `<pagefind-filter-pane>`, `<pagefind-modal-trigger>`, `<pagefind-config>` and the classes only
 * they render; the default result and placeholder templates of `<pagefind-results>` (ui.ts and
 * SearchPanel.astro give it ours: .gy-result); classes no component renders (pf-key, pf-empty…).
 * The search UI uses pagefind-modal (header, body, footer), -input, -summary, -results,
 * -filter-dropdown and -keyboard-hints; their rules stay.
 */
export const UNUSED_COMPONENT_CSS =
	/(?:^|[\s>+~(,])pagefind-(?:searchbox|filter-pane|modal-trigger|config)\b|\.pf-(?:searchbox|sb-|filter-|checkbox-input|option-offset|trigger-|key\b|modal-footer-(?:key|hint)|empty|result(?:-|\b)|heading-|skeleton)/;

/** `text` from `start` to the brace that closes the one at `start`, skipping comments, strings and escapes. */
function blockEnd(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (c === '\\') i++;
		else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1 || text.length;
		else if (c === '"' || c === "'") {
			for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
		} else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return i;
	}
	throw new Error('pagefind-component-ui.css: unbalanced braces');
}

/** Selectors split at top-level commas (not those inside `:is(…)`). */
function splitSelectors(prelude: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let from = 0;
	for (let i = 0; i < prelude.length; i++) {
		const c = prelude[i];
		if (c === '\\') i++;
		else if (c === '(' || c === '[') depth++;
		else if (c === ')' || c === ']') depth--;
		else if (c === ',' && depth === 0) {
			parts.push(prelude.slice(from, i));
			from = i + 1;
		}
	}
	parts.push(prelude.slice(from));
	return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Pagefind's Component UI stylesheet without the rules of components we do not use: selectors
 * matching `unused` are dropped from each rule, a rule left with none goes, and so does an
 * `@media`/`@supports` left empty. Nested rules go with their parent rule.
 */
export function pruneComponentCss(css: string, unused: RegExp = UNUSED_COMPONENT_CSS): string {
	let out = '';
	let i = 0;
	while (i < css.length) {
		const open = css.indexOf('{', i);
		const semi = css.indexOf(';', i);
		if (open < 0) break;
		if (semi >= 0 && semi < open) {
			// A statement at-rule (@import, @charset, @layer a, b;).
			out += css.slice(i, semi + 1);
			i = semi + 1;
			continue;
		}
		const close = blockEnd(css, open);
		const prelude = css.slice(i, open).replace(/\/\*[\s\S]*?\*\//g, '').trim();
		const body = css.slice(open + 1, close);
		i = close + 1;
		if (/^@(media|supports|container|layer)\b/.test(prelude)) {
			const inner = pruneComponentCss(body, unused);
			if (inner.trim()) out += `${prelude}{${inner}}`;
		} else if (prelude.startsWith('@')) {
			out += `${prelude}{${body}}`;
		} else {
			const kept = splitSelectors(prelude).filter((selector) => !unused.test(selector));
			if (kept.length) out += `${kept.join(',')}{${body}}`;
		}
	}
	return out;
}

/** The Component UI stylesheet as the site loads it: pruned, minified, in its layer. */
export async function componentCss(css: string): Promise<string> {
	const { transform } = await import('esbuild');
	const result = await transform(`@layer ${PAGEFIND_LAYER}{${pruneComponentCss(css)}}`, { loader: 'css', minify: true, logLevel: 'error' });
	return result.code;
}

/** Reads Pagefind's stylesheet from `<outDir>/pagefind/` and writes ours beside it. */
export async function writeComponentCss(pagefindDir: string, outFile: string): Promise<void> {
	writeFileSync(outFile, await componentCss(readFileSync(join(pagefindDir, 'pagefind-component-ui.css'), 'utf8')));
}
