import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../src/lib/gazetteer.ts';

const g = getGazetteer('陕西省');

describe('gazetteer', () => {
	it('knows every county-level division with unique ASCII slugs', () => {
		expect(g.counties.length).toBeGreaterThan(2800);
		const ids = g.counties.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});

	it('resolves plain names of the sample page', () => {
		for (const [name, id, city] of [
			['紫阳县', 'ziyang-xian', '安康市'],
			['滨海县', 'binhai-xian', '盐城市'],
			['靖边县', 'jingbian-xian', '榆林市'],
			['陈仓区', 'chencang-qu', '宝鸡市'],
			['宁陕县', 'ningshan-xian', '安康市'],
		] as const) {
			const r = g.resolveCounty(name);
			expect(r.ok && r.place.id).toBe(id);
			expect(r.ok && r.place.city).toBe(city);
		}
	});

	it('prefers the home province for names that repeat, and asks to qualify the others', () => {
		const changan = g.resolveCounty('长安区');
		expect(changan.ok && changan.place.city).toBe('西安市');
		const chaoyang = g.resolveCounty('朝阳区');
		expect(chaoyang.ok).toBe(false);
		if (!chaoyang.ok && chaoyang.reason === 'ambiguous') expect(chaoyang.suggestions).toContain('北京市朝阳区');
		const qualified = g.resolveCounty('北京市朝阳区');
		expect(qualified.ok && qualified.place.id).toBe('chaoyang-qu-beijing');
	});

	it('suggests homophones and completions for unknown names', () => {
		const typo = g.resolveCounty('紫杨县');
		expect(!typo.ok && typo.suggestions[0]).toBe('紫阳县');
		const partial = g.resolveCity('西安');
		expect(!partial.ok && partial.suggestions).toEqual(['西安市']);
	});

	it('treats municipalities as cities and disambiguates homonymous cities', () => {
		const beijing = g.resolveCity('北京市');
		expect(beijing.ok && beijing.place.id).toBe('beijing');
		const yichun = g.resolveCity('伊春市');
		expect(yichun.ok && yichun.place.id).toBe('yichun-heilongjiang');
		expect(g.countyLabel(g.countyById.get('binhai-xian')!)).toBe('滨海县');
		expect(g.countyLabel(g.countyById.get('chaoyang-qu-beijing')!)).toBe('北京市朝阳区');
	});
});
