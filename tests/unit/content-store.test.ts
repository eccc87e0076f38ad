import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import gongyunContentStore, { astroDevalue, contentStorePlugin, DATA_STORE_MODULE, dataStoreModule, LIVE_STORES } from '../../src/integrations/content-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'gyzh-content-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as Astro writes it: collections → entries, with dates and rendered HTML. */
async function writeStore(): Promise<{ file: string; store: Map<string, Map<string, unknown>> }> {
	const devalue = await import(pathToFileURL(astroDevalue()).href);
	const store = new Map<string, Map<string, unknown>>([
		['articles', new Map<string, unknown>([['2024/a', { id: '2024/a', data: { title: ['职工书屋'], date: new Date('2024-05-01') }, rendered: { html: '<p>“书香”进车间</p>' }, digest: 'x' }]])],
		['cities', new Map<string, unknown>([['xian', { id: 'xian', data: { name: '西安市' } }]])],
	]);
	const file = join(dir, 'data-store.json');
	writeFileSync(file, devalue.stringify(store));
	return { file, store };
}

describe('content store outside the bundle', () => {
	it('revives the store file into the same collections Astro wrote', async () => {
		const { file, store } = await writeStore();
		const module = join(dir, 'store.mjs');
		writeFileSync(module, dataStoreModule(file));
		const loaded = (await import(pathToFileURL(module).href)).default;
		expect(loaded).toBeInstanceOf(Map);
		expect(loaded).toEqual(store);
		expect(loaded.get('articles').get('2024/a').data.date).toBeInstanceOf(Date);
	});

	it('loads only the store module, only when the file is there, and marks it as content data', async () => {
		const { file } = await writeStore();
		const plugin = contentStorePlugin(() => file);
		expect(plugin.load.order).toBe('pre');
		expect(plugin.load.filter.id.test(DATA_STORE_MODULE)).toBe(true);
		expect(plugin.load.filter.id.test('astro:content')).toBe(false);
		expect(plugin.load.handler('\0astro:content')).toBeNull();
		const loaded = plugin.load.handler(DATA_STORE_MODULE)!;
		expect(loaded.code).toContain(JSON.stringify(file));
		// Nothing of the content itself goes into the bundle.
		expect(loaded.code).not.toContain('书香');
		expect(loaded.meta).toEqual({ astroIncremental: { kind: 'content-data' } });
		// No file (nothing synced, or another storage): Astro's own loader takes the module.
		expect(contentStorePlugin(() => join(dir, 'none.json')).load.handler(DATA_STORE_MODULE)).toBeNull();
		expect(contentStorePlugin(() => undefined).load.handler(DATA_STORE_MODULE)).toBeNull();
	});

	it('reads the build’s store from the cache folder and the preview’s from .astro/, and leaves chunked storage to Astro', () => {
		const config = (experimental = {}) => ({ root: pathToFileURL(`${dir}/`), cacheDir: pathToFileURL(`${dir}/cache/`), experimental });
		const withPlugin = (command: string) => {
			const integration = gongyunContentStore();
			const plugins: unknown[] = [];
			(integration.hooks['astro:config:setup'] as (o: unknown) => void)({ command, updateConfig: (c: { vite: { plugins: unknown[] } }) => plugins.push(...c.vite.plugins) });
			return { plugins, done: integration.hooks['astro:config:done'] as (o: unknown) => void };
		};
		expect(withPlugin('preview').plugins).toHaveLength(0);
		const build = withPlugin('build');
		expect(build.plugins).toHaveLength(1);
		const plugin = build.plugins[0] as ReturnType<typeof contentStorePlugin>;
		mkdirSync(join(dir, 'cache'), { recursive: true });
		writeFileSync(join(dir, 'cache/data-store.json'), '[]');
		build.done({ config: config() });
		expect(plugin.load.handler(DATA_STORE_MODULE)?.code).toContain(JSON.stringify(join(dir, 'cache/data-store.json')));
		build.done({ config: config({ collectionStorage: 'chunked' }) });
		expect(plugin.load.handler(DATA_STORE_MODULE)).toBeNull();
		const dev = withPlugin('dev');
		mkdirSync(join(dir, '.astro'), { recursive: true });
		writeFileSync(join(dir, '.astro/data-store.json'), '[]');
		dev.done({ config: config() });
		expect((dev.plugins[0] as ReturnType<typeof contentStorePlugin>).load.handler(DATA_STORE_MODULE)?.code).toContain(JSON.stringify(join(dir, '.astro/data-store.json')));
	});
});

describe("a sync that changed nothing", () => {
	it("leaves Astro's store file alone, and writes it when a value changed", async () => {
		const { keepUnchangedStore, storeWritten } = await import('../../src/integrations/content-store.ts');
		expect(await keepUnchangedStore()).toBe(true);
		// A build's writes may go to the worker (writeStoreAside, installed by a build's setup above).
		const writeToDisk = async () => {
			await store.writeToDisk();
			await storeWritten();
		};
		const url = new URL('./content/mutable-data-store.js', import.meta.resolve('astro'));
		const { MutableDataStore } = await import(url.href);
		const file = join(dir, 'meta-store.json');
		const store = await MutableDataStore.fromFile(file);
		store.metaStore().set('astro-version', '7.3.5');
		await writeToDisk();
		// Astro writes only what differs from the file; a file it would rewrite shows any write.
		writeFileSync(file, 'left as it was');
		store.metaStore().set('astro-version', '7.3.5');
		await writeToDisk();
		expect(readFileSync(file, 'utf8')).toBe('left as it was');
		store.metaStore().set('astro-version', '7.4.0');
		await writeToDisk();
		expect(readFileSync(file, 'utf8')).toContain('7.4.0');
		await store.waitUntilSaveComplete?.();
	});
});

