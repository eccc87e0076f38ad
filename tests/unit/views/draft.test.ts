import { describe, expect, it } from 'vitest';
import { articleView } from '../../../src/lib/views/article.ts';
import { cardView } from '../../../src/lib/views/card.ts';
import { strings } from '../../../src/lib/strings.ts';
import { article, site } from './helpers.ts';

describe('drafts in the preview carry a 草稿 mark', () => {
	const draft = article('2024/0202-99', { draft: true, title: ['尚未审定的稿件'] });
	const published = article('2024/0201-01', { title: ['已发表的稿件'] });
	const model = site([draft, published]);

	it('on cards', () => {
		expect(cardView(draft, model).draft).toBe(true);
		expect(cardView(published, model).draft).toBe(false);
	});

	it('on the article page', () => {
		expect(articleView(draft, model, { pathname: '/articles/2024/0202-99/' }).draftNote).toBe(strings.draft.note);
		expect(articleView(published, model, { pathname: '/articles/2024/0201-01/' }).draftNote).toBeUndefined();
		expect(strings.draft.note).toContain('草稿');
	});
});
