import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../../src/integrations/search/index.ts';
import { componentCss, PAGEFIND_LAYER, pruneComponentCss } from '../../../src/integrations/search/css.ts';

describe('search integration options', () => {
	it('accepts the site config and a content folder', () => {
		const options = validateOptions({ site: { homeProvince: '陕西省', defaultColumn: '工运纵横' }, contentDir: 'content' });
		expect(options).toEqual({ site: { homeProvince: '陕西省', defaultColumn: '工运纵横' }, contentDir: 'content', shardPages: 1000 });
		expect(validateOptions({ site: { homeProvince: '陕西省', defaultColumn: '工运纵横' }, contentDir: 'content', shardPages: 2 }).shardPages).toBe(2);
		expect(() => validateOptions({ site: { homeProvince: '陕西省', defaultColumn: '工运纵横' }, contentDir: 'content', shardPages: 0 })).toThrow(/shardPages/);
	});

	it('names the wrong option and where options are set', () => {
		expect(() => validateOptions({ site: { homeProvince: '陕西省', defaultColumn: '工运纵横' } })).toThrow(/astro\.config\.mjs[\s\S]*contentDir/);
		expect(() => validateOptions({ site: {}, contentDir: 'content', extra: 1 })).toThrow(/extra/);
	});
});

describe('Pagefind Component UI stylesheet', () => {
	it('goes into the layer that src/styles/index.css declares between base and components', async () => {
		const css = readFileSync(new URL('../../../src/styles/index.css', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
		const order = /@layer\s+([^;{]+);/.exec(css)![1]!.split(',').map((s) => s.trim());
		expect(order.indexOf(PAGEFIND_LAYER)).toBeGreaterThan(order.indexOf('base'));
		expect(order.indexOf(PAGEFIND_LAYER)).toBeLessThan(order.indexOf('components'));
		expect(await componentCss('.pf-dropdown-trigger { font-size: 13px; }')).toMatch(new RegExp(`^@layer ${PAGEFIND_LAYER}\\s*\\{`));
	});

	it('drops the rules of components the site does not use', () => {
		const css = 'pagefind-searchbox .x{color:red} .pf-dropdown-trigger, .pf-searchbox-input{font-size:13px} @media (max-width:1px){.pf-empty{color:red}}';
		expect(pruneComponentCss(css)).toBe('.pf-dropdown-trigger{font-size:13px}');
	});
});
