import { describe, expect, it } from 'vitest';
import { breakUnits, CLOSING, lexiconOf, OPENING, unitsToHtml, wrappedHtml } from '../../../src/lib/zh/linebreak.ts';
import { generateHeadlines } from '../../helpers/headlines.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const icuBoundaries = (text: string) => new Set([...segmenter.segment(text)].map((s) => s.index).concat(text.length));
const unitBoundaries = (units: string[]) => units.reduce<number[]>((acc, u) => [...acc, (acc.at(-1) ?? 0) + u.length], []);
const lexicon = new Set(['宁陕县', '碑林区', '滨海县']);

describe('breakUnits', () => {
	it('keeps words ICU splits into characters whole (关爱, 复工复产, 增效)', () => {
		expect(breakUnits('走访慰问 为快递小哥送上关爱')).toEqual(['走访', '慰问', ' ', '为', '快递', '小哥', '送上关爱']);
		expect(breakUnits('碑林区总工会助力企业复工复产', { lexicon })).toEqual(['碑林区', '总工会', '助力', '企业', '复工复产']);
		expect(breakUnits('群策群力 确保企业增产增效').at(-1)).toBe('增效');
	});
	it('keeps place names from the lexicon whole', () => {
		expect(breakUnits('宁陕县住建局工会为户外劳动者送温暖', { lexicon })[0]).toBe('宁陕县');
		expect(breakUnits('宁陕县住建局工会为户外劳动者送温暖')[0]).not.toBe('宁陕县');
	});
	it('keeps closing punctuation with the word before and opening with the word after (禁则)', () => {
		const units = breakUnits('江苏滨海县建立工企互助绩效“晒台”，引导双方互帮互助', { lexicon });
		expect(units).toContain('“晒台”，');
		for (const u of units.slice(1)) expect(CLOSING.has(u[0]!), u).toBe(false);
		for (const u of units.slice(0, -1)) expect(OPENING.has(u.at(-1)!), u).toBe(false);
	});
	it('keeps numbers with their unit and short quoted terms whole', () => {
		expect(breakUnits('2022年3月15日起实施新规')).toEqual(['2022年', '3月', '15日', '起', '实施', '新规']);
		expect(breakUnits('围绕“十四五”开局')).toContain('“十四五”');
	});
	it('never leaves a single character as the last unit', () => {
		expect(breakUnits('企业晒出对工会支持有多强').at(-1)).toBe('有多强');
		expect(breakUnits('打造 新').join('|')).toBe('打造 新');
	});
	it('over 1,000 generated headlines: units spell the text, break only at ICU word boundaries, keep 禁则', () => {
		for (const h of generateHeadlines(1000)) {
			for (const text of [h.title, h.kicker, h.subtitle].filter((t): t is string => !!t)) {
				const units = breakUnits(text, { lexicon });
				expect(units.join('')).toBe(text);
				const icu = icuBoundaries(text);
				for (const b of unitBoundaries(units)) expect(icu.has(b), `${text} @${b}`).toBe(true);
				for (const u of units.slice(1)) expect(CLOSING.has(u[0]!), `${text}: ${units.join('|')}`).toBe(false);
				for (const u of units.slice(0, -1)) expect(OPENING.has(u.at(-1)!), `${text}: ${units.join('|')}`).toBe(false);
				expect([...units.at(-1)!.replace(/\p{P}|\s/gu, '')].length, `${text}: ${units.join('|')}`).toBeGreaterThan(1);
			}
		}
	});
	it('escapes text in the markup and keeps a unit with a space unbroken', () => {
		expect(unitsToHtml(['<b>', '工会'])).toBe('&lt;b&gt;<wbr>工会');
		expect(unitsToHtml(breakUnits('打造 新'))).toBe('<span class="nowrap">打造 新</span>');
		expect(unitsToHtml(['走访', ' ', '为'])).toBe('走访 为');
	});
});

describe('wrappedHtml', () => {
	it("is unitsToHtml(breakUnits(…)), the same each time it is asked", () => {
		const lexicon = lexiconOf(['紫阳县']);
		const text = '紫阳县总工会为环卫工人送上关爱';
		expect(wrappedHtml(text, lexicon)).toBe(unitsToHtml(breakUnits(text, { lexicon })));
		expect(wrappedHtml(text, lexicon)).toBe(wrappedHtml(text, lexicon));
		expect(wrappedHtml('<b>', lexicon)).toBe('&lt;b&gt;');
	});
});
