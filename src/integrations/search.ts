/**
 * Search index as part of the build (like Starlight's Pagefind integration): at
 * `astro:build:done`, Pagefind's Node API indexes the article pages (`data-pagefind-body`) into
 * `<outDir>/pagefind/`, and we add `pagefind/gongyun/pagefind.js` — Pagefind's own API with our
 * Chinese query processing in front, and this site's small search data inlined. The search UI
 * loads it as its bundle (`bundlePath`). Any Pagefind error fails the build with its messages.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';

const WRAPPER_ENTRY = fileURLToPath(new URL('../lib/search/pagefind-entry.ts', import.meta.url));
const UI_ENTRY = fileURLToPath(new URL('../lib/search/ui.ts', import.meta.url));

export default function gongyunSearch(): AstroIntegration {
	return {
		name: 'gongyun-search',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await buildSearch(fileURLToPath(dir), logger);
			},
		},
	};
}

interface PagefindResponse {
	errors: string[];
}

/** Pagefind reports errors in its responses instead of throwing: make them fail the build. */
export function assertPagefind<T extends PagefindResponse>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind（搜索索引）${step}失败：没有返回结果 (no response)。`);
	if (response.errors.length) {
		throw new Error(`Pagefind（搜索索引）${step}失败 (${step} failed):\n${response.errors.map((e) => `  ${e}`).join('\n')}`);
	}
	return response;
}

export async function buildSearch(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
	const started = performance.now();
	const pagefind = await import('pagefind');
	try {
		const { index } = assertPagefind(await pagefind.createIndex({}), '创建索引');
		if (!index) throw new Error('Pagefind（搜索索引）没有创建索引 (no index)。');
		const { page_count } = assertPagefind(await index.addDirectory({ path: outDir }), '读取页面');
		assertPagefind(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), '写入索引');
		// Pagefind reads every page but indexes only those with data-pagefind-body (articles).
		const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
		logger.info(`Pagefind: ${indexed} 篇文章已编入索引 (indexed, of ${page_count} pages read)`);
	} finally {
		await pagefind.close();
	}

	const data = await collectSearchData(outDir);
	await writeBundle(outDir, data);
	logger.info(
		`search data: ${Object.keys(data.places).length} place keys, ${[...data.t2s].length / 2} traditional characters; ${Math.round(performance.now() - started)} ms`,
	);
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind`))
		.map((f) => join(dir, f));
}

/** The indexed region of a page, or undefined for pages Pagefind skips. */
function indexedRegion(html: string): string | undefined {
	const start = html.search(/<[a-z]+[^>]*\sdata-pagefind-body[\s>=]/);
	if (start < 0) return undefined;
	return html.slice(start);
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');
}

async function collectSearchData(outDir: string) {
	const [{ hanCharacters, traditionalMap, placePinyinMap, buildSearchData }, { siteConfig }, { getGazetteer }] = await Promise.all([
		import('../lib/search/indexing.ts'),
		import('../site.config.ts'),
		import('../lib/gazetteer.ts'),
	]);
	const chars = new Set<string>();
	/** Place name → number of stories, from the county and city facets of article pages. */
	const placeCounts = new Map<string, number>();
	for (const file of htmlFiles(outDir)) {
		const region = indexedRegion(readFileSync(file, 'utf8'));
		if (!region) continue;
		hanCharacters(decodeEntities(region.replace(/<[^>]*>/g, '')), chars);
		for (const m of region.matchAll(/data-pagefind-filter="(?:county|city)(?::([^"]+))?"[^>]*>([^<]*)/g)) {
			const name = decodeEntities(m[1] ?? m[2] ?? '').trim();
			if (name) placeCounts.set(name, (placeCounts.get(name) ?? 0) + 1);
		}
	}

	const gazetteer = getGazetteer(siteConfig.homeProvince);
	const pinyinOf = new Map<string, string>();
	for (const place of [...gazetteer.counties, ...gazetteer.cities]) if (!pinyinOf.has(place.name)) pinyinOf.set(place.name, place.pinyin);
	const places = [...placeCounts]
		.sort((a, b) => b[1] - a[1])
		.flatMap(([name]) => (pinyinOf.has(name) ? [{ name, pinyin: pinyinOf.get(name)! }] : []));

	return buildSearchData({
		traditional: traditionalMap(chars, await traditionalCandidates(), await simplifier()),
		places: placePinyinMap(places),
	});
}

/** Every character OpenCC knows as traditional or as a Taiwan/Hong Kong variant. */
async function traditionalCandidates(): Promise<Set<string>> {
	const dicts = await Promise.all(
		['TSCharacters', 'TWVariantsRev', 'HKVariantsRev'].map(async (name) => (await import(`opencc-js/dict/${name}`)).default as string),
	);
	const keys = new Set<string>();
	for (const dict of dicts) for (const entry of dict.split('|')) keys.add(entry.split(' ')[0]!);
	return keys;
}

async function simplifier(): Promise<(ch: string) => string> {
	const OpenCC = await import('opencc-js');
	const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
	const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });
	return (ch) => {
		const tw = fromTw(ch);
		return tw !== ch ? tw : fromHk(ch);
	};
}

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

/**
 * `pagefind/gongyun/pagefind.js` (Pagefind's API with our query processing, the data inlined),
 * `pagefind/gongyun/ui.js` (the search UI), bundled from src/lib/search with esbuild, and
 * `pagefind/gongyun/ui.css`: Pagefind's Component UI stylesheet (42 KB, every component, with
 * comments and indentation) pruned to the components we use and minified.
 */
async function writeBundle(outDir: string, data: unknown) {
	const { build, transform } = await import('esbuild');
	const componentCss = readFileSync(join(outDir, 'pagefind', 'pagefind-component-ui.css'), 'utf8');
	const css = await transform(pruneComponentCss(componentCss), { loader: 'css', minify: true, logLevel: 'error' });
	mkdirSync(join(outDir, 'pagefind', 'gongyun'), { recursive: true });
	writeFileSync(join(outDir, 'pagefind', 'gongyun', 'ui.css'), css.code);
	const result = await build({
		entryPoints: { pagefind: WRAPPER_ENTRY, ui: UI_ENTRY },
		outdir: join(outDir, 'pagefind', 'gongyun'),
		bundle: true,
		format: 'esm',
		target: 'es2022',
		minify: true,
		legalComments: 'none',
		charset: 'utf8',
		define: { __GONGYUN_SEARCH_DATA__: JSON.stringify(data) },
		// Dynamic imports of Pagefind's own files are resolved by the browser, next to the index.
		logOverride: { 'unsupported-dynamic-import': 'silent' },
		logLevel: 'error',
	});
	if (result.errors.length) throw new Error(`search bundle: ${result.errors.map((e) => e.text).join('\n')}`);
}
