/**
 * What the preview (`npm run dev` / `npm run edit`) shows while an article has a mistake: the
 * build's own diagnostics, as the browser's error overlay and as a page of its own. Pure
 * functions from diagnostics to text, so the dev-server integration only wires them up.
 */
import { PREVIEW_PAUSED, previewPageIntro, previewProblems } from './messages.ts';
import { formatDiagnostic, type Diagnostic } from './validate.ts';

/** The terminal report, the same text `npm run build` would print. */
export function previewReport(diagnostics: Diagnostic[]): string {
	return [
		previewProblems(diagnostics.length),
		'',
		...diagnostics.map(formatDiagnostic),
	].join('\n');
}

/** Vite's error-overlay payload: the message, and the first mistake's file and line to jump to. */
export function overlayError(diagnostics: Diagnostic[], root: string) {
	const first = diagnostics[0];
	return {
		message: previewReport(diagnostics),
		stack: '',
		plugin: 'gongyun-preview',
		id: first ? `${root}/${first.file}` : undefined,
		loc: first?.line ? { file: `${root}/${first.file}`, line: first.line, column: 1 } : undefined,
	};
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page served instead of any preview page while mistakes remain (a reload must not show a
 * page built from the last good version as if nothing were wrong). Vite's client reloads it when
 * the files are fixed.
 */
export function previewErrorPage(diagnostics: Diagnostic[], base = '/'): string {
	const items = diagnostics
		.map((d) => {
			const where = `${d.file}${d.line ? `:${d.line}` : ''}${d.field ? `  [${d.field}]` : ''}`;
			return `<li><code>${escapeHtml(where)}</code><p>${escapeHtml(d.message)}</p></li>`;
		})
		.join('\n');
	return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>稿件有错误 · 预览</title>
<script type="module" src="${escapeHtml(base)}@vite/client"></script>
<script type="module">
// Vite's client reloads this page when the files are fixed; if that message came while the page
// was still loading, this check catches up.
setInterval(async () => {
	const response = await fetch(location.href, { headers: { accept: 'text/html' }, cache: 'no-store' }).catch(() => undefined);
	if (response && response.status !== 500) location.reload();
}, 1500);
</script>
<style>
body { font: 18px/1.7 system-ui, sans-serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; color: #a40000; }
ol { padding: 0; }
li { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid #a40000; background: #fff4f4; list-style: none; }
code { font-weight: bold; overflow-wrap: anywhere; }
p { margin: .25rem 0 0; }
</style>
</head>
<body>
<main id="gongyun-preview-errors">
<h1>${escapeHtml(PREVIEW_PAUSED)}</h1>
<p>${escapeHtml(previewPageIntro(diagnostics.length))}</p>
<ol>
${items}
</ol>
</main>
</body>
</html>
`;
}
