/** The build command hands what its check read to the integrations, for the folder it checked only. */
import { describe, expect, it } from 'vitest';
import { checkedTags, offerChecked, takeArticles } from '../../../src/integrations/checked.ts';
import { readArticles } from '../../../src/integrations/search/data.ts';
import { tagsByUse } from '../../../src/lib/cms/config.ts';
import { repoRoot } from '../../helpers/cli.ts';
import { join } from 'node:path';

describe('offerChecked / takeArticles / checkedTags', () => {
	const articles = [{ id: '2024/a.md', data: { title: '标题' }, body: '正文' }] as never[];

	it('gives the offered articles back for the same folder, however it is spelled, and only once; the tags stay', () => {
		offerChecked('/tmp/content', { articles, tags: ['职代会'] });
		expect(takeArticles('/tmp/content/')).toBe(articles);
		expect(takeArticles('/tmp/content')).toBeUndefined();
		expect(checkedTags('/tmp/content/')).toEqual(['职代会']);
	});

	it('gives nothing for another folder (the step then reads the files itself)', () => {
		offerChecked('/tmp/content', { articles, tags: [] });
		expect(takeArticles('/tmp/other')).toBeUndefined();
		expect(checkedTags('/tmp/other')).toBeUndefined();
	});

	it('readArticles reads the sample as the check does: published pieces, ids as file entries', () => {
		const read = readArticles(join(repoRoot, 'content'), { homeProvince: '陕西省', defaultColumn: '工运纵横' });
		expect(read.length).toBe(10);
		expect(read.every((a) => /\.mdx?$/.test(a.id) && !a.data.draft)).toBe(true);
	});
});

describe('tagsByUse', () => {
	it('ranks the tags most used first, ties in Chinese order, a lone string as one tag, blanks dropped', () => {
		expect(tagsByUse([['送温暖', '职代会'], '职代会', [' 职代会 ', ''], undefined, ['安全生产'], [3]])).toEqual(['职代会', '安全生产', '送温暖']);
	});
});
