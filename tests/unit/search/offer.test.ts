/** The build command hands what its check read to the integrations, for the folder it checked only. */
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { checkedTags, offerChecked, reuseCheckedData, takeArticles, takeCheckedData } from '../../../src/integrations/checked.ts';
import { collectArticleSources } from '../../../src/cli/context.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';
import { validateArticles } from '../../../src/lib/validate.ts';
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

describe('the check\'s data in the articles loader (takeCheckedData, reuseCheckedData)', () => {
	const frontmatter = () => ({ title: '标题', date: new Date('2024-03-01T00:00:00Z'), counties: ['紫阳县'] });
	const data = { title: ['标题'], date: '2024-03-01', counties: ['ziyang-xian'] };
	const offer = (entries: [string, unknown][]) => offerChecked('/tmp/content', { articles: [], tags: [], parsed: new Map(entries.map(([file, fm]) => [file, { frontmatter: fm, data }])) });

	it('gives the data for the same frontmatter (a copy of it, as Astro reads it), once', () => {
		offer([['/tmp/content/articles/2024/a.md', frontmatter()]]);
		expect(takeCheckedData('/tmp/content/articles/2024/../2024/a.md', frontmatter())).toEqual({ data });
		expect(takeCheckedData('/tmp/content/articles/2024/a.md', frontmatter())).toBeUndefined();
	});

	it('gives nothing when the frontmatter differs, for an article with an image, or for a file it did not check', () => {
		offer([
			['/tmp/content/articles/2024/a.md', frontmatter()],
			['/tmp/content/articles/2024/b.md', { ...frontmatter(), image: 'b.jpg' }],
		]);
		expect(takeCheckedData('/tmp/content/articles/2024/a.md', { ...frontmatter(), date: new Date('2024-03-02T00:00:00Z') })).toBeUndefined();
		expect(takeCheckedData('/tmp/content/articles/2024/b.md', { ...frontmatter(), image: 'b.jpg' })).toBeUndefined();
		expect(takeCheckedData('/tmp/content/articles/2024/c.md', frontmatter())).toBeUndefined();
	});

	it('parses with Astro only what it cannot reuse, and lets go of the rest when the load ends', async () => {
		offer([
			['/tmp/content/articles/2024/a.md', frontmatter()],
			['/tmp/content/articles/2024/b.md', frontmatter()],
			['/tmp/content/articles/2024/kept.md', frontmatter()],
		]);
		const parsedByAstro: string[] = [];
		const results: unknown[] = [];
		const loader = reuseCheckedData({
			name: 'test',
			load: async ({ parseData }) => {
				results.push(await parseData({ id: 'a', data: frontmatter(), filePath: '/tmp/content/articles/2024/a.md' }));
				results.push(await parseData({ id: 'b', data: { ...frontmatter(), title: '改了' }, filePath: '/tmp/content/articles/2024/b.md' }));
				results.push(await parseData({ id: 'n', data: frontmatter() }));
			},
		});
		const context = { parseData: async ({ id }: { id: string }) => (parsedByAstro.push(id), { astro: id }) } as unknown as LoaderContext;
		await loader.load(context);
		expect(results).toEqual([data, { astro: 'b' }, { astro: 'n' }]);
		expect(parsedByAstro).toEqual(['b', 'n']);
		expect(takeCheckedData('/tmp/content/articles/2024/kept.md', frontmatter())).toBeUndefined();
	});

	it('reuses every sample article: Astro\'s frontmatter reader and the check\'s give the same values', () => {
		const sources = collectArticleSources(join(repoRoot, 'content/articles'), join(repoRoot, 'content'));
		const { articles: checked } = validateArticles(sources, { gazetteer: getGazetteer('陕西省'), defaultColumn: '工运纵横' });
		expect(checked.length).toBe(sources.length);
		offerChecked(join(repoRoot, 'content'), { articles: [], tags: [], parsed: new Map(checked.map((a) => [join(repoRoot, 'content/articles', a.file.entry), { frontmatter: a.frontmatter, data: a.data }])) });
		for (const article of checked) {
			const astro = parseFrontmatter(article.file.source).frontmatter;
			expect(takeCheckedData(join(repoRoot, 'content/articles', article.file.entry), astro), article.file.entry).toEqual({ data: article.data });
		}
	});
});

describe('tagsByUse', () => {
	it('ranks the tags most used first, ties in Chinese order, a lone string as one tag, blanks dropped', () => {
		expect(tagsByUse([['送温暖', '职代会'], '职代会', [' 职代会 ', ''], undefined, ['安全生产'], [3]])).toEqual(['职代会', '安全生产', '送温暖']);
	});
});
