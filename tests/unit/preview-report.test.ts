import { describe, expect, test } from 'vitest';
import { overlayError, previewErrorPage, previewReport } from '../../src/lib/preview-report.ts';

const diagnostics = [
	{ file: 'content/articles/2024/a.md', line: 4, field: 'counties.0', message: '县区（counties）“紫杨县”不是已知的县级行政区 (unknown place)。最接近的有：紫阳县。' },
	{ file: 'content/articles/2024/b.md', line: 2, message: '标题里有 <script>alert(1)</script>' },
];

describe('what the preview shows while an article has mistakes', () => {
	test('the terminal report: count, then file:line [field] and the message, as the build prints them', () => {
		const report = previewReport(diagnostics);
		expect(report).toContain('发现 2 处问题');
		expect(report).toContain('content/articles/2024/a.md:4  [counties.0]\n    县区（counties）“紫杨县”');
	});

	test('the overlay points at the first mistake', () => {
		expect(overlayError(diagnostics, '/site')).toMatchObject({ id: '/site/content/articles/2024/a.md', loc: { file: '/site/content/articles/2024/a.md', line: 4 } });
	});

	test('the error page lists every mistake, escapes what the editor typed, and reloads itself through the base', () => {
		const html = previewErrorPage(diagnostics, '/gongyun/');
		expect(html).toContain('<code>content/articles/2024/a.md:4  [counties.0]</code>');
		expect(html).not.toContain('<script>alert(1)</script>');
		expect(html).toContain('&#60;script&#62;alert(1)');
		expect(html).toContain('src="/gongyun/@vite/client"');
		expect(html).toContain('lang="zh-CN"');
	});
});
