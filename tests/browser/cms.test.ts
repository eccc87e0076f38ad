/**
 * The web editor (Decap CMS at /admin/) in local mode, driven in Chromium as an editor would:
 * `npm run edit` on a copy of a fixture site, a new article typed and saved to disk, checked by
 * the build's checker and published by the real build; then a bad date and a missing image
 * description that the editor must refuse, with the file on disk left as it was.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../helpers/browser.ts';
import { startEdit, type DevServer } from '../helpers/dev.ts';
import { buildSite, copyFixture, loadPage, repoRoot, text } from '../helpers/site.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { validateArticles } from '../../src/lib/validate.ts';

const SCREENSHOTS = process.env.GONGYUN_SCREENSHOTS;
const IMAGE = join(repoRoot, 'tests/fixtures/basic/articles/2024/binhai-yizhan.png');

let browser: Browser;
let server: DevServer;
let content: string;

beforeAll(async () => {
	content = copyFixture('basic');
	server = await startEdit(content);
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.stop();
});

async function openEditor(hash: string): Promise<Page> {
	const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
	await page.goto(`${server.origin}/admin/#${hash}`);
	// Local mode: the button enters without an account.
	await page.getByRole('button', { name: '登录' }).click();
	await page.locator('textarea[id^=title-field]').waitFor();
	return page;
}

async function publish(page: Page) {
	await page.getByRole('button', { name: '发布' }).click();
	await page.getByRole('menuitem', { name: '立即发布' }).click();
}

function articleFiles(year: string): string[] {
	const dir = join(content, 'articles', year);
	return existsSync(dir) ? readdirSync(dir) : [];
}

describe('web editor, local mode', () => {
	test('creates an article that passes the checker and is published by the build', async () => {
		const page = await openEditor('/collections/articles/new');
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'cms-new-1280.png') });
		await page.locator('textarea[id^=title-field]').fill('紫阳县总工会走访慰问快递小哥');
		await page.locator('input[id^=date-field]').fill('2026-11-30');

		// The county picker over the whole gazetteer: typing two characters finds the county.
		await page.locator('input[id^=counties-field]').fill('紫阳');
		const option = page.getByText('紫阳县（陕西省安康市）ziyang', { exact: true });
		await option.waitFor();
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'cms-county-picker-1280.png') });
		await option.click();

		// Tags: an existing one is suggested; a new one may be typed.
		const tags = page.locator('input[id^=tags-field]');
		await expect.poll(() => tags.evaluate((input: HTMLInputElement) => [...(input.list?.options ?? [])].map((o) => o.value))).toContain('新就业形态');
		await tags.fill('新就业形态');
		await tags.fill('快递小哥');
		await tags.press('Enter');

		// Body in the rich-text editor, with a subhead from the heading menu.
		await page.locator('[data-slate-editor]').click();
		await page.keyboard.type('春节前夕，紫阳县总工会为快递小哥送去慰问品。');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: '标题' }).click();
		await page.getByRole('menuitem', { name: '标题 2' }).click();
		await page.keyboard.type('把关爱送到心坎上');
		await page.keyboard.press('Enter');
		await page.keyboard.type('该县已组建快递行业工会联合会。');

		// A lead image, uploaded through the media library, with its description.
		await page.getByRole('button', { name: '选择图片' }).click();
		await page.locator('input[type=file]').setInputFiles(IMAGE);
		await page.getByRole('button', { name: '选用已选中项目' }).click();
		await page.locator('input[id^=imageAlt-field]').fill('快递小哥领取慰问品');
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'cms-filled-1280.png') });

		await publish(page);
		await page.getByText('内容已保存').first().waitFor();
		// The preview lists it at once (the newest issue is on the home page).
		await page.goto(`${server.origin}/`);
		await expect.poll(() => page.locator('main').innerText(), { timeout: 20_000 }).toContain('紫阳县总工会走访慰问快递小哥');
		await page.close();

		const name = articleFiles('2026').find((f) => f.endsWith('.md'));
		expect(name).toBe('1130-紫阳县总工会走访慰问快递小哥.md');
		const source = readFileSync(join(content, 'articles/2026', name!), 'utf8');
		expect(source).toMatch(/^date: 2026-11-30$/m);
		expect(source).toMatch(/^## 把关爱送到心坎上$/m);
		// Written as an editor would type it: short lists inline, the image beside the file as ./name.
		expect(source).toMatch(/^counties: \[紫阳县\]$/m);
		expect(source).toMatch(/^tags: \[新就业形态, 快递小哥\]$/m);
		expect(source).toMatch(/^image: \.\/binhai-yizhan\.png$/m);
		// Fields left empty are not written as empty values (the checker would refuse `kicker: ''`).
		expect(source).not.toMatch(/^kicker:/m);
		expect(articleFiles('2026')).toContain('binhai-yizhan.png');

		// The build's checker accepts the file as saved.
		const { diagnostics, articles } = validateArticles([{ file: name!, entry: `2026/${name}`, source }], {
			gazetteer: getGazetteer('陕西省'),
			defaultColumn: '工运纵横',
			fileExists: (_entry, relative) => existsSync(join(content, 'articles/2026', relative)),
		});
		expect(diagnostics).toEqual([]);
		expect(articles[0]!.data.counties).toEqual(['ziyang-xian']);
		expect(articles[0]!.data.tags).toEqual(['新就业形态', '快递小哥']);

		// And the real build publishes it.
		await server.stop();
		const build = buildSite({ content });
		expect(build.status, build.stderr).toBe(0);
		const $ = loadPage(build.outDir, encodeURI('/articles/2026/1130-紫阳县总工会走访慰问快递小哥/'));
		expect(text($, 'h1').join('')).toContain('紫阳县总工会走访慰问快递小哥');
		expect(text($, 'h2')).toContain('把关爱送到心坎上');
		expect($('img[alt="快递小哥领取慰问品"]').length).toBe(1);
		server = await startEdit(content);
	});

	test('an edit with a bad date, or an image without its description, is refused and the file is left as it was', async () => {
		const file = join(content, 'articles/2024/0201-02-binhai.md');
		const before = readFileSync(file, 'utf8');
		const page = await openEditor('/collections/articles/entries/2024/0201-02-binhai');
		const date = page.locator('input[id^=date-field]');
		expect(await date.inputValue()).toBe('2024-02-01');
		// The file says 盐城市滨海县; the picker shows it as its own option.
		await expect.poll(() => page.locator('[id^=counties-field]').locator('xpath=ancestor::div[contains(@class,"container")][1]').innerText()).toContain('滨海县（江苏省盐城市）');

		// 30 February typed into the date box: the box holds no date, the form refuses to save.
		await page.getByRole('button', { name: '清除' }).click();
		await date.focus();
		await page.keyboard.type('02302024');
		expect(await date.inputValue()).toBe('');
		await publish(page);
		await expect.poll(() => page.getByText('“见报日期”是必填项').count()).toBeGreaterThan(0);
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'cms-bad-date-1280.png') });
		expect(readFileSync(file, 'utf8')).toBe(before);

		// A mistake the form cannot see (image without description) is refused by the checker on save.
		await page.locator('.Toastify__close-button').first().click();
		await date.fill('2024-02-02');
		await page.locator('input[id^=imageAlt-field]').fill('');
		await publish(page);
		const notice = page.getByText(/没有保存：稿件有 1 处需要修改/).first();
		await notice.waitFor();
		expect(await notice.innerText()).toContain('有图片 image 时必须填写图片说明 imageAlt');
		if (SCREENSHOTS) await page.screenshot({ path: join(SCREENSHOTS, 'cms-refused-1280.png') });
		expect(readFileSync(file, 'utf8')).toBe(before);
		expect(server.output()).toContain('网页编辑器的保存被拒绝');
		await page.close();
	});
});
