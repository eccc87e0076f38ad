import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { htmlFiles, runJobs, type CacheShard } from '../../../src/integrations/search/shards.ts';

/** A shard job of `pages` pages; only its size matters to the scheduler. */
const job = (id: string, pages: number) => ({ shard: { id, year: id, pages, from: '', members: Array.from({ length: pages }) }, dir: id }) as unknown as CacheShard;

function later(): { promise: Promise<void>; resolve: () => void } {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

describe('runJobs (the index step writing shards)', () => {
	it('gives a place the warmer held back to the next job once its shard is written', async () => {
		const warmer = later();
		const running = new Set<string>();
		const seen: string[][] = [];
		const gates = new Map<string, ReturnType<typeof later>>();
		const write = async (j: CacheShard) => {
			running.add(j.shard.id);
			seen.push([...running].sort());
			const gate = later();
			gates.set(j.shard.id, gate);
			await gate.promise;
			running.delete(j.shard.id);
		};
		const done = runJobs([job('a', 3), job('b', 2), job('c', 1)], 2, [warmer.promise], write);
		await new Promise((r) => setTimeout(r, 0));
		// One place is the warmer's: only the biggest job runs.
		expect([...running]).toEqual(['a']);
		warmer.resolve();
		await new Promise((r) => setTimeout(r, 0));
		// Its place is free: two jobs at once, as many as there are places.
		expect([...running].sort()).toEqual(['a', 'b']);
		gates.get('a')!.resolve();
		await new Promise((r) => setTimeout(r, 0));
		expect([...running].sort()).toEqual(['b', 'c']);
		gates.get('b')!.resolve();
		gates.get('c')!.resolve();
		await done;
		expect(Math.max(...seen.map((s) => s.length))).toBe(2);
	});

	it('stops taking jobs after one fails, and rejects with its error', async () => {
		const written: string[] = [];
		const write = async (j: CacheShard) => {
			written.push(j.shard.id);
			if (j.shard.id === 'a') throw new Error('Pagefind failed');
		};
		await expect(runJobs([job('a', 3), job('b', 2), job('c', 1)], 1, [], write)).rejects.toThrow('Pagefind failed');
		expect(written).toEqual(['a']);
	});
});

describe('htmlFiles (the built pages the index step looks at)', () => {
	it('lists every .html file under the folder, relative and sorted, and no folder whose name ends in .html', () => {
		const dir = mkdtempSync(join(tmpdir(), 'gongyun-html-files-'));
		try {
			for (const page of ['articles/2024/b/index.html', 'articles/2024/a/index.html', '404.html', 'index.html', 'tags/x.html/index.html', 'rss.xml', 'articles/2024/a/photo.jpg']) {
				mkdirSync(dirname(join(dir, page)), { recursive: true });
				writeFileSync(join(dir, page), '<p>.</p>');
			}
			const expected = ['404.html', 'articles/2024/a/index.html', 'articles/2024/b/index.html', 'index.html', 'tags/x.html/index.html'].map((p) => p.split('/').join(sep));
			expect(htmlFiles(dir)).toEqual(expected);
			// The same list as filtering Node's full recursive listing, which stats every entry.
			expect(htmlFiles(dir)).toEqual(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().filter((f) => f.endsWith('.html') && !statSync(join(dir, f)).isDirectory()));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
