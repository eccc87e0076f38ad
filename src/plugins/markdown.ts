/**
 * The Markdown (and, inherited, MDX) pipeline options, in one place so that the site and the
 * sanitiser tests run the same plugins: sanitising first, then the newspaper clean-up; GFM
 * footnotes labelled in Chinese.
 *
 * `markdownProcessor()` is what astro.config.mjs uses: Astro's unified processor, with article
 * bodies rendered on every core. Astro's content loader renders ten entries at a time but on one
 * thread; here those renders go to worker threads (markdown-worker.ts) running the same
 * processor, while the main thread reads and checks the next files.
 */
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { Worker } from 'node:worker_threads';
import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { strings } from '../lib/strings.ts';
import type { SiteConfig } from '../lib/schemas/site.ts';
import { newspaperRehype } from './rehype-newspaper.ts';
import { sanitizeRehype } from './sanitize.ts';

export function markdownOptions(config: Pick<SiteConfig, 'embedHosts'>): UnifiedProcessorOptions {
	return {
		rehypePlugins: [[sanitizeRehype, { embedHosts: config.embedHosts }], newspaperRehype],
		remarkRehype: {
			footnoteLabel: strings.footnotes.label,
			footnoteBackLabel: (i: number) => strings.footnotes.back(i + 1),
			footnoteLabelProperties: { className: ['visually-hidden'] },
		},
		// English typography with a sentence parser per text node: half the Markdown time of a big
		// archive. Chinese quotes are paired in newspaperRehype instead.
		smartypants: false,
	};
}

type Processor = ReturnType<typeof unified>;
type Shared = Parameters<Processor['createRenderer']>[0];
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;
type RenderOptions = Parameters<Renderer['render']>[1];

export interface RenderRequest {
	id: number;
	content: string;
	frontmatter: Record<string, unknown> | undefined;
	fileURL: string | undefined;
}

export type RenderReply = { id: number; result: Awaited<ReturnType<Renderer['render']>>; error?: undefined } | { id: number; error: unknown; result?: undefined };

/**
 * Astro's unified processor with our plugins, rendering in a pool of worker threads.
 *
 * One renderer, and so one pool, per set of shared settings: the glob loader asks for a renderer
 * in each of the ten files it reads at once before the first answer is cached, and every
 * collection asks again. A pool each started two dozen workers in a 10,000-piece build, each
 * loading the whole Markdown toolchain for a body or two.
 */
export function markdownProcessor(site: Pick<SiteConfig, 'embedHosts'>, options: { workers?: number } = {}): Processor {
	const base = unified(markdownOptions(site));
	const renderers: { shared: Shared; renderer: Promise<Renderer> }[] = [];
	const create = async (shared: Shared): Promise<Renderer> => {
		const inThread = await base.createRenderer(shared);
		const size = options.workers ?? Math.min(availableParallelism(), 4);
		const workerData = { site: { embedHosts: site.embedHosts }, shared };
		// The shared settings cross to the workers as data; settings holding functions (a
		// Shiki transformer) cannot, and the bodies are then rendered here.
		if (size < 2 || !cloneable(workerData)) return inThread;
		return pooledRenderer(inThread, workerData, size);
	};
	return {
		...base,
		createRenderer(shared: Shared) {
			let known = renderers.find((entry) => isDeepStrictEqual(entry.shared, shared));
			if (!known) renderers.push((known = { shared, renderer: create(shared) }));
			return known.renderer;
		},
	};
}

function cloneable(value: unknown): boolean {
	try {
		structuredClone(value);
		return true;
	} catch {
		return false;
	}
}

const WORKER = new URL('./markdown-worker.ts', import.meta.url);

/**
 * A renderer that sends each body to the least busy of `size` workers, started on first use.
 * A worker with nothing to do for a second ends (the content layer is done: page generation
 * should not carry its memory), and an idle one never keeps the process alive.
 */
function pooledRenderer(inThread: Renderer, workerData: unknown, size: number): Renderer {
	interface PoolWorker {
		worker: Worker;
		busy: number;
		idle?: NodeJS.Timeout;
	}
	const pool: PoolWorker[] = [];
	const waiting = new Map<number, { resolve: (r: RenderReply['result']) => void; reject: (e: unknown) => void; on: PoolWorker }>();
	let next = 0;
	let broken = false;
	const start = (): PoolWorker => {
		const entry: PoolWorker = { worker: new Worker(WORKER, { workerData }), busy: 0 };
		entry.worker.unref();
		entry.worker.on('message', (reply: RenderReply) => {
			const job = waiting.get(reply.id);
			if (!job) return;
			waiting.delete(reply.id);
			entry.busy--;
			if (entry.busy === 0) {
				entry.worker.unref();
				entry.idle = setTimeout(() => {
					pool.splice(pool.indexOf(entry), 1);
					void entry.worker.terminate();
				}, 1000).unref();
			}
			if (reply.error !== undefined) job.reject(reply.error);
			else job.resolve(reply.result);
		});
		// A worker that cannot start or dies: its bodies, and every later one, are rendered here.
		entry.worker.on('error', () => {
			broken = true;
			if (pool.includes(entry)) pool.splice(pool.indexOf(entry), 1);
			for (const [id, job] of waiting) if (job.on === entry) waiting.delete(id), job.reject(new RetryHere());
		});
		return entry;
	};
	return {
		async render(content: string, options?: RenderOptions) {
			if (broken) return inThread.render(content, options);
			if (pool.length < size) pool.push(start());
			const entry = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
			const id = next++;
			clearTimeout(entry.idle);
			entry.busy++;
			entry.worker.ref();
			try {
				return await new Promise<RenderReply['result']>((resolve, reject) => {
					waiting.set(id, { resolve, reject, on: entry });
					entry.worker.postMessage({ id, content, frontmatter: options?.frontmatter, fileURL: options?.fileURL?.href } satisfies RenderRequest);
				}) as Awaited<ReturnType<Renderer['render']>>;
			} catch (error) {
				if (error instanceof RetryHere) return inThread.render(content, options);
				throw error;
			}
		},
	} as Renderer;
}

class RetryHere extends Error {}
