/**
 * The preview checks one file at a time (src/integrations/preview.ts), so validateArticles keeps
 * one schema per gazetteer and column instead of making one per call: these pin that keeping it
 * changes nothing a call sees.
 */
import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles } from '../../src/lib/validate.ts';

const gazetteer = getGazetteer('陕西省');
const source = (title: string) => `---\ntitle: ${title}\ndate: 2022-02-09\ncounties: [紫阳县]\n---\n\n正文。\n`;
const one = (text: string, defaultColumn: string) =>
	validateArticles([{ file: 'content/articles/2022/0209-a.md', entry: '2022/0209-a.md', source: text }], { gazetteer, defaultColumn, fileExists: () => true });

describe('validateArticles, one file at a time', () => {
	it('gives each call the column it names, after another column was used', () => {
		expect(one(source('甲'), '工运纵横').articles[0]!.data.column).toBe('工运纵横');
		expect(one(source('乙'), '职工天地').articles[0]!.data.column).toBe('职工天地');
		expect(one(source('丙'), '工运纵横').articles[0]!.data.column).toBe('工运纵横');
	});

	it('reports a mistake after valid files were checked, and passes the file again once fixed', () => {
		expect(one(source('甲'), '工运纵横').diagnostics).toEqual([]);
		const bad = one(source('甲').replace('紫阳县', '不存在县'), '工运纵横').diagnostics;
		expect(bad).toHaveLength(1);
		expect(bad[0]).toMatchObject({ field: 'counties.0' });
		expect(one(source('甲'), '工运纵横').diagnostics).toEqual([]);
	});
});
