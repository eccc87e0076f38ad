import { describe, expect, test } from 'vitest';
import { getGazetteer } from '../../src/lib/gazetteer.ts';
import { articleSchema } from '../../src/lib/schemas/article.ts';

const gazetteer = getGazetteer('陕西省');
const schema = articleSchema({ gazetteer, defaultColumn: '工运纵横' });
const counties = (names: string[]) => schema.safeParse({ title: '标题', date: '2024-02-01', counties: names });

describe('place-name guard: a far county that looks like a home one', () => {
	test('北林区 (Heilongjiang) where 碑林区 (Xi’an) sounds the same is an error naming both and both fixes', () => {
		const result = gazetteer.resolveCounty('北林区');
		expect(result).toMatchObject({ ok: false, reason: 'lookalike', place: { province: '黑龙江省', city: '绥化市' } });
		const parsed = counties(['北林区']);
		expect(parsed.success).toBe(false);
		const message = parsed.error!.issues[0]!.message;
		expect(message).toContain('“北林区”不在本省（陕西省），而是 绥化市北林区');
		expect(message).toContain('请改成 碑林区');
		expect(message).toContain('请写全称 绥化市北林区');
	});

	test('qualified, the far county is accepted; the home one is plain', () => {
		expect(counties(['绥化市北林区', '黑龙江省北林区', '碑林区']).data?.counties).toEqual(['beilin-qu-suihua', 'beilin-qu-xian']);
	});

	test('same sound catches the likely slips (丰县/凤县, 郏县/佳县); different words stay plain (东城区, 滨海县)', () => {
		for (const [far, home] of [
			['丰县', '凤县'],
			['郏县', '佳县'],
			['镇平县', '镇坪县'],
		]) {
			const result = gazetteer.resolveCounty(far);
			expect(result.ok, far).toBe(false);
			expect(!result.ok && result.reason === 'lookalike' && result.lookalikes.map((c) => c.name), far).toEqual([home]);
		}
		for (const name of ['东城区', '滨海县', '昆山市', '紫金县']) expect(gazetteer.resolveCounty(name).ok, name).toBe(true);
		// How many of China's counties the rule turns into errors when written plain: a handful.
		const flagged = gazetteer.counties.filter((c) => {
			const r = gazetteer.resolveCounty(c.name);
			return !r.ok && r.reason === 'lookalike';
		});
		expect(flagged.length).toBeLessThan(20);
	});

	test('the shortest accepted name of a look-alike is its qualified one (what the importer and the web editor write)', () => {
		const beilin = gazetteer.counties.find((c) => c.name === '北林区')!;
		expect(gazetteer.countyLabel(beilin)).toBe('绥化市北林区');
		expect(gazetteer.countyLabel(gazetteer.counties.find((c) => c.name === '碑林区')!)).toBe('碑林区');
	});
});
