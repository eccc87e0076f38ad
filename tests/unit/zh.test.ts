import { describe, expect, it } from 'vitest';
import { BRACKET_PAIRS, CJK_PUNCT_CLASS, hasHan, isCjk, isCjkPunct, isCloser, isHan, isOpener, terminalWidth } from '../../src/lib/zh/chars.ts';
import { pinyinKey, syllables } from '../../src/lib/zh/pinyin.ts';
import { wordLike, words } from '../../src/lib/zh/segment.ts';

describe('zh/chars', () => {
	it('tells Han, Chinese punctuation and the rest apart', () => {
		expect([...'工a，1“'].map(isHan)).toEqual([true, false, false, false, false]);
		expect([...'工a，1“…—·　'].map(isCjkPunct)).toEqual([false, false, true, false, true, true, true, true, true]);
		expect(isCjk('工') && isCjk('。') && !isCjk(',')).toBe(true);
		expect(hasHan('Astro 工会') && !hasHan('Astro')).toBe(true);
		expect(new RegExp(`^[${CJK_PUNCT_CLASS}]+$`, 'u').test('，。“”《》')).toBe(true);
	});

	it('pairs opening and closing marks', () => {
		expect(isOpener('《') && isCloser('》') && !isOpener('》')).toBe(true);
		expect(BRACKET_PAIRS['“']).toBe('”');
	});

	it('counts terminal columns: two per Chinese character or full-width mark', () => {
		expect(terminalWidth('工会ab，')).toBe(8);
	});
});

describe('zh/segment and zh/pinyin', () => {
	it('splits words with the runtime dictionary', () => {
		expect(words('职工之家，温暖').join('')).toBe('职工之家，温暖');
		expect(wordLike('为快递小哥送上关爱')).toContain('快递');
		expect(wordLike('工会，好')).not.toContain('，');
	});

	it('writes toneless pinyin with ü as v', () => {
		expect(syllables('绿色')).toEqual(['lv', 'se']);
		expect(syllables('用Astro', 'consecutive')).toEqual(['yong', 'Astro']);
		expect(pinyinKey('紫阳')).toBe('ziyang');
	});
});
