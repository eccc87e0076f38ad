/**
 * Finds the counties and cities a story names, against the national gazetteer.
 *
 * Chinese has no spaces, so a name is found by scanning for gazetteer names, longest first.
 * Short names are also common words (和县 in 市委和县委, 高县 in 提高县域, 海城市 in 沿海城市), so:
 * - only full names count, with their suffix (紫阳县, 西安市; never 紫阳 or 西安);
 * - a name must start where a word starts (Intl.Segmenter's dictionary), unless it follows a
 *   place just found (宝鸡市陈仓区: the segmenter sometimes glues 市 to the next character);
 * - two-character names (富县, 眉县) must also follow a non-Chinese character or their own
 *   city or province; names that are plain words (城区, 矿区, 郊区, 新城区…) must follow their city;
 * - 区 followed by 域 is the word 区域 (和平区域), not a district;
 * - a city's name without 市 counts only at the head of an organisation's name (西安昆仑公司,
 *   宝鸡石油机械厂): there the short name is how the organisation is called, not a word.
 * A city is dropped when the story is about one of its counties: 安康市紫阳县 names 紫阳县
 * only; a city stays when the story names it on its own more often than its counties.
 */
import type { City, County, Gazetteer } from '../gazetteer.ts';
import { isHan } from '../zh/chars.ts';
import { segments } from '../zh/segment.ts';

export interface PlaceMention {
	name: string;
	/** Offset in the text (UTF-16 units). */
	index: number;
	kind: 'county' | 'city' | 'province';
	counties: County[];
	cities: City[];
}

export interface PiecePlaces {
	counties: County[];
	cities: City[];
	/** The same counties and cities together, in order of first mention (the file name uses the first). */
	ordered: (County | City)[];
	/** Names found that fit several places and nothing in the story says which. */
	ambiguous: string[];
}

/** County names that are also ordinary words; they count only right after their city's name. */
const GENERIC_NAMES = new Set(['城区', '矿区', '郊区', '东区', '西区', '新区', '新城区', '老城区', '市中区', '城中区', '城东区', '城西区', '城北区', '城南区', '中区', '市区']);

interface PlaceIndex {
	byName: Map<string, { counties: County[]; cities: City[]; province: boolean }>;
	/** 西安 → 西安市: city names without their 市, for organisation names. */
	shortCities: Map<string, City[]>;
	maxLength: number;
}

/** What an organisation's name ends with, a few characters after the city's short name. */
const ORGANISATION = /^[\p{Script=Han}A-Za-z0-9]{0,8}?(?:有限责任公司|有限公司|公司|集团|总厂|厂|总工会|工会|管理局|医院|大学|学院)/u;

const indexes = new WeakMap<Gazetteer, PlaceIndex>();

function placeIndex(gazetteer: Gazetteer): PlaceIndex {
	let index = indexes.get(gazetteer);
	if (index) return index;
	const byName: PlaceIndex['byName'] = new Map();
	const entry = (name: string) => {
		let e = byName.get(name);
		if (!e) byName.set(name, (e = { counties: [], cities: [], province: false }));
		return e;
	};
	for (const county of gazetteer.counties) entry(county.name).counties.push(county);
	for (const city of gazetteer.cities) entry(city.name).cities.push(city);
	// Provinces are scanned only so that 陕西省 is consumed whole and never read as part of a name.
	for (const province of gazetteer.provinces) entry(province.name).province = true;
	const shortCities: PlaceIndex['shortCities'] = new Map();
	for (const city of gazetteer.cities) {
		const short = city.name.replace(/市$/, '');
		if (short === city.name || short.length < 2 || byName.has(short)) continue;
		shortCities.set(short, [...(shortCities.get(short) ?? []), city]);
	}
	index = { byName, shortCities, maxLength: Math.max(...[...byName.keys()].map((n) => n.length)) };
	indexes.set(gazetteer, index);
	return index;
}

/** Offsets where the segmenter starts a word. */
function wordStarts(text: string): Set<number> {
	return new Set(segments(text).map((s) => s.index));
}

