import { syllables as pinyinSyllables } from './zh/pinyin.ts';

/**
 * An ASCII URL slug for a Chinese label, written the way pinyin words are: 新就业形态 →
 * `xinjiuyexingtai`. Latin letters and digits are kept; anything else becomes a hyphen.
 */
export function slugify(label: string): string {
	const syllables = pinyinSyllables(label.normalize('NFKC'), 'consecutive');
	return syllables
		.join(' ')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.replace(/-(?=[a-z])/g, '') || 'x';
}

/**
 * Unique slugs for a set of labels, stable for a given set: labels sorted, a clash gets `-2`, `-3`.
 */
export function uniqueSlugs(labels: Iterable<string>): Map<string, string> {
	const result = new Map<string, string>();
	const used = new Set<string>();
	for (const label of [...new Set(labels)].sort()) {
		const base = slugify(label);
		let slug = base;
		for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
		used.add(slug);
		result.set(label, slug);
	}
	return result;
}
