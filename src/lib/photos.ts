/**
 * Photo rules the build checks but does not fail on: a 图片新闻 (photo story) needs its photo.
 * Until it has one the build warns, naming the file and the line of `genre:`, and the page
 * prints no photo credit (there is no picture to credit).
 */
import type { ArticleData } from './schemas/article.ts';
import type { Diagnostic, ValidArticle } from './validate.ts';

export const PHOTO_GENRE = '图片新闻';

/** Whether the article is a photo story that has a photo (the credit line goes with the photo). */
export function hasPhoto(data: Pick<ArticleData, 'image'>): boolean {
	return data.image !== undefined && data.image !== null;
}

/** The line of a frontmatter key in the file (1-based), for pointing the editor at it. */
function lineOfKey(source: string, key: string): number | undefined {
	const index = source.split('\n').findIndex((line) => new RegExp(`^${key}\\s*:`).test(line));
	return index >= 0 ? index + 1 : undefined;
}

export function photoWarnings(articles: Pick<ValidArticle, 'file' | 'data'>[], message: (file: string) => string): Diagnostic[] {
	return articles
		.filter((a) => a.data.genre === PHOTO_GENRE && !hasPhoto(a.data))
		.map((a) => ({ file: a.file.file, line: lineOfKey(a.file.source, 'genre'), field: 'image', message: message(a.file.file) }));
}
