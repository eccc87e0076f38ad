/** The build command hands its checked articles to the search step, for the folder it checked only, once. */
import { describe, expect, it } from 'vitest';
import { offerArticles, readArticles, takeArticles } from '../../../src/integrations/search/data.ts';
import { repoRoot } from '../../helpers/cli.ts';
import { join } from 'node:path';

describe('offerArticles / takeArticles', () => {
	const articles = [{ id: '2024/a.md', data: { title: '标题' }, body: '正文' }] as never[];

	it('gives the offered articles back for the same folder, however it is spelled, and only once', () => {
		offerArticles('/tmp/content', articles);
		expect(takeArticles('/tmp/content/')).toBe(articles);
		expect(takeArticles('/tmp/content')).toBeUndefined();
	});

	it('gives nothing for another folder (the step then reads the files itself)', () => {
		offerArticles('/tmp/content', articles);
		expect(takeArticles('/tmp/other')).toBeUndefined();
	});

	it('readArticles reads the sample as the check does: published pieces, ids as file entries', () => {
		const read = readArticles(join(repoRoot, 'content'), { homeProvince: '陕西省', defaultColumn: '工运纵横' });
		expect(read.length).toBe(10);
		expect(read.every((a) => /\.mdx?$/.test(a.id) && !a.data.draft)).toBe(true);
	});
});
