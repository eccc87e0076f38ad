/**
 * Which form a page text is in. The layout export keeps the printed column: its lines are cut
 * at the column width (a dozen to thirty characters) and its paragraphs run over many lines.
 * A web or PDF copy has one line per paragraph, usually indented with full-width spaces, and
 * a page header such as 第5版：职工生活.
 */
import { displayWidth, endsSentence } from './lines.ts';
import type { InputFormat } from './types.ts';

export interface Detected {
	format: Exclude<InputFormat, 'docx'>;
	/** In Chinese with the English beside, for the report. */
	reason: string;
}

export function detectFormat(raw: string): Detected {
	const lines = raw.split(/\r\n?|\n/).filter((l) => l.trim() !== '');
	const body = lines.filter((l) => displayWidth(l) >= 8);
	if (!body.length) return { format: 'layout', reason: '内容太少，按排版导出处理 (too little text: layout export)' };
	const indented = body.filter((l) => /^\u3000{1,2}\S|^ {2,4}\S/.test(l)).length / body.length;
	const widths = body.map(displayWidth).sort((a, b) => a - b);
	const median = widths[Math.floor(widths.length / 2)]!;
	const long = body.filter((l) => displayWidth(l) > 45).length / body.length;
	const webHeader = lines.slice(0, 6).some((l) => /第\s*0?\d{1,2}\s*版\s*[：:]/.test(l));
	// A layout export cuts most lines mid-sentence; a web copy ends most of its long lines with one.
	const wide = body.filter((l) => displayWidth(l) >= 14);
	const ends = wide.length >= 4 ? wide.filter((l) => endsSentence(l)).length / wide.length : 0;
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	if (indented >= 0.3 || long >= 0.3 || ends >= 0.5 || (webHeader && median > 30)) {
		return {
			format: 'web',
			reason: `网页/PDF 文本 (web/PDF text)：${pct(indented)} 的行缩进，${pct(long)} 的行超过 45 字，${pct(ends)} 的长行以句末标点结束${webHeader ? '，有“第N版：”版头' : ''}`,
		};
	}
	return { format: 'layout', reason: `排版导出 (layout export)：行按栏宽折断（中位 ${median} 字），${pct(ends)} 的长行以句末标点结束，缩进行 ${pct(indented)}` };
}
