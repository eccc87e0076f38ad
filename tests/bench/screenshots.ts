/**
 * `npm run screenshots [-- --dist DIR --out DIR --dark]`: full-page screenshots of every page
 * type at 360 and 1280 px in the tests' Chromium, for looking at what readers get. Uses the
 * machine's fonts (install fonts-noto-cjk to see Chinese; tests never depend on them).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, serve } from '../helpers/browser.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, out: { type: 'string', default: 'bench/out/screens' }, dark: { type: 'boolean', default: false }, only: { type: 'string' } } });
const PAGES: Record<string, string> = {
	home: '/',
	article: '/articles/2022/0209-02-changqing-wucaiyouchang/',
	photo: '/articles/2022/0209-09-ningshan-songnuan/',
	issue: '/issues/2022-02-09/',
	issues: '/issues/',
	county: '/counties/ziyang-xian/',
	counties: '/counties/',
	city: '/cities/xian/',
	cities: '/cities/',
	tag: '/tags/',
	search: '/search/?q=%E5%B7%A5%E4%BC%9A',
	'search-empty': '/search/',
	author: '/authors/',
	'404': '/404.html',
};
mkdirSync(values.out, { recursive: true });
const server = await serve(values.dist);
const browser = await launch();
for (const width of [360, 1280]) {
	const page = await browser.newPage({ viewport: { width, height: width < 400 ? 740 : 800 }, colorScheme: values.dark ? 'dark' : 'light' });
	for (const [name, path] of Object.entries(PAGES)) {
		if (values.only && !values.only.split(',').includes(name)) continue;
		const response = await page.goto(server.origin + path);
		await page.waitForTimeout(name.startsWith('search') ? 800 : 100);
		const file = join(values.out, `${name}-${width}${values.dark ? '-dark' : ''}.png`);
		await page.screenshot({ path: file, fullPage: true });
		console.log(`${response?.status()} ${file}`);
	}
	await page.close();
}
await browser.close();
await server.close();
