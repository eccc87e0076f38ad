/**
 * The credit lines under an article, as Chinese news sites print them: 来源 for a reprint (the
 * paper it comes from), 原标题 when the column retitled it, and 责任编辑 (the article's own
 * editor, else its printed page's).
 */
import type { ArticleData } from './schemas/article.ts';
import { strings } from './strings.ts';

/** 据《工人日报》 → 《工人日报》; 本报讯 and other datelines are no reprint. */
export function reprintSource(source: string | undefined): string | undefined {
	if (!source) return undefined;
	const paper = /《[^》]+》/.exec(source)?.[0];
	if (paper) return paper;
	const m = /^(?:据|转自|来源[：:]?)\s*(.+?)(?:报道|消息)?$/.exec(source.trim());
	return m?.[1] || undefined;
}

export function creditLines(data: Pick<ArticleData, 'source' | 'originalTitle' | 'editor' | 'page'>, pageEditors: Record<string, string> = {}): [label: string, value: string][] {
	const t = strings.article;
	const lines: [string, string][] = [];
	const source = reprintSource(data.source);
	if (source) lines.push([t.source, source]);
	if (data.originalTitle) lines.push([t.originalTitle, data.originalTitle]);
	const editor = data.editor ?? (data.page !== undefined ? pageEditors[String(data.page)] : undefined);
	if (editor) lines.push([t.editor, editor]);
	return lines;
}
