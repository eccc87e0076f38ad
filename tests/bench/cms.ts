/**
 * `npm run bench:cms`: what the web editor costs, measured in Chromium against `npm run edit` on the
 * sample content: the size of what /admin/ downloads (raw and gzip), the time from opening the
 * new-article form to its first field, and the county picker's latency over the whole gazetteer —
 * from the last keystroke to the matching option shown — for a narrow query (紫阳) and a broad one
 * (县, hundreds of matches). Median of five runs each. A benchmark, not a test: it prints.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { launch } from '../helpers/browser.ts';
import { startEdit } from '../helpers/dev.ts';
import { repoRoot } from '../helpers/site.ts';

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;

const server = await startEdit(join(repoRoot, 'content'));
try {
	const fetched = async (path: string) => Buffer.from(await (await fetch(`${server.origin}${path}`)).arrayBuffer());
	const main = readFileSync(join(decapDist, 'decap-cms.js'));
	const chunks = readdirSync(decapDist).filter((f) => /^\d+\.decap-cms\.js$|\.wasm$/.test(f));
	const chunkBytes = chunks.reduce((n, f) => n + readFileSync(join(decapDist, f)).length, 0);
	const admin = await fetched('/admin/admin.js');
	const config = await fetched('/admin/config.yml');
	console.log('What /admin/ downloads (raw / gzip):');
	console.log(`  decap-cms.js        ${kib(main.length)} / ${kib(gzipSync(main).length)}`);
	console.log(`  admin.js (ours)     ${kib(admin.length)} / ${kib(gzipSync(admin).length)}`);
	const fields = (parse(config.toString()) as { collections: { fields: { name: string; options?: unknown[] }[] }[] }).collections[0]!.fields;
	const count = (name: string) => fields.find((f) => f.name === name)?.options?.length ?? 0;
	console.log(`  config.yml          ${kib(config.length)} / ${kib(gzipSync(config).length)}  (${count('counties')} counties, ${count('cities')} cities)`);
	console.log(`  lazy chunks + wasm  ${kib(chunkBytes)} in ${chunks.length} files (loaded on demand; copied into dist/admin/)`);

	const browser = await launch();
	const open: number[] = [];
	const picker: Record<string, number[]> = { 紫阳: [], 县: [] };
	for (let run = 0; run < 5; run++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${server.origin}/admin/`);
		await page.getByRole('button', { name: '登录' }).click();
		await page.getByText('稿件').first().waitFor();
		const started = performance.now();
		await page.goto(`${server.origin}/admin/#/collections/articles/new`);
		await page.locator('textarea[id^=title-field]').waitFor();
		open.push(performance.now() - started);
		const input = page.locator('input[id^=counties-field]');
		for (const [query, expected] of [
			['紫阳', '紫阳县（陕西省安康市）ziyang'],
			['县', '蓝田县（陕西省西安市）lantian'],
		] as const) {
			await input.click();
			await page.keyboard.type(query.slice(0, -1));
			const t0 = performance.now();
			await page.keyboard.type(query.slice(-1));
			await page.getByText(expected, { exact: true }).waitFor();
			picker[query]!.push(performance.now() - t0);
			await page.keyboard.press('Escape');
			await input.fill('');
		}
		await page.close();
	}
	await browser.close();
	console.log(`\nNew-article form ready: median ${median(open).toFixed(0)} ms (runs: ${open.map((t) => t.toFixed(0)).join(', ')})`);
	for (const [query, times] of Object.entries(picker)) {
		console.log(`County picker “${query}” → option shown: median ${median(times).toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
	}
} finally {
	await server.stop();
}
