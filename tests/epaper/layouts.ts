/**
 * Page layouts used by the e-paper tests, the report and the sample issue: the sample pieces set
 * in columns as a layout editor would, including the hard cases (a body that jumps to another
 * place on the page, a headline set after its body, print text that differs from the web text).
 */
import { join } from 'node:path';
import { collectArticleSources } from '../../src/cli/context.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles, type ValidArticle } from '../../src/lib/validate.ts';
import { pieceFromArticle, type LayoutPiece, type PageLayout } from '../helpers/page-pdf.ts';
import { repoRoot } from '../helpers/site.ts';

export function loadArticles(contentDir = join(repoRoot, 'content')): ValidArticle[] {
	const { articles, diagnostics } = validateArticles(collectArticleSources(join(contentDir, 'articles'), repoRoot), {
		gazetteer: getGazetteer('陕西省'),
		defaultColumn: '工运纵横',
	});
	if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join('\n'));
	return articles;
}

export function sampleArticles(): ValidArticle[] {
	return loadArticles()
		.filter((a) => a.data.date === '2022-02-09' && a.data.page === 3)
		.sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
}

/** Columns each sample piece spans, by its order on the page (long pieces wider). */
const SAMPLE_SPANS = [3, 3, 2, 2, 2, 2, 3, 3, 2, 2];

/** 第3版 of 2022-02-09 as shipped: eight columns; the commentary's headline is set after its body, piece 7 jumps. */
export function sampleLayout(articles = sampleArticles()): PageLayout {
	return {
		width: 350,
		height: 500,
		columns: 8,
		masthead: '陕西工人报　2022年2月9日　星期三　第3版　工运纵横　责任编辑：王山功',
		footer: '工运纵横　投稿邮箱：gyzh@example.cn',
		bodySize: 8.5,
		pieces: articles.map((a, i) =>
			pieceFromArticle(a, {
				span: SAMPLE_SPANS[i] ?? 2,
				headlineAfterBody: a.data.genre === '评论',
				...(i === 6 ? { jump: { span: 2 } } : {}),
			}),
		),
	};
}

/** A small edit between print and web: a few characters of every third paragraph changed in print. */
export function editedForPrint(piece: LayoutPiece): LayoutPiece {
	return {
		...piece,
		paragraphs: piece.paragraphs.map((p, i) => (i % 3 === 1 ? p.replace(/工会/, '工会组织').replace(/。/, '，并取得实效。') : p)),
	};
}

/**
 * The stress page, for the report: ten narrow columns of small type, every piece jumping,
 * headlines letter-spaced by 0.6 em and all of them set after their bodies, print text edited.
 */
export function stressLayout(articles = sampleArticles()): PageLayout {
	return {
		width: 300,
		height: 600,
		columns: 10,
		masthead: '陕西工人报　第3版　压力测试',
		bodySize: 7.5,
		headlineSpacing: 0.6,
		pieces: articles.map((a, i) => editedForPrint(pieceFromArticle(a, { span: i % 2 ? 3 : 2, headlineAfterBody: true, jump: { span: 2 } }))),
	};
}

/**
 * The hard page: the sample pieces on a narrower six-column page, every other headline set
 * after its body, two bodies jumping, and print text edited.
 */
export function hardLayout(articles = sampleArticles()): PageLayout {
	return {
		width: 300,
		height: 600,
		columns: 6,
		masthead: '陕西工人报　第3版　测试版面',
		pieces: articles.map((a, i) => {
			const piece = pieceFromArticle(a, { span: i % 3 === 0 ? 3 : 2, headlineAfterBody: i % 2 === 1, ...(i === 0 || i === 6 ? { jump: { span: 2 } } : {}) });
			return i % 4 === 2 ? editedForPrint(piece) : piece;
		}),
		bodySize: 8.5,
	};
}
