/** The author model: names are people, roles are data (src/lib/authors.ts and the schema field). */
import { describe, expect, it } from 'vitest';
import { formatPeople, parsePeople, parsePerson } from '../../src/lib/authors.ts';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';
import { newsArticleJsonLd } from '../../src/lib/structured-data.ts';
import { validateArticles } from '../../src/lib/validate.ts';

const gazetteer = getGazetteer('陕西省');
const schema = articleSchema({ gazetteer, defaultColumn: '工运纵横' });
const parse = (authors: unknown) => schema.safeParse({ title: '标题', date: '2022-02-09', authors });

describe('people as printed', () => {
	it('reads a role before a name, with or without a space', () => {
		expect(parsePerson('记者 刘强')).toEqual({ name: '刘强', role: '记者' });
		expect(parsePerson('记者刘强')).toEqual({ name: '刘强', role: '记者' });
		expect(parsePerson('特约通讯员 贺婷')).toEqual({ name: '贺婷', role: '特约通讯员' });
		expect(parsePerson('本报记者王辉')).toEqual({ name: '王辉', role: '本报记者' });
		expect(parsePerson('刘强')).toEqual({ name: '刘强' });
		expect(parsePerson('记者')).toBeUndefined();
	});

	it('a role printed once covers the names after it, up to the next role', () => {
		expect(parsePeople('本报记者 刘强 王五 通讯员 贺婷')).toEqual([
			{ name: '刘强', role: '本报记者' },
			{ name: '王五', role: '本报记者' },
			{ name: '贺婷', role: '通讯员' },
		]);
		expect(parsePeople('韩江、曹文琦')).toEqual([{ name: '韩江' }, { name: '曹文琦' }]);
		expect(parsePeople('见习记者张敏 实习生李想')).toEqual([
			{ name: '张敏', role: '见习记者' },
			{ name: '李想', role: '实习生' },
		]);
	});

	it('prints each role once before its run of names', () => {
		const people = parsePeople('本报记者 刘强 王五 通讯员 贺婷');
		expect(formatPeople(people)).toBe('本报记者 刘强 王五 通讯员 贺婷');
		expect(formatPeople([{ name: '韩江' }, { name: '曹文琦' }])).toBe('韩江 曹文琦');
	});
});

describe('authors field', () => {
	it('accepts names, role + name strings and objects, and stores names with roles beside', () => {
		const r = parse(['记者 刘强', '王山功', { name: '贺婷', role: '特约通讯员' }, { name: '通讯员 张三' }]);
		expect(r.success && r.data.authors).toEqual([
			{ name: '刘强', role: '记者' },
			{ name: '王山功' },
			{ name: '贺婷', role: '特约通讯员' },
			{ name: '张三', role: '通讯员' },
		]);
		const one = parse('王山功');
		expect(one.success && one.data.authors).toEqual([{ name: '王山功' }]);
	});

	it('rejects an unknown role, a role without a name and several names in one value', () => {
		const bad = parse([{ name: '刘强', role: '主任' }]);
		expect(bad.success).toBe(false);
		expect(bad.error!.issues[0]!.message).toContain('身份 role “主任”不在可选范围内 (unknown role)');
		const roleOnly = parse(['记者']);
		expect(roleOnly.error!.issues[0]!.message).toContain('只有身份，没有人名');
		const glued = parse(['韩江 曹文琦']);
		expect(glued.error!.issues[0]!.message).toContain('像是几个人名写在了一起 (several names in one value)：请写成列表，例如 authors: [韩江, 曹文琦]');
	});

	it('JSON-LD author is a Person with the bare name, whatever the role', () => {
		const data = schema.parse({ title: '标题', date: '2022-02-09', source: '本报讯', authors: ['特约通讯员 贺婷', { name: '刘强', role: '记者' }] });
		const ld = newsArticleJsonLd({ data, url: 'https://example.org/a/', description: '', publication: '报', places: [] });
		expect(ld.author).toEqual([
			{ '@type': 'Person', name: '贺婷' },
			{ '@type': 'Person', name: '刘强' },
		]);
		expect(ld.isBasedOn).toBeUndefined();
		const local = newsArticleJsonLd({ data: { ...data, source: '本报西安讯' }, url: 'u', description: '', publication: '报', places: [] });
		expect(local.isBasedOn).toBeUndefined();
	});
});

describe('placeholder title', () => {
	const check = (source: string) =>
		validateArticles([{ file: 'content/articles/2022/0209-a.md', entry: '2022/0209-a.md', source }], { gazetteer, defaultColumn: '工运纵横', fileExists: () => true }).diagnostics;

	it('fails a published piece that still has the importer placeholder, naming the line', () => {
		const d = check('---\ndate: 2022-02-09\ntitle: 待定（无标题）\ndraft: false\n---\n\n正文。\n');
		expect(d).toHaveLength(1);
		expect(d[0]).toMatchObject({ line: 3, field: 'title' });
		expect(d[0]!.message).toContain('主题 title 还是占位文字“待定（无标题）” (placeholder title)');
	});

	it('lets a draft keep it', () => {
		expect(check('---\ndate: 2022-02-09\ntitle: 待定（无标题）\ndraft: true\n---\n\n正文。\n')).toEqual([]);
	});
});
