/**
 * A child process that writes search shards (shards.ts forks one per core): each message is one
 * shard's pages, indexed with Pagefind's Node API into its own folder. Each worker has its own
 * Pagefind service, so two shards are indexed at once on two cores, and an index is deleted
 * after it is written, so a worker holds one shard's memory at a time.
 */
import * as pagefind from 'pagefind';
import { assertPagefind } from './pagefind-errors.ts';

export interface ShardJob {
	id: string;
	outputPath: string;
	pages: { url: string; content: string }[];
}

export type ShardReply = { id: string; ok: true; pages: number; ms: number } | { id: string; ok: false; error: string };

async function indexShard(job: ShardJob): Promise<ShardReply> {
	const started = performance.now();
	const { index } = assertPagefind(await pagefind.createIndex({}), '创建索引');
	if (!index) throw new Error('Pagefind（搜索索引）没有创建索引 (no index)。');
	try {
		for (const page of job.pages) assertPagefind(await index.addHTMLFile(page), `读取 ${page.url} `);
		assertPagefind(await index.writeFiles({ outputPath: job.outputPath }), '写入索引');
		return { id: job.id, ok: true, pages: job.pages.length, ms: Math.round(performance.now() - started) };
	} finally {
		await index.deleteIndex();
	}
}

process.on('message', (message: ShardJob | 'done') => {
	if (message === 'done') {
		void pagefind.close().then(() => process.exit(0));
		return;
	}
	indexShard(message).then(
		(reply) => process.send!(reply),
		(error: unknown) => process.send!({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ShardReply),
	);
});
