import { describe, expect, test } from 'vitest';
import { CMS_DATE_FORMAT, TAGS_WIDGET, articleFields, cityOptions, cmsConfig, countyOptions, backendFromSettings, type CmsConfigOptions } from '../../src/lib/cms/config.ts';
import { checkPersist, refusalMessage } from '../../src/lib/cms/save.ts';
import { canonicalPlace, fromFile, toFile } from '../../src/lib/cms/format.ts';
import { ROLES } from '../../src/lib/authors.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { FIELD_HINTS, FIELD_LABELS } from '../../src/lib/messages.ts';
import { GENRES, articleSchema } from '../../src/lib/schemas/article.ts';

const gazetteer = getGazetteer('陕西省');
const options: CmsConfigOptions = {
	gazetteer,
	defaultColumn: '工运纵横',
	siteUrl: 'https://news.example.cn/gongyun/',
	articlesFolder: 'content/articles',
	existingTags: ['送温暖', '新就业形态'],
	backend: { name: 'github', repo: 'paper/site', branch: 'main' },
};
const fields = articleFields(options);
const field = (name: string) => fields.find((f) => f.name === name)!;

describe('web editor config, generated from the article schema', () => {
	test('every schema field, in schema order, then the body; labels and hints from the schema module', () => {
		const keys = Object.keys(articleSchema({ gazetteer, defaultColumn: '工运纵横' }).shape);
		expect(fields.map((f) => f.name)).toEqual([...keys, 'body']);
		for (const key of keys) {
			expect(field(key).label).toBe(FIELD_LABELS[key]);
			expect(field(key).hint, key).toContain(FIELD_HINTS[key]);
			expect(field(key).hint, key).toBeTruthy();
		}
	});

	test('required exactly where the schema rejects a missing value', () => {
		expect(fields.filter((f) => f.required).map((f) => f.name)).toEqual(['title', 'date']);
	});

	test('genres are the schema enum with its default; the date is stored as a calendar day', () => {
		expect(field('genre')).toMatchObject({ widget: 'select', options: [...GENRES], default: '消息' });
		expect(field('date')).toMatchObject({ widget: 'datetime', format: CMS_DATE_FORMAT, time_format: false, picker_utc: false });
		expect(field('page')).toMatchObject({ widget: 'number', value_type: 'int', min: 1 });
		expect(field('column').default).toBe('工运纵横');
		expect(field('draft')).toMatchObject({ widget: 'boolean', default: false });
	});

	test('county picker: every county of the gazetteer, home province first, and each value resolves back to it', () => {
		const counties = countyOptions(gazetteer);
		expect(counties).toHaveLength(gazetteer.counties.length);
		expect(counties.length).toBeGreaterThan(2900);
		expect(counties[0]!.label).toContain('陕西省');
		expect(counties.find((o) => o.label.startsWith('紫阳县'))).toEqual({ label: '紫阳县（陕西省安康市）ziyang', value: '紫阳县' });
		// 滨海县 exists once in China: plain; 长安区 is in Xi'an and Shijiazhuang: the Shaanxi one stays plain.
		expect(counties.filter((o) => o.value === '长安区')).toHaveLength(1);
		const values = new Set<string>();
		for (const [i, county] of [...gazetteer.counties].entries()) {
			const option = counties.find((o) => o.label.startsWith(county.name) && o.label.includes(county.city && county.city !== county.province ? county.province + county.city : county.province))!;
			const resolved = gazetteer.resolveCounty(option.value);
			expect(resolved.ok && resolved.place.code, `${i} ${option.value}`).toBeTruthy();
			values.add(option.value);
		}
		expect(values.size).toBe(counties.length);
		expect(field('counties')).toMatchObject({ widget: 'select', multiple: true });
	});

	test('city picker values resolve to the city they show', () => {
		const cities = cityOptions(gazetteer);
		expect(cities).toHaveLength(gazetteer.cities.length);
		for (const option of cities) {
			const resolved = gazetteer.resolveCity(option.value);
			expect(resolved.ok, option.value).toBe(true);
			expect(option.label.startsWith(resolved.ok ? resolved.place.name : '?'), option.label).toBe(true);
		}
	});

	test('tags suggest the existing ones; images go beside the article', () => {
		expect(field('tags')).toMatchObject({ widget: TAGS_WIDGET, suggestions: ['送温暖', '新就业形态'] });
		const config = cmsConfig(options);
		expect(config.locale).toBe('zh_Hans');
		expect(config.backend).toEqual({ name: 'github', repo: 'paper/site', branch: 'main' });
		expect(config.local_backend).toBeUndefined();
		expect(config.collections[0]).toMatchObject({ folder: 'content/articles', media_folder: '', path: '{{year}}/{{month}}{{day}}-{{slug}}', extension: 'md' });
	});

	test('production backend from settings: none without a repository; PKCE with an app id', () => {
		expect(backendFromSettings({})).toBeUndefined();
		expect(backendFromSettings({ backend: 'gitea', repo: 'news/site', baseUrl: 'https://git.example.cn', apiRoot: 'https://git.example.cn/api/v1', appId: 'abc' })).toEqual({
			name: 'gitea',
			repo: 'news/site',
			branch: 'main',
			base_url: 'https://git.example.cn',
			api_root: 'https://git.example.cn/api/v1',
			app_id: 'abc',
			auth_type: 'pkce',
		});
		expect(() => backendFromSettings({ backend: 'gitee', repo: 'a/b' })).toThrow(/gitee.*不是网页编辑器支持的/);
	});
});

