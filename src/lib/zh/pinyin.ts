/** Pinyin for slugs and search, through pinyin-pro: toneless, `ü` written `v`, one place for the options. */
import { pinyin } from 'pinyin-pro';

/**
 * Toneless syllables of a text. `nonZh: 'removed'` drops everything that is not Chinese;
 * `'consecutive'` keeps runs of other characters as one item (`Astro` stays `Astro`).
 */
export function syllables(text: string, nonZh: 'removed' | 'consecutive' = 'removed'): string[] {
	return pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh });
}

/** Toneless pinyin written together, ASCII letters and digits only (紫阳 → `ziyang`). */
export function pinyinKey(text: string): string {
	return syllables(text)
		.join('')
		.replace(/[^a-z0-9]/g, '');
}
