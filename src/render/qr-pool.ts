/**
 * The articles' WeChat QR codes drawn before page generation, on the core that is otherwise
 * idle while the build checks the articles and Astro starts. A code takes 0.25–0.33 ms (2,000
 * article URLs), which on the page renderer's one thread would be 3 s of 10,000 pieces (the
 * worker's CPU profile: 4 s with its start) and 15 s of 50,000. The build command knows
 * every article's address once it has checked them (`precomputeQr`), a worker thread draws them
 * with the same `qrSvg`, and a page takes its code from here when it is ready (`precomputedQr`),
 * else draws it itself. A code is looked up by the exact URL it encodes, so a miss costs time,
 * never a wrong code.
 */
import { Worker } from 'node:worker_threads';

const DRAWN = Symbol.for('gongyun-zongheng.qr-codes');
type Holder = { [DRAWN]?: Map<string, string> };

/** The code of `url` if it was drawn in advance; taken, so the codes are not held after their pages. */
export function precomputedQr(url: string): string | undefined {
	const drawn = (globalThis as Holder)[DRAWN];
	const svg = drawn?.get(url);
	if (svg !== undefined) drawn!.delete(url);
	return svg;
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.qr).then(async ({ qrSvg }) => {
	let batch = [];
	for (const url of workerData.urls) {
		batch.push([url, await qrSvg(url)]);
		if (batch.length === 200) parentPort.postMessage(batch), (batch = []);
	}
	parentPort.postMessage(batch);
});
`;

/**
 * Starts drawing the codes of `urls` in a worker thread. Through a global, because Astro loads
 * the pages as modules of their own; the worker never keeps the process alive.
 */
export function precomputeQr(urls: readonly string[]) {
	const drawn = new Map<string, string>();
	(globalThis as Holder)[DRAWN] = drawn;
	if (!urls.length) return;
	const worker = new Worker(WORKER, { eval: true, workerData: { urls, qr: new URL('../lib/share/qr.ts', import.meta.url).href } });
	worker.unref();
	worker.on('message', (batch: [string, string][]) => {
		for (const [url, svg] of batch) drawn.set(url, svg);
	});
	// A worker that fails leaves the pages to draw their codes themselves.
	worker.on('error', () => {});
}
