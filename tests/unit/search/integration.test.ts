import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateOptions } from '../../../src/integrations/search/index.ts';
import { T2S_FILE, writeBundle } from '../../../src/integrations/search/bundle.ts';
import { buildSearchData } from '../../../src/lib/search/indexing.ts';
import { packCharSet } from '../../../src/lib/search/query.ts';

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

describe('search bundle', () => {
	it('inlines the search data but only the key set of the traditional table, which goes beside it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'gy-bundle-'));
		try {
			const data = buildSearchData({ traditional: { 遞: '递', 會: '会' }, places: { ziyang: '紫阳县' }, shards: [{ id: '2026', year: '2026', pages: 3, from: '2026-01-01' }] });
			await writeBundle(dir, data);
			expect(JSON.parse(readFileSync(join(dir, T2S_FILE), 'utf8'))).toBe('遞递會会');
			const js = readFileSync(join(dir, 'pagefind.js'), 'utf8');
			expect(js).toContain('紫阳县');
			expect(js).not.toMatch(/遞|會/);
			expect(js).toContain(JSON.stringify(packCharSet(['遞', '會'])));
			expect(readFileSync(join(dir, 'ui.js'), 'utf8').length).toBeGreaterThan(1000);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