describe('the checker in front of every web-editor save', () => {
	const check = (raw: string, opts: { assets?: string[]; onDisk?: string[] } = {}) =>
		checkPersist(
			{ entry: { path: 'content/articles/2026/1130-x.md', raw }, assets: (opts.assets ?? []).map((path) => ({ path })) },
			{ gazetteer, defaultColumn: '工运纵横', articlesFolder: 'content/articles', exists: (p) => (opts.onDisk ?? []).includes(p) },
		);

	test('a valid article passes; an image counts when it is uploaded with the save or already on disk', () => {
		const raw = '---\ntitle: 标题\ndate: 2026-11-30\ncounties:\n  - 紫阳县\nimage: photo.jpg\nimageAlt: 说明\n---\n正文\n';
		expect(check(raw, { assets: ['content/articles/2026/photo.jpg'] })).toEqual([]);
		expect(check(raw, { onDisk: ['content/articles/2026/photo.jpg'] })).toEqual([]);
		expect(check(raw)[0]).toMatchObject({ field: 'image', line: 6 });
	});

	test('what the schema rejects is refused with every message, file and line', () => {
		const diagnostics = check('---\ntitle: 标题\ndate: 2026-02-30\ncounties: [紫杨县]\nkicker: ""\n---\n');
		expect(diagnostics.map((d) => [d.field, d.line])).toEqual([
			['date', 3],
			['counties.0', 4],
			['kicker', 5],
		]);
		const message = refusalMessage(diagnostics);
		expect(message).toContain('没有保存：稿件有 3 处需要修改');
		expect(message).toContain('content/articles/2026/1130-x.md:4');
		expect(message).toContain('紫阳县');
	});

	test('files outside the articles folder are not checked as articles', () => {
		expect(checkPersist({ entry: { path: 'README.md', raw: 'no frontmatter' } }, { gazetteer, defaultColumn: '工运纵横', articlesFolder: 'content/articles', exists: () => false })).toEqual([]);
	});
});

