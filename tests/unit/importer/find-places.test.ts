import { describe, expect, it } from 'vitest';
import { findPlaceMentions, placesOfText } from '../../../src/lib/importer/find-places.ts';
import { getGazetteer } from '../../../src/lib/gazetteer.ts';

const g = getGazetteer('陕西省');
const names = (text: string) => findPlaceMentions(text, g).filter((m) => m.kind !== 'province').map((m) => m.name);
const places = (text: string) => {
	const p = placesOfText(text, g);
	return { counties: p.counties.map((c) => g.countyLabel(c)), cities: p.cities.map((c) => c.name), ambiguous: p.ambiguous };
};

describe('finding place names in running text', () => {
	it('finds full names with their suffix, longest first', () => {
		expect(names('春节前夕，安康市紫阳县总工会开展慰问')).toEqual(['安康市', '紫阳县']);
		expect(names('已经在江苏省盐城市滨海县的多家企业')).toEqual(['盐城市', '滨海县']);
		expect(names('近年来，宝鸡市陈仓区总工会紧紧围绕')).toEqual(['宝鸡市', '陈仓区']);
	});

	it('does not take a stem without its suffix (紫阳, 西安)', () => {
		expect(names('紫阳茶叶远销西安')).toEqual([]);
		expect(names('来到西安城墙下')).toEqual([]);
	});

	it('takes a city’s short name at the head of an organisation’s name (西安昆仑公司)', () => {
		expect(names('西安昆仑公司召开职代会')).toEqual(['西安']);
		expect(names('宝鸡石油机械厂工会')).toEqual(['宝鸡']);
		expect(names('紫阳茶叶公司')).toEqual([]); // a county's short name: too many words start so
	});

	it('does not read names out of common words', () => {
		expect(names('沿海城市的工会')).toEqual([]); // 海城市
		expect(names('市委和县委都很重视')).toEqual([]); // 和县
		expect(names('提高县域经济水平')).toEqual([]); // 高县
		expect(names('维护和平区域稳定')).toEqual([]); // 和平区
		expect(names('老城区改造，城区道路')).toEqual([]); // 老城区, 城区
	});

	it('takes a two-character county after its city or after punctuation', () => {
		expect(names('延安市富县总工会')).toEqual(['延安市', '富县']);
		expect(names('近日，眉县总工会')).toEqual(['眉县']);
	});

	it('takes a name that is also a common word only after its city', () => {
		expect(names('西安市新城区总工会')).toEqual(['西安市', '新城区']);
	});
});

describe('counties and cities of a story', () => {
	it('a city named only as the prefix of its county is left out (安康市紫阳县 → 紫阳县)', () => {
		expect(places('安康市紫阳县总工会开展慰问。紫阳县已陆续组建快递工会')).toEqual({ counties: ['紫阳县'], cities: [], ambiguous: [] });
	});

	it('a city named on its own, with no county of it, stays (延安市)', () => {
		expect(places('位于西安市未央区的泾渭苑以及延安市河庄坪社区')).toEqual({ counties: ['未央区'], cities: ['延安市'], ambiguous: [] });
	});

	it('a city named once more on its own is still left out when the story is about its county', () => {
		expect(places('宝鸡市陈仓区总工会……陈仓区总工会以……陈仓区总工会指导……建立宝鸡市首个维权服务站')).toMatchObject({ counties: ['陈仓区'], cities: [] });
	});

	it('a city the story is about stays beside a county it mentions in passing', () => {
		expect(places('西安市总工会追授西安市住房和工程建设执法监察队职工……在西安市本轮疫情中负责碑林区酒店摸排')).toMatchObject({ counties: ['碑林区'], cities: ['西安市'] });
	});

	it('a county name found in several provinces is settled by the city the story names', () => {
		expect(places('南京市鼓楼区总工会')).toMatchObject({ counties: ['南京市鼓楼区'], ambiguous: [] });
		expect(places('鼓楼区总工会走访企业，福州市有关部门参加')).toMatchObject({ counties: ['福州市鼓楼区'] });
	});

	it('and reported, not guessed, when nothing settles it', () => {
		expect(places('鼓楼区总工会走访企业')).toEqual({ counties: [], cities: [], ambiguous: ['鼓楼区'] });
	});

	it('lists places in the order the story names them', () => {
		const p = placesOfText('延安市河庄坪社区和西安市未央区', g);
		expect(p.ordered.map((x) => x.name)).toEqual(['延安市', '未央区']);
	});
});
