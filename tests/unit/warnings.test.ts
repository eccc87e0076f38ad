import { describe, expect, it } from 'vitest';
import { moreWarnings, photoStoryWithoutPhoto } from '../../src/lib/messages.ts';
import { formatWarnings, type Diagnostic } from '../../src/lib/validate.ts';

const photo = (i: number): Diagnostic => ({ file: `articles/2015/a${String(i).padStart(6, '0')}.md`, line: 4, field: 'image', message: photoStoryWithoutPhoto });

describe('warnings in the terminal', () => {
	it('say a message once above the files it applies to, and count what is past the limit', () => {
		const other: Diagnostic = { file: 'articles/2016/b.md', line: 2, field: 'title', message: '另一条提醒' };
		const lines = formatWarnings([photo(1), other, ...Array.from({ length: 14 }, (_, i) => photo(i + 2))], { limit: 10, more: moreWarnings });
		expect(lines).toHaveLength(2);
		const [photos, single] = lines as [string, string];
		expect(photos.split('\n')[0]).toBe(photoStoryWithoutPhoto);
		expect(photos.split('\n').filter((l) => /^ {2}articles\/2015\/a\d+\.md:4 {2}\[image\]$/.test(l))).toHaveLength(10);
		expect(photos.split('\n').at(-1)).toBe(`  ${moreWarnings(5)}`);
		expect(photos.match(/图片新闻没有图片/g)).toHaveLength(1);
		// A message of one file reads as before: its place, then the message.
		expect(single).toBe('articles/2016/b.md:2  [title]\n    另一条提醒');
	});

	it('list every place without a limit (--verbose)', () => {
		const lines = formatWarnings(Array.from({ length: 30 }, (_, i) => photo(i)), { more: moreWarnings });
		expect(lines[0]!.split('\n')).toHaveLength(31);
	});
});