describe("a build's store file", () => {
	it('is written in a worker with Astro’s own serialiser, and the build learns when it is on disk', async () => {
		const { writeStoreAside, storeWritten } = await import('../../src/integrations/content-store.ts');
		expect(await writeStoreAside()).toBe(true);
		const astroUrl = (file: string) => new URL(file, import.meta.resolve('astro')).href;
		const { MutableDataStore } = await import(astroUrl('./content/mutable-data-store.js'));
		const { serializeDataStore } = await import(astroUrl('./content/data-store-writer.js'));
		const file = join(dir, 'aside-store.json');
		const store = await MutableDataStore.fromFile(file);
		await storeWritten();
		const entry = { id: '2024/a', data: { title: ['职工书屋'], date: new Date('2024-05-01'), empty: undefined }, body: '“书香”进车间', digest: 'x' };
		store.set('articles', '2024/a', entry);
		store.set('articles', '2023/b', { ...entry, id: '2023/b' });
		await store.writeToDisk();
		await storeWritten();
		// The same bytes Astro writes on the main thread.
		expect(readFileSync(file, 'utf8')).toBe(serializeDataStore(store._collections));
		expect(readFileSync(file, 'utf8')).toContain('书香');
	});

	it('is written as before when the store holds what a worker cannot be given, and a failed write fails the build', async () => {
		const { writeStoreAside, storeWritten } = await import('../../src/integrations/content-store.ts');
		expect(await writeStoreAside()).toBe(true);
		const { MutableDataStore } = await import(new URL('./content/mutable-data-store.js', import.meta.resolve('astro')).href);
		// A URL cannot be cloned into a worker; devalue writes it.
		const file = join(dir, 'url-store.json');
		const store = await MutableDataStore.fromFile(file);
		store.set('links', 'a', { id: 'a', data: { href: new URL('https://example.cn/x') } });
		await store.writeToDisk();
		expect(readFileSync(file, 'utf8')).toContain('https://example.cn/x');
		// A folder that is not there: the write fails, and the build hears of it.
		const lost = await MutableDataStore.fromFile(join(dir, 'no-such-folder', 'store.json'));
		lost.set('articles', 'a', { id: 'a', data: {} });
		await lost.writeToDisk();
		// As an errno error, so the build command names it in Chinese (src/cli/build.ts, explain()).
		await expect(storeWritten()).rejects.toMatchObject({ code: 'ENOENT', message: expect.stringMatching(/no-such-folder/) });
		// Once reported, it does not fail the next build in the same process.
		await expect(storeWritten()).resolves.toBeUndefined();
	});
});

describe('the store the sync loaded', () => {
	const live = () => (globalThis as Record<symbol, Map<string, { _collections: unknown }>>)[Symbol.for(LIVE_STORES)]!;

	it('is kept by file when Astro loads it, and a build module takes its collections instead of parsing the file', async () => {
		const { keepUnchangedStore } = await import('../../src/integrations/content-store.ts');
		expect(await keepUnchangedStore()).toBe(true);
		const { file, store } = await writeStore();
		const { MutableDataStore } = await import(new URL('./content/mutable-data-store.js', import.meta.resolve('astro')).href);
		const loaded = await MutableDataStore.fromFile(pathToFileURL(file));
		expect(live().get(file)).toBe(loaded);
		expect(loaded._collections).toEqual(store);
		// The build's module: the very Map the sync holds (the file is not read again).
		const buildModule = join(dir, 'live-build.mjs');
		writeFileSync(buildModule, dataStoreModule(file, { live: true }));
		expect((await import(pathToFileURL(buildModule).href)).default).toBe(loaded._collections);
		// The preview's module reads the file, which Astro rewrites on every edit.
		const devModule = join(dir, 'live-dev.mjs');
		writeFileSync(devModule, dataStoreModule(file));
		const fromFile = (await import(pathToFileURL(devModule).href)).default;
		expect(fromFile).not.toBe(loaded._collections);
		expect(fromFile).toEqual(store);
	});

	it('is not taken for another file: that module parses its own', async () => {
		const other = join(dir, 'other-store.json');
		const devalue = await import(pathToFileURL(astroDevalue()).href);
		writeFileSync(other, devalue.stringify(new Map([['cities', new Map([['a', { id: 'a' }]])]])));
		const module = join(dir, 'live-other.mjs');
		writeFileSync(module, dataStoreModule(other, { live: true }));
		expect(live().has(other)).toBe(false);
		expect((await import(pathToFileURL(module).href)).default.get('cities').get('a')).toEqual({ id: 'a' });
	});
});