describe('the web editor’s file format: our frontmatter reader and writer', () => {
	const pickers = { counties: countyOptions(gazetteer), cities: cityOptions(gazetteer) };

	test('a place written in another accepted form opens as the picker’s value', () => {
		expect(canonicalPlace('盐城市滨海县', pickers.counties)).toBe('滨海县');
		expect(canonicalPlace('陕西省紫阳县', pickers.counties)).toBe('紫阳县');
		expect(canonicalPlace('安康市紫阳县', pickers.counties)).toBe('紫阳县');
		expect(canonicalPlace('陕西安康市紫阳县', pickers.counties)).toBe('紫阳县');
		expect(canonicalPlace('紫 阳 县', pickers.counties)).toBe('紫阳县');
		// Unknown, or matching several, stays as written (the checker then explains it).
		expect(canonicalPlace('紫杨县', pickers.counties)).toBe('紫杨县');
		expect(canonicalPlace('陕西省西安市', pickers.cities)).toBe('西安市');
		// Every county's fully qualified name comes back to its own picker value.
		for (const county of gazetteer.counties.filter((_, i) => i % 7 === 0)) {
			const qualified = (county.city && county.city !== county.province ? county.province + county.city : county.province) + county.name;
			expect(canonicalPlace(qualified, pickers.counties), qualified).toBe(gazetteer.countyLabel(county));
		}
	});

	test('reads: dates as calendar days, single names as lists, ./ dropped from the image, body apart', () => {
		const data = fromFile('---\ntitle: 标题\ndate: 2024-02-01\nauthors: 王山功\ncounties: [盐城市滨海县]\nimage: ./a.png\n---\n\n正文\n', pickers);
		expect(data).toEqual({ title: '标题', date: '2024-02-01', authors: [{ name: '王山功' }], counties: ['滨海县'], image: 'a.png', body: '正文\n' });
	});

	test('people: 记者 刘强 opens as name + role; a name without a role is written bare', () => {
		const data = fromFile('---\ntitle: 标题\ndate: 2024-02-01\nauthors: [记者 刘强, { name: 贺婷, role: 通讯员 }, 王五]\n---\n正文\n', pickers);
		expect(data.authors).toEqual([{ name: '刘强', role: '记者' }, { name: '贺婷', role: '通讯员' }, { name: '王五' }]);
		const text = toFile({ title: '标题', date: '2024-02-01', authors: [{ name: '刘强', role: '记者' }, { name: '王五', role: '' }] }, ['title', 'date', 'authors']);
		expect(text).toContain('authors: [{name: 刘强, role: 记者}, 王五]');
	});

	test('the people fields edit a name and a role from the one role list', () => {
		const authors = articleFields(options).find((f) => f.name === 'authors')!;
		expect(authors.widget).toBe('list');
		const [name, role] = authors.fields as { name: string; widget: string; options?: string[] }[];
		expect(name).toMatchObject({ name: 'name', widget: 'string' });
		expect(role).toMatchObject({ name: 'role', widget: 'select' });
		expect(role!.options).toEqual([...ROLES]);
	});

	test('a file whose YAML is broken does not open as an empty form', () => {
		expect(() => fromFile('---\ntitle: "标题\n---\n正文', pickers)).toThrow(/格式错误/);
	});

	test('writes: form order, empty boxes left out, short lists inline, image as ./file, unknown keys kept', () => {
		// A headline written on two lines of the box is a list in the file, and opens as two lines again.
		const twoLines = toFile({ title: '走访慰问新就业形态劳动者\n 为快递小哥送上关爱 ', date: '2022-02-09' }, ['title', 'date']);
		expect(twoLines).toBe('---\ntitle:\n  - 走访慰问新就业形态劳动者\n  - 为快递小哥送上关爱\ndate: 2022-02-09\n---\n');
		expect(fromFile(twoLines, pickers).title).toBe('走访慰问新就业形态劳动者\n为快递小哥送上关爱');
		const text = toFile(
			{ extra: 1, date: '2026-11-30', title: '标题', kicker: '', counties: ['紫阳县'], tags: [], image: 'a.png', body: '正文\n\n## 小标题\n' },
			['title', 'kicker', 'date', 'counties', 'tags', 'image'],
		);
		expect(text).toBe('---\ntitle: 标题\ndate: 2026-11-30\ncounties: [紫阳县]\nimage: ./a.png\nextra: 1\n---\n\n正文\n\n## 小标题\n');
		// And what it writes reads back the same.
		expect(fromFile(text, pickers)).toMatchObject({ title: '标题', date: '2026-11-30', counties: ['紫阳县'], image: 'a.png', extra: 1 });
	});
});