/** Every place name in the text, in order, under the rules above. */
export function findPlaceMentions(text: string, gazetteer: Gazetteer): PlaceMention[] {
	const { byName, shortCities, maxLength } = placeIndex(gazetteer);
	const starts = wordStarts(text);
	const mentions: PlaceMention[] = [];
	let i = 0;
	while (i < text.length) {
		const previous = mentions.at(-1);
		const afterPlace = previous !== undefined && previous.index + previous.name.length === i;
		let matched: PlaceMention | undefined;
		for (let length = Math.min(maxLength, text.length - i); length >= 2 && !matched; length--) {
			const name = text.slice(i, i + length);
			const entry = byName.get(name);
			if (!entry) continue;
			if (!afterPlace && !starts.has(i)) continue;
			if (/区$/.test(name) && text[i + length] === '域') continue;
			const counties = entry.counties;
			const cities = entry.cities;
			if (entry.province && !cities.length && !counties.length) {
				matched = { name, index: i, kind: 'province', counties, cities };
				break;
			}
			// A county right after a city: keep only the counties of that city (新城区 after 西安市).
			const ofPrevious = afterPlace && previous.kind === 'city' ? counties.filter((c) => previous.cities.some((city) => city.id === c.cityId)) : [];
			if (GENERIC_NAMES.has(name) && !ofPrevious.length) continue;
			if (name.length === 2) {
				const ownPrefix = afterPlace && (ofPrevious.length > 0 || previous.kind === 'province');
				if (!ownPrefix && isHan(text[i - 1])) continue;
			}
			// Cities win over counties of the same name (东莞市 is both in the dataset).
			if (cities.length) matched = { name, index: i, kind: 'city', counties: [], cities };
			else matched = { name, index: i, kind: 'county', counties: ofPrevious.length ? ofPrevious : counties, cities: [] };
		}
		if (!matched && starts.has(i) && !isHan(text[i - 1])) {
			for (const length of [3, 2]) {
				const cities = shortCities.get(text.slice(i, i + length));
				if (cities?.length === 1 && ORGANISATION.test(text.slice(i + length))) {
					matched = { name: text.slice(i, i + length), index: i, kind: 'city', counties: [], cities };
					break;
				}
			}
		}
		if (matched) {
			mentions.push(matched);
			i += matched.name.length;
		} else i++;
	}
	return mentions;
}

/**
 * The counties and cities of a story, in order of first mention, with the city rule from the
 * top of this file. Ambiguous county names are settled by a city the story names, then by the
 * gazetteer's home-province rule; otherwise reported, not guessed.
 */
export function placesOfText(text: string, gazetteer: Gazetteer): PiecePlaces {
	const mentions = findPlaceMentions(text, gazetteer);
	const mentionedCityIds = new Set(mentions.flatMap((m) => m.cities.map((c) => c.id)));
	const counties: County[] = [];
	const firstSeen = new Map<County | City, number>();
	const countyMentions = new Map<string, number>();
	const ambiguous: string[] = [];
	for (const m of mentions) {
		if (m.kind !== 'county') continue;
		let county: County | undefined = m.counties.length === 1 ? m.counties[0] : undefined;
		if (!county) {
			const byCity = m.counties.filter((c) => c.cityId && mentionedCityIds.has(c.cityId));
			if (byCity.length === 1) county = byCity[0];
			else {
				const resolved = gazetteer.resolveCounty(m.name);
				if (resolved.ok) county = resolved.place;
			}
		}
		if (!county) {
			if (!ambiguous.includes(m.name)) ambiguous.push(m.name);
			continue;
		}
		if (!counties.includes(county)) counties.push(county);
		if (!firstSeen.has(county)) firstSeen.set(county, m.index);
		countyMentions.set(county.cityId ?? '', (countyMentions.get(county.cityId ?? '') ?? 0) + 1);
	}

	const cities: City[] = [];
	const standalone = new Map<string, number>();
	mentions.forEach((m, k) => {
		if (m.kind !== 'city' || m.cities.length !== 1) return;
		const city = m.cities[0]!;
		const next = mentions[k + 1];
		const asPrefix = next && next.index === m.index + m.name.length && next.kind === 'county' && next.counties.some((c) => c.cityId === city.id);
		if (!asPrefix) standalone.set(city.id, (standalone.get(city.id) ?? 0) + 1);
		if (!cities.includes(city)) cities.push(city);
		if (!firstSeen.has(city)) firstSeen.set(city, m.index);
	});
	const keptCities = cities.filter((city) => {
		const own = countyMentions.get(city.id) ?? 0;
		if (own === 0) return true;
		return (standalone.get(city.id) ?? 0) > own;
	});
	const ordered = [...counties, ...keptCities].sort((a, b) => firstSeen.get(a)! - firstSeen.get(b)!);
	return { counties, cities: keptCities, ordered, ambiguous };
}
