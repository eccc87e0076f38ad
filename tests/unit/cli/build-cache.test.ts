import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clearCache, markBuilding } from '../../../src/cli/build-cache.ts';
import { renice } from '../../../src/cli/priority.ts';

describe('markBuilding', () => {
	const root = mkdtempSync(join(tmpdir(), 'gyzh-mark-'));
	const dir = join(root, '.build-tmp/cache/abc');
	mkdirSync(dir, { recursive: true });
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const pages = () => [join(dir, 'incremental-build.json'), join(dir, 'dist/articles/a/index.html')];
	const seed = () => {
		mkdirSync(join(dir, 'dist/articles/a'), { recursive: true });
		for (const file of pages()) writeFileSync(file, 'x');
		writeFileSync(join(dir, 'data-store.json'), '[]');
	};

	it('keeps the page copies after a build that finished', () => {
		seed();
		markBuilding(root, dir)();
		expect(markBuilding(root, dir)).toBeTypeOf('function');
		// The second mark found none left: nothing dropped.
		expect(pages().every(existsSync)).toBe(true);
	});

	it('drops the page copies (not the content cache) when the last build died on the way', () => {
		seed();
		// The mark of the build above is still there: it never cleared it, as a killed build would not.
		const clear = markBuilding(root, dir);
		expect(pages().some(existsSync)).toBe(false);
		expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
		clear();
		expect(existsSync(join(dir, 'building.pid'))).toBe(false);
	});
});

describe('renice (background deletion, the search index during page generation)', () => {
	it('lowers a process to the priority asked for, and leaves a process it may not change alone', () => {
		const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)'], { stdio: 'ignore' });
		try {
			renice(child.pid!, 19);
			expect(getPriority(child.pid!)).toBe(19);
			// No such process: no throw.
			expect(() => renice(2 ** 22 + 1, 19)).not.toThrow();
		} finally {
			child.kill();
		}
	});
});

describe('clearCache (a full build)', () => {
	const root = mkdtempSync(join(tmpdir(), 'gyzh-clear-'));
	const dir = join(root, '.build-tmp/cache/abc');
	const render = join(dir, 'epaper/0123abcd/600.webp');
	afterAll(() => rmSync(root, { recursive: true, force: true }));
	const seed = () => {
		mkdirSync(join(dir, 'epaper/0123abcd'), { recursive: true });
		writeFileSync(render, 'image');
		writeFileSync(join(dir, 'data-store.json'), '[]');
		writeFileSync(join(dir, 'content-folder.txt'), '/somewhere\n');
	};

	it('keeps the e-paper renders the same renderer made, and nothing else, unless asked to be clean', () => {
		seed();
		// Renders of unknown origin (no renderer digest beside them) go.
		expect(clearCache(root, dir)).toEqual({ keptRenders: false });
		expect(existsSync(render)).toBe(false);
		expect(existsSync(join(dir, 'content-folder.txt'))).toBe(true);
		seed();
		expect(clearCache(root, dir)).toEqual({ keptRenders: true });
		expect(existsSync(render)).toBe(true);
		expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
		clearCache(root, dir, { clean: true });
		expect(existsSync(render)).toBe(false);
	});

	it('drops them when the rendering code changed', () => {
		seed();
		clearCache(root, dir);
		expect(existsSync(render)).toBe(true);
		mkdirSync(join(root, 'src/lib/epaper'), { recursive: true });
		writeFileSync(join(root, 'src/lib/epaper/geometry.ts'), 'export const changed = true;\n');
		clearCache(root, dir);
		expect(existsSync(render)).toBe(false);
	});
});
