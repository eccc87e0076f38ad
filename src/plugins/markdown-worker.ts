/**
 * A worker thread of the Markdown pool (markdown.ts): renders article bodies with the same
 * processor the main thread would build (`unified(markdownOptions(site)).createRenderer(shared)`),
 * so its HTML is the same to the byte.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { unified } from '@astrojs/markdown-remark';
import { markdownOptions, type RenderRequest, type RenderReply } from './markdown.ts';

const { site, shared } = workerData as { site: Parameters<typeof markdownOptions>[0]; shared: Parameters<ReturnType<typeof unified>['createRenderer']>[0] };
const renderer = await unified(markdownOptions(site)).createRenderer(shared);

parentPort!.on('message', async ({ id, content, frontmatter, fileURL }: RenderRequest) => {
	try {
		const result = await renderer.render(content, { frontmatter, ...(fileURL ? { fileURL: new URL(fileURL) } : {}) });
		parentPort!.postMessage({ id, result } satisfies RenderReply);
	} catch (error) {
		parentPort!.postMessage({ id, error } satisfies RenderReply);
	}
});
