/** A plain article for unit tests: every required field filled with a neutral value. */
import type { ArticleLike } from '../../src/lib/articles.ts';
import type { ArticleData } from '../../src/lib/schemas/article.ts';

export function article(id: string, data: Partial<ArticleData>, body = ''): ArticleLike {
	return {
		id,
		body,
		data: { title: [id], date: '2022-02-09', genre: '消息', authors: [], photographers: [], counties: [], cities: [], tags: [], column: '工运纵横', draft: false, ...data } as ArticleData,
	};
}
