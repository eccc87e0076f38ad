/** Small text helpers shared by the site, the schema and the editor commands. */
import { words } from './zh/segment.ts';

/** Sorts Chinese names in pinyin order, as readers expect of an index. */
export const zhCollator = new Intl.Collator('zh-CN');

export function compareZh(a: string, b: string): number {
	return zhCollator.compare(a, b);
}

/** Levenshtein distance over code points (one Chinese character = one edit). */
export function editDistance(a: string, b: string): number {
	const s = [...a];
	const t = [...b];
	let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
	for (let i = 1; i <= s.length; i++) {
		const cur = [i];
		for (let j = 1; j <= t.length; j++) {
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
		}
		prev = cur;
	}
	return prev[t.length]!;
}

/**
 * The candidates closest to `input`: names that start with it first (紫阳 → 紫阳县),
 * then by edit distance, at most `limit`, none further than half the input's length.
 */
export function nearestStrings(input: string, candidates: string[], limit: number): string[] {
	if (!input) return [];
	const max = Math.max(1, Math.ceil([...input].length / 2));
	const scored = candidates
		.map((name) => ({ name, d: name.startsWith(input) ? 0 : editDistance(input, name) }))
		.filter((c) => c.d <= max);
	// Only the closest tier: one near miss says more than five far ones.
	const best = Math.min(...scored.map((c) => c.d));
	return scored
		.filter((c) => c.d === best)
		.sort((a, b) => compareZh(a.name, b.name))
		.slice(0, limit)
		.map((c) => c.name);
}

/**
 * Words of a headline, for `<wbr>` between them: with `word-break: keep-all` a narrow screen
 * then wraps 长庆油田第五采油厂工会为职工办实事 between words, never inside 职工.
 */
export function headlineWords(text: string): string[] {
	return words(text);
}
