import { describe, expect, it } from 'vitest';
import { listingPage, listingPath, listings } from '../../../src/lib/views/listing.ts';
import { article, site } from './helpers.ts';

describe('listings', () => {
	const model = site([
		article('a', { date: '2022-02-09', counties: ['ziyang-xian'], tags: ['职代会'] }),
		article('b', { date: '2022-02-08', counties: ['ziyang-xian'] }),
		article('c', { date: '2022-02-07', cities: ['xian'] }),
	]);

	it('makes one listing per county with its lead and a trail through its city', () => {
		const [ziyang, ...rest] = listings(model, 'county');
		expect(rest).toEqual([]);
		expect(ziyang!.articles.map((a) => a.id)).toEqual(['a', 'b']);
		expect(ziyang!.listing).toEqual({
			kind: 'county',
			slug: 'ziyang-xian',
			title: '紫阳县',
			lead: '陕西省安康市紫阳县的工会新闻',
			count: 2,
			trail: [
				{ label: '首页', path: '' },
				{ label: '县区', path: 'counties' },
				{ label: '安康市', path: 'cities/ankang' },
			],
		});
	});

	it('rolls counties up into city listings and slugs tags', () => {
		const cities = listings(model, 'city');
		expect(cities.map((l) => [l.listing.slug, l.listing.count])).toEqual([
			['ankang', 2],
			['xian', 1],
		]);
		expect(cities[0]!.listing.trail.map((c) => c.path)).toEqual(['', 'cities']);
		const [tag] = listings(model, 'tag');
		expect(tag!.listing).toMatchObject({ title: '职代会', slug: model.tagSlugs.get('职代会'), lead: '专题：职代会', count: 1 });
	});

	it('titles later pages and links neighbouring pages; page 1 lives at the listing URL', () => {
		const [{ listing }] = listings(model, 'county') as [ReturnType<typeof listings>[number]];
		expect(listingPath(listing, 1)).toBe('counties/ziyang-xian');
		expect(listingPage(listing, 1, 1)).toEqual({ title: '紫阳县', lead: '陕西省安康市紫阳县的工会新闻 · 共 2 篇' });
		expect(listingPage(listing, 1, 3)).toMatchObject({ title: '紫阳县', pagination: { label: '第 1 / 3 页', prev: undefined, next: 'counties/ziyang-xian/2' } });
		expect(listingPage(listing, 2, 3)).toMatchObject({
			title: '紫阳县（第2页）',
			pagination: { label: '第 2 / 3 页', prev: 'counties/ziyang-xian', next: 'counties/ziyang-xian/3' },
		});
		expect(listingPage(listing, 3, 3).pagination?.next).toBeUndefined();
	});
});
