/**
 * The Markdown worker pool (src/plugins/markdown.ts): one renderer per set of shared settings,
 * however many callers ask at once (the glob loader asks ten times before its first answer), and
 * the pooled HTML equals the main thread's.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions, markdownProcessor } from '../../src/plugins/markdown.ts';

const site = { embedHosts: [] };
type Shared = Parameters<ReturnType<typeof unified>['createRenderer']>[0];
const shared = { gfm: true, smartypants: false, syntaxHighlight: false } as Shared;

describe('markdownProcessor', () => {
	it('gives every caller with the same settings the same renderer, made once', async () => {
		const processor = markdownProcessor(site, { workers: 2 });
		const renderers = await Promise.all(Array.from({ length: 10 }, () => processor.createRenderer({ ...shared })));
		expect(new Set(renderers).size).toBe(1);
		const other = await processor.createRenderer({ ...shared, gfm: false });
		expect(other).not.toBe(renderers[0]);
	});

	it('renders in its workers what the main thread renders', async () => {
		const pooled = await markdownProcessor(site, { workers: 2 }).createRenderer(shared);
		const here = await unified(markdownOptions(site)).createRenderer(shared);
		const bodies = ['本报讯（记者 刘强）“职工之家”建成。', '## 小标题\n\n| 县 | 人数 |\n| - | - |\n| 紫阳县 | 12 |', '脚注[^1]\n\n[^1]: 据《工人日报》'];
		const results = await Promise.all(bodies.map((body) => pooled.render(body)));
		for (const [i, body] of bodies.entries()) expect(results[i]!.code).toBe((await here.render(body)).code);
	});
});
